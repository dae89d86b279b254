import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDefaultPipeline } from '../../src/pipeline/default-pipeline.js';

// Real news sentences (CAMEO manual examples): an actor the KB does not know takes the country its context names.
const pipeline = createDefaultPipeline();
const annotate = (text: string) => pipeline.annotate({ id: 't', published: '2000-01-01', title: null, source: null, url: null, text });
const countryOf = (text: string, surface: string) => {
  const doc = annotate(text);
  const at = text.indexOf(surface);
  const e = doc.entities.find((x) => x.mentions.some((m) => m.start <= at && m.end > at));
  assert.ok(e, `an entity over "${surface}"`);
  return e.country;
};

test('an unknown person or group takes the one country its sentence names', () => {
  assert.equal(countryOf('Judge Alejandro Rivera opened fraud investigations against 28 Chilean government officials suspected of taking kickbacks, the court said Friday.', 'Alejandro Rivera'), 'CHL');
  assert.equal(countryOf('Leaders of the Azadliq (Freedom) opposition coalition agreed to postpone the demonstration in Baku until 9 November.', 'Azadliq'), 'AZE');
  assert.equal(countryOf("Cairo's security chief has warned that police will no longer tolerate rallies by the Kifaya (``Enough'') group.", 'Kifaya'), 'EGY');
});

test('several countries and no dominant one leave it without a country; supranational bodies keep none', () => {
  assert.equal(countryOf('France is ready to contribute up to 4,000 troops to an international peace-keeping force in Liberia, Defence Minister Pierre Joxe said.', 'Pierre Joxe'), null);
  assert.equal(countryOf('Members of the Association of African Jurists, a body linked to the Organization of African Unity, investigated welfare of nearly 2,000 Libyans.', 'Association of African Jurists'), null);
});

test('a body named after a large city is in that city\'s country', () => {
  assert.equal(countryOf('Doctors from two American aid groups donated and personally delivered $50,000 worth of goods to Baghdad University Medical School.', 'Baghdad University'), 'IRQ');
});

test('an article that is mostly about one country gives it to a name whose sentence names none', () => {
  const text = 'Algeria held local elections on Thursday. Algerian police said turnout was low across Algeria. Salaheddine Sidhoum staged a hunger strike. France urged calm.';
  assert.equal(countryOf(text, 'Salaheddine Sidhoum'), 'DZA');
});

test('a country read from context is marked as such; a country from the knowledge base is not', () => {
  const text = 'Judge Alejandro Rivera opened fraud investigations against 28 Chilean government officials, the court said.';
  const doc = annotate(text);
  const judge = doc.entities.find((e) => e.name.includes('Rivera'));
  assert.equal(judge?.countryFrom, 'context');
  const chile = annotate('Chile held elections on Sunday.').entities.find((e) => e.country === 'CHL');
  assert.ok(chile, 'Chile is an entity');
  assert.equal(chile.countryFrom, undefined);
});

test('an unknown place takes a country named as a place, never a party\'s nationality', () => {
  assert.equal(countryOf("Sudan's government on Sunday lifted a state of emergency in West Darfur State that was imposed six months ago.", 'West Darfur State'), 'SDN');
  assert.equal(countryOf('A roadside bombing near the town of Samarra on Sunday killed one U.S. soldier and wounded two others, the military said.', 'Samarra'), null);
});

test('a person right after a nationality and a describing word has that nationality, whatever else the sentence names', () => {
  assert.equal(countryOf('Zambia extradited suspected British militant Haroon Rashid Aswad to Britain on Sunday, a senior Zambian government official said.', 'Haroon Rashid Aswad'), 'GBR');
});
