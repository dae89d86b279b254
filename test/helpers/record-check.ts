import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { AnnotationRecord } from '../../src/record/annotation-record.js';

const schema = JSON.parse(readFileSync(new URL('../../docs/schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** Asserts the record matches docs/schema.json and that every span in it slices to a real piece of text. */
export function assertValidRecord(record: AnnotationRecord): void {
  assert.ok(validate(record), JSON.stringify(validate.errors, null, 2));
  const { text } = record;
  const inText = ([start, end]: [number, number], what: string) => {
    assert.ok(start >= 0 && start <= end && end <= text.length, `${what} [${start}, ${end}) is outside the text`);
  };
  record.sentences.forEach((s) => inText(s, 'sentence'));
  const ids = new Set(record.entities.map((e) => e.id));
  for (const e of record.entities) e.mentions.forEach((m) => inText(m, `mention of ${e.id}`));
  for (const t of record.timexes) {
    inText([t.start, t.end], 'timex');
    assert.equal(text.slice(t.start, t.end), t.text);
  }
  for (const e of record.events) {
    inText(e.trigger, 'trigger');
    for (const ref of [...e.actors, ...e.recipients, ...(e.place ? [e.place] : [])]) assert.ok(ids.has(ref), `event refers to unknown entity ${ref}`);
    assert.ok(e.sentence < record.sentences.length);
  }
  for (const q of record.quotes) {
    inText(q.content, 'quote content');
    if (q.cue) inText(q.cue, 'quote cue');
    if (q.source) inText(q.source, 'quote source');
    for (const ref of [q.speaker, q.addressee]) if (ref) assert.ok(ids.has(ref), `quote refers to unknown entity ${ref}`);
  }
  for (const c of record.claims) {
    inText(c.span, 'claim');
    for (const ref of [c.about, c.source]) if (ref) assert.ok(ids.has(ref), `claim refers to unknown entity ${ref}`);
  }
}
