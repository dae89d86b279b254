/**
 * TEST FIXTURE — hand-written annotation layers for the two example articles, so the API and the UI can be
 * tested with realistic entities, events, quotes and claims before (and independently of) the extraction
 * stages. Nothing here ships: the engine's own answers come from the pipeline. Offsets are found in the
 * real text (`at`), never typed in, and the records are written with the store's own ArticleWriter into
 * a real SQLite file.
 */
import { join } from 'node:path';
import { InlineAnnotator } from '../../src/annotate/annotator.js';
import { finalize, readFile, type ReadyArticle } from '../../src/ingest/read-file.js';
import type { EventRecord } from '../../src/model/layers.js';
import type { Span } from '../../src/model/span.js';
import type { AnnotationRecord } from '../../src/record/annotation-record.js';
import { openStore, type Db } from '../../src/store/database.js';
import { ArticleWriter } from '../../src/store/write-article.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
export const SEED_2024_02 = join(EXAMPLES, '003_c50b538abc8f1e14.txt');
export const SEED_2024_08 = join(EXAMPLES, '000_caa8fa700a5f6095.txt');

/** The `[start, end)` of the `nth` occurrence of `phrase` (inside `within`, when given). */
export function at(text: string, phrase: string, within?: string, nth = 0): Span {
  let from = within === undefined ? 0 : text.indexOf(within);
  if (from < 0) throw new Error(`fixture: "${within}" is not in the text`);
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(phrase, from);
    if (start < 0) throw new Error(`fixture: "${phrase}" is not in the text`);
    from = start + 1;
  }
  return [start, start + phrase.length];
}

function sentenceAt(record: AnnotationRecord, offset: number): number {
  const i = record.sentences.findIndex(([s, e]) => offset >= s && offset < e);
  if (i < 0) throw new Error(`fixture: no sentence at ${offset}`);
  return i;
}

type EntitySpec = { id: string; type: AnnotationRecord['entities'][number]['type']; name: string; kb: string | null; country: string | null; sector: string | null; mentions: string[] };

function entities(text: string, specs: EntitySpec[]): AnnotationRecord['entities'] {
  return specs.map((s) => {
    const mentions: Span[] = [];
    for (const m of s.mentions) {
      // Every occurrence of the mention string is a mention of the entity.
      for (let i = text.indexOf(m); i >= 0; i = text.indexOf(m, i + m.length)) {
        const wholeWord = !/\p{L}/u.test(text[i - 1] ?? ' ') && !/\p{L}/u.test(text[i + m.length] ?? ' ');
        if (wholeWord && !mentions.some(([a, b]) => i < b && a < i + m.length)) mentions.push([i, i + m.length]);
      }
    }
    mentions.sort((a, b) => a[0] - b[0]);
    return { id: s.id, type: s.type, name: s.name, kb: s.kb ? { source: 'wikidata', id: s.kb } : null, country: s.country, sector: s.sector, mentions, mentionKinds: mentions.map(() => 'name') };
  });
}

function event(record: AnnotationRecord, e: Omit<EventRecord, 'sentence' | 'score' | 'cameo' | 'dateFrom'> & { cameo?: string | null }): EventRecord {
  return { cameo: null, ...e, dateFrom: 'text', score: 0.9, sentence: sentenceAt(record, e.trigger[0]) };
}

