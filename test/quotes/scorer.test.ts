import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAnn } from '../../eval/quotes/polnear.js';
import { emptyCounts, roleScore, scoreArticle } from '../../eval/quotes/score.js';
import type { Quote } from '../../src/model/layers.js';

const ANN = [
  'T1\tSource 0 7\tCaddell',
  'T2\tCue 8 12\tsaid',
  'T3\tContent 13 20;30 40\tx',
  'T4\tAttribution 8 12\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tCue 50 55\tnoted',
  'T6\tContent 56 70\ty',
  'E2\tAttribution:T5 Cue:T5 Content:T6 Source:T1',
].join('\n');

test('brat attributions: discontinuous content, shared source', () => {
  const gold = parseAnn(ANN);
  assert.equal(gold.length, 2);
  assert.deepEqual(gold[0].content, [[13, 20], [30, 40]]);
  assert.deepEqual(gold[1].source, [[0, 7]]);
});

test('exact and overlap F1 per role, fragments counted once, speaker accuracy', () => {
  const gold = parseAnn(ANN);
  const quotes: Quote[] = [
    { speaker: null, source: [0, 7], cue: [8, 12], content: [13, 40], contentParts: [[13, 20], [30, 40]], direct: false, addressee: null },
    { speaker: null, source: [45, 49], cue: [50, 54], content: [56, 70], direct: false, addressee: null },
  ];
  const counts = emptyCounts();
  scoreArticle(gold, quotes, [], counts);
  const source = roleScore(counts.roles.source);
  assert.equal(counts.roles.source.gold, 1); // shared by both attributions, counted once
  assert.equal(source.exactP, 0.5);
  assert.equal(source.exactR, 1);
  const cue = roleScore(counts.roles.cue);
  assert.equal(cue.exactF1, 0.5); // "noted" cut short: no exact match, but it overlaps
  assert.equal(cue.overlapF1, 1);
  assert.equal(roleScore(counts.roles.content).exactF1, 1);
  assert.equal(counts.speakerMatched, 2);
  assert.equal(counts.speakerCorrect, 1);
});
