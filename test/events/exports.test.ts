import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Resources } from '../../src/pipeline/resources.js';
import { eventsStage } from '../../src/extract/events/stage.js';
import { toRecord } from '../../src/record/annotation-record.js';
import { ploverRecords, ploverFormat } from '../../src/export/plover.js';
import { GDELT_EVENT_COLUMNS, GDELT_EVENTS_HEADER, gdeltEventRows, gdeltEventsFormat } from '../../src/export/gdelt-events.js';
import { ploverCategory } from '../../src/extract/events/plover-rules.js';
import { seed000, seed003 } from './seed-docs.js';

const run = eventsStage.create(new Resources());

function record(doc = seed000()) {
  doc.events = run(doc).events!;
  return toRecord(doc);
}

test('PLOVER records: one per event, PLOVER categories, full dates, source sentence', () => {
  const r = record();
  const out = ploverRecords(r);
  assert.equal(out.length, r.events.length);
  const meet = out.find((p) => p.event_text[0] === 'meet')!;
  // PLOVER codes a future meeting as AGREE; Dateline's own event type travels along.
  assert.deepEqual(meet.event, ['AGREE']);
  assert.equal(meet.dateline_event, 'CONSULT');
  assert.ok(meet.mode.includes('future'));
  assert.equal(meet.date, '2024-08-13');
  assert.ok(meet.text.includes('will meet his Russian counterpart'));
  assert.deepEqual(meet.actor.map((a) => a.code).sort(), ['PSE', 'RUS']);
  const talks = out.find((p) => p.event_text[0] === 'discussed')!;
  assert.equal(talks.date, '2024-07-01');
  assert.equal(talks.dateline_date_precision, 'month');
  assert.equal(talks.event_loc?.resolved_place, 'Doha');
  for (const p of out) assert.equal(r.text.slice(p.text_info.start, p.text_info.end), p.text);
  const lines = ploverFormat.lines(r).trim().split('\n');
  assert.equal(lines.length, out.length);
  assert.deepEqual(JSON.parse(lines[0]), out[0]);
});

test('GDELT rows: 61 GDELT columns plus Dateline columns, the text date in SQLDATE', () => {
  assert.equal(GDELT_EVENT_COLUMNS.length, 61);
  const r = record(seed003());
  const rows = gdeltEventRows(r);
  assert.ok(rows.length > 0);
  for (const row of rows) assert.equal(row.length, GDELT_EVENTS_HEADER.length);
  const col = (row: string[], name: string) => row[GDELT_EVENTS_HEADER.indexOf(name)];
  const call = rows.find((row) => col(row, 'DatelineTrigger') === 'spoke with')!;
  assert.equal(col(call, 'SQLDATE'), '20231201');
  assert.equal(col(call, 'DatelineDate'), '2023-12');
  assert.equal(col(call, 'EventCode'), '041');
  assert.equal(col(call, 'EventRootCode'), '04');
  assert.equal(col(call, 'QuadClass'), '1');
  assert.equal(col(call, 'Actor1CountryCode'), 'RUS');
  assert.equal(col(call, 'Actor2CountryCode'), 'PSE');
  assert.ok(col(call, 'DatelineSentence').includes('over the phone'));
  const visit = rows.find((row) => col(row, 'DatelineModality') === 'negated')!;
  assert.equal(col(visit, 'SQLDATE'), '20231101');
  const text = gdeltEventsFormat.header!() + gdeltEventsFormat.lines(r);
  for (const line of text.trim().split('\n')) assert.equal(line.split('\t').length, GDELT_EVENTS_HEADER.length);
});

test('PLOVER category rules: future cooperation agrees, announced coercion threatens, negated cooperation rejects', () => {
  assert.equal(ploverCategory({ event: 'CONSULT', modality: 'future' }), 'AGREE');
  assert.equal(ploverCategory({ event: 'CONSULT', modality: 'asserted' }), 'CONSULT');
  assert.equal(ploverCategory({ event: 'SANCTION', modality: 'future' }), 'THREATEN');
  assert.equal(ploverCategory({ event: 'ASSAULT', modality: 'expected' }), 'ASSAULT');
  assert.equal(ploverCategory({ event: 'CONSULT', modality: 'negated' }), 'REJECT');
});