/** Seed 003 (2024-02-13): the November visit that did not happen, and the December call. */
function layersFor2024_02(r: AnnotationRecord): void {
  const t = r.text;
  r.entities = entities(t, [
    { id: 'E1', type: 'PER', name: 'Mahmoud Abbas', kb: 'Q127998', country: 'PSE', sector: 'GOV', mentions: ['Mahmoud Abbas', 'Abbas'] },
    { id: 'E2', type: 'PER', name: 'Vladimir Putin', kb: 'Q7747', country: 'RUS', sector: 'GOV', mentions: ['Vladimir Putin', 'Putin'] },
    { id: 'E3', type: 'PER', name: 'Dmitry Peskov', kb: 'Q2289423', country: 'RUS', sector: 'GOV', mentions: ['Dmitry Peskov', 'Peskov'] },
    { id: 'E4', type: 'GPE', name: 'Russia', kb: 'Q159', country: 'RUS', sector: null, mentions: ['Moscow', 'Russia'] },
  ]);
  const cancelled = 'The visit was initially meant to take place in November';
  r.timexes = [
    { ...span(t, 'November', cancelled), text: 'November', type: 'DATE', value: '2023-11' },
    { ...span(t, 'December'), text: 'December', type: 'DATE', value: '2023-12' },
  ];
  r.events = [
    event(r, { id: 'V1', event: 'CONSULT', mode: 'visit', actors: ['E1'], recipients: ['E4'], place: 'E4', date: '2023-11', modality: 'negated', trigger: at(t, 'visit', cancelled), goldstein: 1.9 }),
    event(r, { id: 'V2', event: 'CONSULT', mode: 'call', actors: ['E2'], recipients: ['E1'], place: null, date: '2023-12', modality: 'asserted', trigger: at(t, 'spoke', 'Putin earlier in December spoke'), goldstein: 1 }),
    event(r, { id: 'V3', event: 'SUPPORT', mode: null, actors: ['E4'], recipients: ['E1'], place: null, date: '2023-12', modality: 'asserted', trigger: at(t, 'support', 'Russia support the efforts'), goldstein: 3 }),
  ];
  r.quotes = [
    { speaker: 'E3', source: at(t, 'Peskov', 'Peskov told'), cue: at(t, 'told', 'Peskov told'), content: at(t, 'Abbas has a standing invitation. We hope that the visit will take place at a time convenient for both parties,'), direct: true, addressee: null },
  ];
  r.claims = [];
}

/** Seed 000 (2024-08-13): the arrival on 12 August, the meeting on the 13th, the trip to Turkey. */
function layersFor2024_08(r: AnnotationRecord): void {
  const t = r.text;
  r.entities = entities(t, [
    { id: 'E1', type: 'PER', name: 'Mahmoud Abbas', kb: 'Q127998', country: 'PSE', sector: 'GOV', mentions: ['Mahmoud Abbas', 'Abbas'] },
    { id: 'E2', type: 'PER', name: 'Vladimir Putin', kb: 'Q7747', country: 'RUS', sector: 'GOV', mentions: ['Vladimir Putin', 'Putin'] },
    { id: 'E3', type: 'GPE', name: 'Russia', kb: 'Q159', country: 'RUS', sector: null, mentions: ['Moscow', 'Russia'] },
    { id: 'E4', type: 'GPE', name: 'Gaza Strip', kb: 'Q39760', country: 'PSE', sector: null, mentions: ['Gaza'] },
    { id: 'E5', type: 'PER', name: 'Recep Tayyip Erdogan', kb: 'Q39723', country: 'TUR', sector: 'GOV', mentions: ['Recep Tayyip Erdogan'] },
    { id: 'E6', type: 'GPE', name: 'Israel', kb: 'Q801', country: 'ISR', sector: null, mentions: ['Israel'] },
    { id: 'E7', type: 'ORG', name: 'Gaza Health Ministry', kb: null, country: 'PSE', sector: 'GOV', mentions: ['Gaza Health Ministry'] },
    { id: 'E8', type: 'ORG', name: 'Kremlin', kb: 'Q83367', country: 'RUS', sector: 'GOV', mentions: ['Kremlin'] },
  ]);
  r.timexes = [
    { ...span(t, 'Tuesday'), text: 'Tuesday', type: 'DATE', value: '2024-08-13' },
    { ...span(t, 'on Monday', 'Mr Abbas arrived'), text: 'on Monday', type: 'DATE', value: '2024-08-12' },
    { ...span(t, 'Wednesday'), text: 'Wednesday', type: 'DATE', value: '2024-08-14' },
  ];
  r.events = [
    event(r, { id: 'V1', event: 'CONSULT', mode: 'meet', actors: ['E1'], recipients: ['E2'], place: 'E3', date: '2024-08-13', modality: 'future', trigger: at(t, 'meet'), goldstein: 1 }),
    event(r, { id: 'V2', event: 'CONSULT', mode: 'visit', actors: ['E1'], recipients: ['E3'], place: 'E3', date: '2024-08-12', modality: 'asserted', trigger: at(t, 'arrived'), goldstein: 1.9 }),
    event(r, { id: 'V3', event: 'CONSULT', mode: 'visit', actors: ['E1'], recipients: ['E5'], place: null, date: '2024-08-14', modality: 'expected', trigger: at(t, 'travel'), goldstein: 1.9 }),
    event(r, { id: 'V4', event: 'ACCUSE', mode: 'disapprove', actors: ['E2'], recipients: ['E6'], place: null, date: '2024-08-13', modality: 'asserted', trigger: at(t, 'condemned'), goldstein: -2 }),
  ];
  r.quotes = [
    { speaker: 'E8', source: at(t, 'The Kremlin', 'The Kremlin confirmed'), cue: at(t, 'said', 'The Kremlin confirmed'), content: at(t, 'an exchange of views will be held on the situation in the Middle East … and the unprecedented humanitarian catastrophe in the Gaza Strip'), direct: true, addressee: null },
  ];
  r.claims = [
    { kind: 'killed', value: 40000, qualifier: 'approx', about: 'E4', source: null, asOf: '2024-08-13', span: at(t, 'the death toll in the Palestinian enclave nears 40,000') },
    { kind: 'killed', value: 39900, qualifier: 'approx', about: 'E4', source: 'E7', asOf: '2024-08-12', span: at(t, 'the death toll in the enclave since the start of the Israel-Gaza war on October 7 now stood at almost 39,900') },
    { kind: 'injured', value: 92000, qualifier: 'atLeast', about: 'E4', source: 'E7', asOf: '2024-08-12', span: at(t, 'more than 92,000 injured') },
  ];
}

