import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDefaultPipeline } from '../../src/pipeline/default-pipeline.js';
import { entityAt, seed } from './helpers.js';

// The same seed expectations as seeds.test.ts, but with the trained recognizer's own spans rather than
// hand-given ones: what a user actually gets.
const pipeline = createDefaultPipeline();

test('seed 000 through the whole pipeline: people, places and organisations with the right type and link', () => {
  const doc = pipeline.annotate(seed('000_caa8fa700a5f6095.txt'));
  const expect: Array<[string, string, string | null]> = [
    ['Mahmoud Abbas', 'PER', 'Q127998'], ['Mr Abbas', 'PER', 'Q127998'], ['Mr Putin', 'PER', 'Q7747'], ['The Russian leader', 'PER', 'Q7747'],
    ['The Palestinian leader', 'PER', 'Q127998'], ['Hafeez Nofal', 'PER', null], ['Sheikh Tamim', 'PER', 'Q1855372'], ['Ismail Haniyeh', 'PER', null],
    ['Ebrahim Raisi', 'PER', 'Q5947347'], ['Recep Tayyip Erdogan', 'PER', 'Q39259'], ['Kremlin', 'ORG', 'KREMLIN'], ['Hamas', 'ORG', 'HAMAS'],
    ['Hezbollah', 'ORG', 'HEZBOLLAH'], ['Wafa news agency', 'ORG', null], ['Gaza Health Ministry', 'ORG', null], ['Moscow', 'GPE', '524901'],
    ['Tehran', 'GPE', null], ['Doha', 'GPE', null], ['Beirut', 'GPE', null], ['Qatar', 'GPE', 'QAT'], ['Leningrad', 'LOC', null],
  ];
  for (const [surface, type, id] of expect) {
    const e = entityAt(doc, surface);
    assert.ok(e, `${surface} is found`);
    assert.equal(e.type, type, `${surface} is ${type}`);
    if (id) assert.equal(e.kb?.id, id, `${surface} links to ${id}`);
  }
  for (const surface of ['Tehran', 'Doha', 'Beirut']) assert.equal(entityAt(doc, surface)!.kb?.source, 'geonames', surface);
  assert.equal(entityAt(doc, 'Wafa', 1), entityAt(doc, 'Wafa news agency'), '"told Wafa" is the agency named before');
  assert.equal(doc.entities.filter((e) => e.type === 'PER' && /Putin|Abbas/.test(e.name)).length, 2, 'one entity each for Abbas and Putin');
  assert.equal(doc.entities.find((e) => e.name === 'Emir'), undefined, 'a title is not an entity');
});

test('seed 003 through the whole pipeline: an unfamiliar name after a title is a person, a misspelt country still links', () => {
  const doc = pipeline.annotate(seed('003_c50b538abc8f1e14.txt'));
  const expect: Array<[string, string, string | null]> = [
    ['Dmitry Peskov', 'PER', null], ['Mahmoud Abbas', 'PER', 'Q127998'], ['Vladimir Putin', 'PER', 'Q7747'], ['Simona Halperin', 'PER', null],
    ['Gilard Erdan', 'PER', null], ['Kremlin', 'ORG', 'KREMLIN'], ['RIA News', 'ORG', null], ['Palestinian Authority', 'ORG', null],
    ['United Nations', 'ORG', null], ['BRICS', 'ORG', null], ['United Arab Emirate', 'GPE', 'ARE'], ['Egypt', 'GPE', 'EGY'], ['Moscow', 'GPE', '524901'],
  ];
  for (const [surface, type, id] of expect) {
    const e = entityAt(doc, surface);
    assert.ok(e, `${surface} is found`);
    assert.equal(e.type, type, `${surface} is ${type}`);
    if (id) assert.equal(e.kb?.id, id, `${surface} links to ${id}`);
  }
});
