import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stem } from '../../src/text/stem.js';

/** Words that must share a stem: the forms of one cue word the tagger should see as one. */
const FAMILIES: string[][] = [
  ['criticized', 'criticizes', 'criticize', 'criticizing', 'criticism', 'critics', 'critical'],
  ['warn', 'warns', 'warned', 'warning', 'warnings'],
  ['acknowledge', 'acknowledged', 'acknowledges', 'acknowledgment', 'acknowledgement'],
  ['insist', 'insisted', 'insists', 'insisting', 'insistence'],
  ['accuse', 'accused', 'accuses', 'accusation', 'accusations'],
  ['claim', 'claims', 'claimed', 'claiming'],
  ['report', 'reports', 'reported', 'reporting', 'reporter', 'reportedly'],
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['deny', 'denies', 'denied', 'denial'],
  ['allege', 'alleged', 'allegedly', 'allegation', 'allegations'],
  ['announce', 'announced', 'announces', 'announcement'],
  ['admit', 'admits', 'admitted'],
  ['comment', 'comments', 'commented'],
];

test('the inflections and common derivations of a word share its stem', () => {
  for (const family of FAMILIES) {
    const stems = new Set(family.map(stem));
    assert.equal(stems.size, 1, `${family.join(', ')} → ${[...stems].join(', ')}`);
  }
});

test('the stemmer keeps what is part of the word', () => {
  // A final "ss", "us", "is" is no plural; a doubled l or s is no doubling; a short word keeps its ending.
  assert.equal(stem('press'), 'press');
  assert.equal(stem('status'), 'status');
  assert.equal(stem('crisis'), 'crisis');
  assert.equal(stem('called'), 'call');
  assert.equal(stem('stressed'), 'stress');
  assert.equal(stem('need'), 'need');
  assert.equal(stem('sing'), 'sing');
  // A derivation strips only where four letters stay: "comment" is no "com" + "-ment".
  assert.equal(stem('comment'), 'comment');
});

test('words with anything but ASCII letters come back unchanged', () => {
  for (const w of ['', 'u.s.', '1990s', 'café', "n't", '—']) assert.equal(stem(w), w);
});