function span(text: string, phrase: string, within?: string): { start: number; end: number } {
  const [start, end] = at(text, phrase, within);
  return { start, end };
}

/** A third, made-up wire item so that the claim chart has a line with two points. */
export const WIRE_ITEM = {
  id: 'fixture-wire-0701', published: '2024-07-01', source: 'Example Wire', title: 'Gaza toll passes 38,000, ministry says',
  text: 'Gaza toll passes 38,000, ministry says\n\nThe Gaza Health Ministry said on Sunday that at least 38,000 people had been killed in Gaza since October 7.',
};

function layersForWire(r: AnnotationRecord): void {
  const t = r.text;
  r.entities = entities(t, [
    { id: 'E1', type: 'GPE', name: 'Gaza Strip', kb: 'Q39760', country: 'PSE', sector: null, mentions: ['Gaza'] },
    { id: 'E2', type: 'ORG', name: 'Gaza Health Ministry', kb: null, country: 'PSE', sector: 'GOV', mentions: ['Gaza Health Ministry'] },
  ]);
  r.entities[0].mentions = r.entities[0].mentions.filter(([s]) => !r.entities[1].mentions.some(([a, b]) => s >= a && s < b));
  r.entities[0].mentionKinds = r.entities[0].mentions.map(() => 'name');
  r.events = [];
  r.quotes = [];
  r.timexes = [];
  r.claims = [{ kind: 'killed', value: 38000, qualifier: 'atLeast', about: 'E1', source: 'E2', asOf: '2024-06-30', span: at(t, 'at least 38,000 people had been killed') }];
}

function read(path: string, source: string): ReadyArticle {
  const result = readFile(path);
  if (!result.articles.length) throw new Error(`fixture: cannot read ${path}`);
  return { ...result.articles[0], source };
}

/**
 * Creates `dir/fixture.db` with the two seeds and the wire item: the pipeline's sentences, with the
 * hand-written layers above. Returns the open database and its path.
 */
export async function buildFixtureStore(dir: string): Promise<{ db: Db; path: string; ids: { feb: string; aug: string; wire: string } }> {
  const path = join(dir, 'fixture.db');
  const db = openStore(path);
  const annotator = new InlineAnnotator();
  const feb = read(SEED_2024_02, 'example.org');
  const aug = read(SEED_2024_08, 'example.com');
  const wire = finalize({ ...WIRE_ITEM, url: null });
  const items = [];
  for (const [article, layers] of [[feb, layersFor2024_02], [aug, layersFor2024_08], [wire, layersForWire]] as const) {
    const record = await annotator.annotate(article);
    layers(record);
    items.push({ article, record, format: 'fixture' });
  }
  new ArticleWriter(db).writeBatch(items);
  await annotator.close();
  return { db, path, ids: { feb: feb.id, aug: aug.id, wire: wire.id } };
}
