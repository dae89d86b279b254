import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventRecord } from '../../src/model/layers.js';
import { Resources } from '../../src/pipeline/resources.js';
import { eventsStage } from '../../src/extract/events/stage.js';
import { dateFromTimexValue, mondayOfIsoWeek } from '../../src/extract/events/event-date.js';
import { COUNTRIES, handDoc } from './hand-doc.js';

const run = eventsStage.create(new Resources());

function events(text: string, timexes: { text: string; value: string }[] = []) {
  const doc = handDoc(text, COUNTRIES, timexes);
  const out = run(doc).events!;
  const name = (id: string) => doc.entities.find((e) => e.id === id)!.name;
  return out.map((e: EventRecord) => ({ ...e, trigger: doc.text.slice(e.trigger[0], e.trigger[1]), actorNames: e.actors.map(name), recipientNames: e.recipients.map(name), placeName: e.place ? name(e.place) : null }));
}

test('modality: negated, hypothetical, expected, future, asserted', () => {
  assert.equal(events('Macron did not attend the summit with Sisi.')[0]?.modality, 'negated');
  assert.equal(events('Iran would attack Israel if the talks fail.')[0]?.modality, 'hypothetical');
  assert.equal(events('Iran is widely expected to attack Israel.')[0]?.modality, 'expected');
  assert.equal(events('Macron will visit Egypt.')[0]?.modality, 'future');
  assert.equal(events('Macron visited Egypt.')[0]?.modality, 'asserted');
  const cancelled = events('Macron cancelled the trip to Egypt.');
  assert.equal(cancelled.length, 1);
  assert.equal(cancelled[0].event, 'CONSULT');
  assert.equal(cancelled[0].modality, 'negated');
});

test('arguments: active, passive, possessive nouns, "talks between", reported speech', () => {
  const active = events('Russia attacked Ukraine.')[0];
  assert.deepEqual([active.event, active.actorNames, active.recipientNames], ['ASSAULT', ['Russia'], ['Ukraine']]);

  const passive = events('Hamas was attacked by Israel in Gaza.')[0];
  assert.deepEqual([passive.actorNames, passive.recipientNames, passive.placeName], [['Israel'], ['Hamas'], 'Gaza']);

  const noun = events("Iran's attack on Israel shocked the region.")[0];
  assert.deepEqual([noun.event, noun.actorNames, noun.recipientNames], ['ASSAULT', ['Iran'], ['Israel']]);

  const between = events('Talks between France and Egypt resumed.')[0];
  assert.deepEqual([between.event, between.actorNames.sort(), between.recipientNames], ['CONSULT', ['Egypt', 'France'], []]);

  const reported = events('France said Russia attacked Ukraine.');
  assert.equal(reported.length, 1);
  assert.deepEqual([reported[0].actorNames, reported[0].recipientNames], [['Russia'], ['Ukraine']]);
});

test('place is where it happened, not the topic', () => {
  const e = events('Macron discussed the war in Gaza with Sisi in Cairo.')[0];
  assert.equal(e.event, 'CONSULT');
  assert.equal(e.placeName, 'Cairo');
  assert.deepEqual(e.actorNames.sort(), ['Macron', 'Sisi']);
});

test('date: the clause timex, a sentence-opening timex, else the publication date', () => {
  const own = events('Macron met Sisi on Monday.', [{ text: 'on Monday', value: '2024-08-12' }])[0];
  assert.deepEqual([own.date, own.dateFrom, own.precision], ['2024-08-12', 'text', 'day']);
  const opening = events('In December, Macron met Sisi.', [{ text: 'December', value: '2023-12' }])[0];
  assert.deepEqual([opening.date, opening.precision], ['2023-12', 'month']);
  const none = events('Macron met Sisi.')[0];
  assert.deepEqual([none.date, none.dateFrom], ['2024-08-13', 'published']);
  const vague = events('Iran will attack Israel in the coming days.', [{ text: 'the coming days', value: 'FUTURE_REF' }])[0];
  assert.equal(vague.dateFrom, 'published');
});

test('timex values become contract dates with a precision', () => {
  assert.deepEqual(dateFromTimexValue('2024-08-13T10:00'), { date: '2024-08-13', precision: 'day' });
  assert.deepEqual(dateFromTimexValue('2024-07'), { date: '2024-07', precision: 'month' });
  assert.deepEqual(dateFromTimexValue('2024'), { date: '2024', precision: 'year' });
  assert.deepEqual(dateFromTimexValue('2024-W31'), { date: '2024-07-29', precision: 'week' });
  assert.equal(dateFromTimexValue('P1Y'), null);
  assert.equal(dateFromTimexValue('PRESENT_REF'), null);
  assert.equal(mondayOfIsoWeek(2021, 1), '2021-01-04');
  assert.equal(mondayOfIsoWeek(2026, 1), '2025-12-29');
});

