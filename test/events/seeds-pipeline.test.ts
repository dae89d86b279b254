import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Doc } from '../../src/model/doc.js';
import type { EventRecord } from '../../src/model/layers.js';
import { ploverCategory } from '../../src/extract/events/plover-rules.js';
import { createDefaultPipeline } from '../../src/pipeline/default-pipeline.js';

// Issue 5's "Done when" items on the seed articles, through the whole default pipeline (real tokenizer,
// tagger, entities, time expressions): seeds.test.ts checks the same items on hand-built documents.
const pipeline = createDefaultPipeline();

function annotate(file: string): Doc {
  const raw = readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8');
  const m = /^\s*date (\d{4}-\d{2}-\d{2}) /.exec(raw)!;
  return pipeline.annotate({ id: file, published: m[1], title: null, source: null, url: null, text: raw.slice(m[0].length) });
}

function find(doc: Doc, trigger: string, sentenceHas?: string): EventRecord {
  const found = doc.events.find((e) => {
    if (doc.text.slice(e.trigger[0], e.trigger[1]) !== trigger) return false;
    const s = doc.sentences[e.sentence];
    return !sentenceHas || doc.text.slice(s.start, s.end).includes(sentenceHas);
  });
  assert.ok(found, `no event triggered by "${trigger}"${sentenceHas ? ` in the sentence with "${sentenceHas}"` : ''}`);
  return found;
}

/** "Name/COUNTRY" of each entity, sorted, so the checks say who and which country. */
function who(doc: Doc, ids: (string | null)[]): string[] {
  return ids.filter((id): id is string => !!id).map((id) => {
    const e = doc.entities.find((x) => x.id === id)!;
    return `${e.name}/${e.country}`;
  }).sort();
}

test('seed 000 end to end: meetings, visits, condemnation, assassination, expected attack', () => {
  const doc = annotate('000_caa8fa700a5f6095.txt');

  const meet = find(doc, 'meet');
  assert.equal(meet.event, 'CONSULT');
  assert.equal(ploverCategory(meet), 'AGREE', 'a planned meeting is coded AGREE in PLOVER');
  assert.equal(meet.cameo, '036', 'and as an intent to meet in CAMEO');
  assert.deepEqual([meet.date, meet.dateFrom, meet.modality], ['2024-08-13', 'text', 'future']);
  assert.deepEqual(who(doc, meet.actors), ['Mahmoud Abbas/PSE', 'Vladimir Putin/RUS']);

  const arrived = find(doc, 'arrived');
  assert.deepEqual([arrived.event, arrived.mode, arrived.date, arrived.modality], ['CONSULT', 'visit', '2024-08-12', 'asserted']);
  assert.deepEqual(who(doc, [arrived.place]), ['Moscow/RUS']);
  assert.deepEqual(who(doc, arrived.actors), ['Mahmoud Abbas/PSE']);

  const travel = find(doc, 'travel');
  assert.deepEqual([travel.event, travel.mode, travel.date, travel.modality], ['CONSULT', 'visit', '2024-08-14', 'future']);
  assert.deepEqual(who(doc, travel.recipients).map((x) => x.split('/')[1]), ['TUR']);
  const erdogan = doc.events.find((e) => e.sentence === travel.sentence && e !== travel && e.event === 'CONSULT');
  assert.ok(erdogan, 'the meetings with Erdogan');
  assert.deepEqual([erdogan.date, erdogan.modality], ['2024-08-14', 'future']);
  assert.ok(who(doc, erdogan.actors).some((x) => x.endsWith('/TUR')), 'Erdogan takes part');

  const condemned = find(doc, 'condemned');
  assert.equal(condemned.event, 'ACCUSE');
  assert.deepEqual(who(doc, condemned.actors), ['Vladimir Putin/RUS']);
  assert.deepEqual(who(doc, condemned.recipients), ['Israel/ISR']);

  const talks = find(doc, 'discussed', 'Doha');
  assert.equal(talks.event, 'CONSULT');
  assert.deepEqual([talks.date, talks.precision], ['2024-07', 'month']);
  assert.deepEqual(who(doc, [talks.place]), ['Doha/QAT']);
  assert.deepEqual(who(doc, talks.actors).map((x) => x.split('/')[1]), ['QAT', 'RUS'], 'Putin and Sheikh Tamim');

  const assassination = find(doc, 'assassination');
  assert.equal(assassination.event, 'ASSAULT');
  assert.deepEqual(who(doc, assassination.recipients), ['Ismail Haniyeh/PSE']);
  assert.deepEqual(who(doc, [assassination.place]), ['Tehran/IRN']);
  assert.deepEqual([assassination.date, assassination.precision], ['2024-07-29', 'week']);

  const attack = find(doc, 'attack', 'widely expected');
  assert.deepEqual([attack.event, attack.modality], ['ASSAULT', 'expected']);
  assert.deepEqual(who(doc, attack.actors), ['Iran/IRN']);
  assert.deepEqual(who(doc, attack.recipients), ['Israel/ISR']);
});

test('seed 003 end to end: the phone call, the cancelled visit, the promised supplies', () => {
  const doc = annotate('003_c50b538abc8f1e14.txt');

  const call = find(doc, 'spoke with');
  assert.deepEqual([call.event, call.mode, call.date, call.precision], ['CONSULT', 'phone', '2023-12', 'month']);
  assert.deepEqual(who(doc, call.actors), ['Mahmoud Abbas/PSE', 'Vladimir Putin/RUS']);

  const visit = find(doc, 'visit', 'cancelled the trip');
  assert.deepEqual([visit.event, visit.mode, visit.date, visit.modality], ['CONSULT', 'visit', '2023-11', 'negated']);
  assert.deepEqual(who(doc, visit.actors), ['Mahmoud Abbas/PSE']);
  assert.deepEqual([ploverCategory(visit), visit.cameo], ['REJECT', '125']);
  // "over the Israel-Hamas war" names the reason, not the host.
  assert.deepEqual(visit.recipients, []);

  const supply = find(doc, 'supply');
  assert.deepEqual([supply.event, supply.modality, ploverCategory(supply), supply.cameo?.slice(0, 3)], ['AID', 'future', 'AGREE', '033']);
  assert.deepEqual(who(doc, supply.actors), ['Russia/RUS']);
  assert.deepEqual(who(doc, supply.recipients), ['Gaza Strip/PSE']);
});
