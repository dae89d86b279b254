import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../../src/model/doc.js';
import type { EventRecord } from '../../src/model/layers.js';
import { Resources } from '../../src/pipeline/resources.js';
import { eventsStage } from '../../src/extract/events/stage.js';
import { seed000, seed003 } from './seed-docs.js';

const run = eventsStage.create(new Resources());

function code(doc: Doc): EventRecord[] {
  return run(doc).events!;
}

function byTrigger(doc: Doc, events: EventRecord[], trigger: string, sentenceHas?: string): EventRecord {
  const found = events.find((e) => {
    if (doc.text.slice(e.trigger[0], e.trigger[1]) !== trigger) return false;
    const s = doc.sentences[e.sentence];
    return !sentenceHas || doc.text.slice(s.start, s.end).includes(sentenceHas);
  });
  assert.ok(found, `no event triggered by "${trigger}"${sentenceHas ? ` in the sentence with "${sentenceHas}"` : ''}`);
  return found;
}

function names(doc: Doc, ids: string[]): string[] {
  return ids.map((id) => doc.entities.find((e) => e.id === id)!.name).sort();
}

test('seed 000: the events the issue lists, with dates, places and modality', () => {
  const doc = seed000();
  const events = code(doc);
  const meet = byTrigger(doc, events, 'meet');
  assert.equal(meet.event, 'CONSULT');
  assert.equal(meet.date, '2024-08-13');
  assert.equal(meet.dateFrom, 'text');
  assert.equal(meet.modality, 'future');
  assert.deepEqual(names(doc, meet.actors), ['Mahmoud Abbas', 'Vladimir Putin']);

  const arrived = byTrigger(doc, events, 'arrived');
  assert.equal(arrived.event, 'CONSULT');
  assert.equal(arrived.mode, 'visit');
  assert.equal(arrived.date, '2024-08-12');
  assert.deepEqual(names(doc, [arrived.place!]), ['Moscow']);

  const travel = byTrigger(doc, events, 'travel');
  assert.equal(travel.date, '2024-08-14');
  assert.equal(travel.modality, 'future');
  assert.deepEqual(names(doc, travel.recipients), ['Turkey']);

  const condemned = byTrigger(doc, events, 'condemned');
  assert.equal(condemned.event, 'ACCUSE');
  assert.deepEqual(names(doc, condemned.recipients), ['Israel']);
  assert.equal(condemned.score, -2);

  const talks = byTrigger(doc, events, 'discussed');
  assert.equal(talks.event, 'CONSULT');
  assert.equal(talks.date, '2024-07');
  assert.equal(talks.precision, 'month');
  assert.deepEqual(names(doc, [talks.place!]), ['Doha']);
  assert.deepEqual(names(doc, talks.actors), ['Sheikh Tamim', 'Vladimir Putin']);

  const assassination = byTrigger(doc, events, 'assassination');
  assert.equal(assassination.event, 'ASSAULT');
  assert.deepEqual(names(doc, assassination.recipients), ['Ismail Haniyeh']);
  assert.deepEqual(names(doc, [assassination.place!]), ['Tehran']);
  // "two weeks ago" = 2024-W31: the Monday that starts that week, with precision "week".
  assert.equal(assassination.date, '2024-07-29');
  assert.equal(assassination.precision, 'week');

  const attack = byTrigger(doc, events, 'attack', 'widely expected');
  assert.equal(attack.event, 'ASSAULT');
  assert.equal(attack.modality, 'expected');
  assert.deepEqual(names(doc, attack.actors), ['Iran']);
  assert.deepEqual(names(doc, attack.recipients), ['Israel']);
  assert.equal(attack.dateFrom, 'published');
});

test('seed 003: the phone call, the cancelled visit and the promised supplies', () => {
  const doc = seed003();
  const events = code(doc);
  const call = byTrigger(doc, events, 'spoke with');
  assert.equal(call.event, 'CONSULT');
  assert.equal(call.mode, 'phone');
  assert.equal(call.date, '2023-12');
  assert.deepEqual(names(doc, call.actors), ['Mahmoud Abbas', 'Vladimir Putin']);

  const visit = byTrigger(doc, events, 'visit', 'cancelled the trip');
  assert.equal(visit.event, 'CONSULT');
  assert.equal(visit.modality, 'negated');
  assert.equal(visit.date, '2023-11');
  assert.deepEqual(names(doc, visit.actors), ['Mahmoud Abbas']);

  const supply = byTrigger(doc, events, 'supply');
  assert.equal(supply.event, 'AID');
  assert.equal(supply.modality, 'future');
  assert.deepEqual(names(doc, supply.actors), ['Russia']);
  assert.deepEqual(names(doc, supply.recipients), ['Gaza Strip']);

  const summoning = byTrigger(doc, events, 'summoning');
  assert.equal(summoning.event, 'ACCUSE');
});

test('every event is well formed: exact trigger spans, known entities, allowed dates', () => {
  for (const doc of [seed000(), seed003()]) {
    const events = code(doc);
    assert.ok(events.length >= 8);
    const ids = new Set(doc.entities.map((e) => e.id));
    for (const e of events) {
      const s = doc.sentences[e.sentence];
      assert.ok(e.trigger[0] >= s.start && e.trigger[1] <= s.end, 'trigger inside its sentence');
      const surface = doc.text.slice(e.trigger[0], e.trigger[1]);
      assert.match(surface, /^[A-Za-z][A-Za-z' -]*$/);
      for (const id of [...e.actors, ...e.recipients, ...(e.place ? [e.place] : [])]) assert.ok(ids.has(id));
      assert.ok(e.actors.length + e.recipients.length > 0);
      assert.match(e.date ?? '', /^\d{4}(-\d{2}(-\d{2})?)?$/);
      assert.ok(['asserted', 'future', 'expected', 'hypothetical', 'negated'].includes(e.modality));
      assert.equal(typeof e.score, 'number');
    }
    assert.equal(new Set(events.map((e) => e.id)).size, events.length);
  }
});