test('no events without participants, none from names, and hostile input stays fast', () => {
  assert.equal(events('The meeting was held.').length, 0);
  assert.equal(events('Strike Force Ukraine won.').filter((e) => e.trigger === 'Strike').length, 0);
  const junk = '1'.repeat(20000) + ' '.repeat(20000) + ',;:'.repeat(5000) + ' attack '.repeat(2000);
  const started = performance.now();
  events(junk);
  assert.ok(performance.now() - started < 2000);
});

test('background mentions give way to the reported action unless dated on their own', () => {
  const participle = events('Russia attacked Ukraine, accusing France.');
  assert.deepEqual(participle.map((e) => e.event), ['ASSAULT']);
  const relative = events('Iran, which backs Hamas, attacked Israel.');
  assert.deepEqual(relative.map((e) => e.event), ['ASSAULT']);
  const purpose = events('Egypt accused Israel to support Hamas.');
  assert.deepEqual(purpose.map((e) => e.event), ['ACCUSE']);
  // Dated in its own clause: a reported event of its own.
  const dated = events('Iran condemned Israel after the assassination of Hamas chief Haniyeh two weeks ago.', [{ text: 'two weeks ago', value: '2024-W31' }]);
  assert.deepEqual(dated.map((e) => e.event).sort(), ['ACCUSE', 'ASSAULT']);
  // Alone in its sentence, a background mention is still coded.
  assert.equal(events('Iran, which backs Hamas.')[0]?.event, 'SUPPORT');
});

test('reported "would" is future; a reported pronoun subject stands for the speaker', () => {
  const e = events('Egypt said it would attack Israel.')[0];
  assert.deepEqual([e.event, e.modality, e.actorNames, e.recipientNames], ['ASSAULT', 'future', ['Egypt'], ['Israel']]);
  assert.equal(events('Iran would attack Israel if the talks fail.')[0]?.modality, 'hypothetical');
});

test('arguments: dyadic recipient from a prepositional phrase, qualified subjects, names that look like verbs', () => {
  const evacuate = events('Israel will evacuate all settlements in Gaza.')[0];
  assert.deepEqual([evacuate.actorNames, evacuate.recipientNames], [['Israel'], ['Gaza']]);
  const rebels = events('Rebels in Egypt attacked Israel.')[0];
  assert.deepEqual([rebels.actorNames, rebels.recipientNames], [['Egypt'], ['Israel']]);
  const doc = handDoc('The United States condemned Iran.', [...COUNTRIES, { surface: 'United States', type: 'GPE', country: 'USA' }]);
  const us = run(doc).events![0];
  assert.deepEqual([us.event, us.actors.map((id) => doc.entities.find((x) => x.id === id)!.name)], ['ACCUSE', ['United States']]);
});

test('what a speaker says another party must do is a demand of that party', () => {
  const e = events('Russia said on Tuesday that Ukraine must return the helicopter.', [{ text: 'Tuesday', value: '2024-08-13' }]).find((x) => x.trigger === 'return');
  assert.ok(e);
  assert.deepEqual([e.event, e.cameo, e.actorNames, e.recipientNames, e.modality], ['REQUEST', '100', ['Russia'], ['Ukraine'], 'asserted']);
});

test('halting talks or mediation is CAMEO 164/165 (PLOVER SANCTION); peacekeepers arriving are deployed', () => {
  const halted = events('Egypt ended its mediation between Israel and Hamas.')[0];
  assert.deepEqual([halted.event, halted.cameo, halted.actorNames, halted.recipientNames], ['SANCTION', '165', ['Egypt'], ['Israel', 'Hamas']]);
  const deployed = events('French peacekeepers arrived in Egypt.', []).find((e) => e.trigger === 'arrived');
  assert.ok(deployed);
  assert.deepEqual([deployed.event, deployed.cameo, deployed.recipientNames], ['AID', '074', ['Egypt']]);
});

test('a people placed in a country is coded by that country; coordination over head nouns', () => {
  const names = [...COUNTRIES, { surface: 'Albanians', type: 'NORP' as const, country: 'ALB' }, { surface: 'Serbia', type: 'GPE' as const, country: 'SRB' }, { surface: 'Sudanese', type: 'NORP' as const, country: 'SDN' }, { surface: 'SPLM', type: 'ORG' as const, country: 'SDN' }];
  const name = (doc: ReturnType<typeof handDoc>, id: string) => doc.entities.find((x) => x.id === id)!.name;
  const d1 = handDoc('Ethnic Albanians in Serbia attacked Egypt.', names);
  const e1 = run(d1).events![0];
  assert.deepEqual(e1.actors.map((id) => name(d1, id)), ['Serbia']);
  const d2 = handDoc('The Sudanese government and SPLM attacked Egypt.', names);
  const e2 = run(d2).events![0];
  assert.deepEqual(e2.actors.map((id) => name(d2, id)).sort(), ['SPLM', 'Sudanese']);
});
