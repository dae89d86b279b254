import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createDefaultPipeline } from '../../src/pipeline/default-pipeline.js';
import { toRecord } from '../../src/record/annotation-record.js';
import { assertValidRecord } from '../helpers/record-check.js';

// The whole pipeline on the seed articles: whatever the upstream layers give, events stay well formed.
test('events from the default pipeline on the examples have exact spans and known entities', () => {
  const pipeline = createDefaultPipeline();
  const dir = new URL('../../examples/', import.meta.url);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const raw = readFileSync(new URL(file, dir), 'utf8');
    const m = /^\s*date (\d{4}-\d{2}-\d{2}) /.exec(raw)!;
    const doc = pipeline.annotate({ id: file, published: m[1], title: null, source: null, url: null, text: raw.slice(m[0].length) });
    assertValidRecord(toRecord(doc));
    assert.ok(doc.events.length > 0);
    const ids = new Set(doc.entities.map((e) => e.id));
    for (const e of doc.events) {
      const s = doc.sentences[e.sentence];
      assert.ok(e.trigger[0] >= s.start && e.trigger[1] <= s.end);
      assert.equal(doc.text.slice(e.trigger[0], e.trigger[1]).trim(), doc.text.slice(e.trigger[0], e.trigger[1]));
      for (const id of [...e.actors, ...e.recipients]) assert.ok(ids.has(id), `${id} is an entity`);
    }
  }
});
