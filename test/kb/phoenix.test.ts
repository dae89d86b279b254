import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePhoenixActors, phoenixDate, phoenixName } from '../../src/kb/build/phoenix.js';
import { splitCameoCode } from '../../src/kb/build/cameo-codes.js';
import { parsePhoenixAgents } from '../../src/kb/build/agents.js';

const COUNTRIES = new Set(['PSE', 'RUS', 'LBN']);

// A small dictionary in the TABARI layout (written for this test).
const FIXTURE = `# a comment line
PALESTINE_  [PSE]
+PALESTINIAN
MAHMOUD_ABBAS_  # CountryInfo.txt
+ABU_MAZEN
\t[PSEELI 530101-030430]
\t[PSEGOV >050115]
HEZBOLLAH_ [LBNREB] #  kkl 21 Mar 13
+HIZBULLAH
UN_ [IGOUNO]
KREMLIN_
\t[RUSGOV]
`;

test('Phoenix entries: names, aliases, dated spells and inline codes', () => {
  const entries = parsePhoenixActors(FIXTURE, COUNTRIES);
  assert.deepEqual(entries.map((e) => e.name), ['Palestine', 'Mahmoud Abbas', 'Hezbollah', 'UN', 'Kremlin']);
  assert.equal(entries[0].inlineCode, 'PSE');
  const abbas = entries[1];
  assert.deepEqual(abbas.aliases, ['Abu Mazen']);
  assert.equal(abbas.comment, 'CountryInfo.txt');
  assert.deepEqual(abbas.spells, [
    { country: 'PSE', sector: 'ELI', from: '1953-01-01', to: '2003-04-30' },
    { country: 'PSE', sector: 'GOV', from: '2005-01-15', to: null },
  ]);
  assert.deepEqual(entries[2].spells, [{ country: 'LBN', sector: 'REB', from: null, to: null }]);
  assert.deepEqual(entries[3].spells, [{ country: 'UNO', sector: null, from: null, to: null }]);
  assert.deepEqual(entries[4].spells, [{ country: 'RUS', sector: 'GOV', from: null, to: null }]);
});

test('Phoenix dates and names', () => {
  assert.equal(phoenixDate('050115'), '2005-01-15');
  assert.equal(phoenixDate('530101'), '1953-01-01');
  assert.equal(phoenixDate('19940913'), '1994-09-13');
  assert.equal(phoenixDate('2004017'), null);
  assert.equal(phoenixDate('051399'), null);
  assert.equal(phoenixName('PARTY_OF_GOD_'), 'Party of God');
  assert.equal(phoenixName('VLADIMIR_V._PUTIN'), 'Vladimir V. Putin');
});

test('CAMEO codes become PLOVER country and sector', () => {
  assert.deepEqual(splitCameoCode('PSEREBHMS', COUNTRIES), { country: 'PSE', sector: 'REB' });
  assert.deepEqual(splitCameoCode('IGOUNOKID', COUNTRIES), { country: 'UNO', sector: null });
  assert.deepEqual(splitCameoCode('RUSMED', COUNTRIES), { country: 'RUS', sector: 'JRN' }, 'CAMEO media is PLOVER JRN');
  assert.deepEqual(splitCameoCode('GOVHLH', COUNTRIES), { country: null, sector: 'GOV' });
  assert.deepEqual(splitCameoCode('PSEINS', COUNTRIES), { country: 'PSE', sector: 'REB' });
});

test('Phoenix agents: macros, stems and plurals', () => {
  const rows = new Map(parsePhoenixAgents('!PERSON! = MAN, WOMAN\nSPOKES!PERSON!  [~MED]\nHEALTH_MINIST [~GOVHLH]\nAMBASSADOR [~GOV]\n'));
  assert.equal(rows.get('spokesman'), 'JRN');
  assert.equal(rows.get('spokeswoman'), 'JRN');
  assert.equal(rows.get('health ministry'), 'GOV');
  assert.equal(rows.get('health ministries'), 'GOV');
  assert.equal(rows.get('health minister'), 'GOV');
  assert.equal(rows.get('ambassadors'), 'GOV');
});
