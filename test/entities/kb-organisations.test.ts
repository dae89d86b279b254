import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDefaultPipeline } from '../../src/pipeline/default-pipeline.js';

// Real news sentences (CAMEO manual examples) naming bodies the Phoenix dictionaries miss or code by an old code.
const pipeline = createDefaultPipeline();
const entityOver = (text: string, surface: string) => {
  const doc = pipeline.annotate({ id: 't', published: '2000-01-01', title: null, source: null, url: null, text });
  const at = text.indexOf(surface);
  return doc.entities.find((x) => x.mentions.some((m) => m.start <= at && m.end > at));
};

test('bare EU, APEC and the International Labor Office link to their bodies', () => {
  assert.equal(entityOver('Greece, like most other existing members, plans to impose restrictions on its labour market for new EU members for at least two years from 1 May.', 'EU')?.country, 'EUR');
  assert.equal(entityOver('The Asia-Pacific Economic Cooperation (APEC) forum has agreed to set up an energy research center in Tokyo.', 'APEC')?.country, 'IGO');
  assert.equal(entityOver('The International Labor Office (ILO) reiterated its demand today that Israel ease restrictions on the movement of Palestinian workers.', 'International Labor Office')?.country, 'UNO');
});

test("UNITA is Angolan (older CAMEO's ANG is ISO AGO)", () => {
  const text = 'The UNITA militarist wing refused to allow United Nations planes to land and evacuate 15 of its observers who were taken hostage.';
  assert.equal(entityOver(text, 'UNITA')?.country, 'AGO');
});

test('"President Bush" is one of the Presidents Bush the dictionaries list under that title, not another Bush in office', () => {
  const text = 'President Bush has threatened further action against Russia in an international television program beamed by satellite to more than 50 countries.';
  assert.equal(entityOver(text, 'Bush')?.country, 'USA');
});

test("a name holding a possessive links whole: the Democratic People's Republic of Korea is North Korea, not the Republic of Korea", () => {
  const text = "The United States on Thursday demanded that the Democratic People's Republic of Korea (DPRK) forsake its nuclear program.";
  assert.equal(entityOver(text, 'Democratic')?.country, 'PRK');
  assert.equal(entityOver("Russia's Foreign Ministry said.", 'Russia')?.country, 'RUS', 'a possessive country still ends its name');
});
