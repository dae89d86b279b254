/**
 * Builds the event-coding lexicons under resources/events/ from the public event-data sources:
 *   - the PETRARCH-2 CAMEO verb dictionary (MIT): verb forms, verb blocks and their object/preposition patterns;
 *   - the joined CAMEO code table (public codebook + GDELT Goldstein values + CAMEO→PLOVER map);
 *   - the PLOVER ontology (CC BY-SA 4.0): event types, modes, quad classes and PLOVER scores;
 *   - resources/events/curated-triggers.tsv: our own nominal triggers and overrides (kept as data, not code).
 *
 * Usage: npm run build:event-lexicons -- ../shared/data/events
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { RESOURCES_DIR } from '../src/paths.js';
import type { CameoCode, LexiconPattern, PatternElement, TriggerEntry, TriggerLexicon, PloverTable } from '../src/extract/events/lexicon-types.js';
import { readInputFile } from './input-error.js';
import { scriptArgs } from './script-cli.js';

const { positionals: [dataDir] } = scriptArgs({
  command: 'npm run build:event-lexicons --',
  description: 'Builds the event-coding lexicons under resources/events/ from the public event-data sources.',
  args: [{ name: 'DIR', path: true, help: 'the event data, e.g. ../shared/data/events' }],
  options: {},
});
const outDir = join(RESOURCES_DIR, 'events');
mkdirSync(outDir, { recursive: true });

// ---------- CAMEO code table ----------
interface CsvRow { [k: string]: string }
const csvRows = parse(readInputFile(dataDir, 'cameo/cameo_event_codes_combined.csv', 'latin1'), { columns: true }) as CsvRow[];
const codes: Record<string, CameoCode> = {};
for (const row of csvRows) {
  const goldstein = Number(row.goldstein_gdelt);
  codes[row.code] = {
    name: row.name_gdelt.replace(/[^\x20-\x7e]/g, "'"),
    root: row.root,
    goldstein: Number.isFinite(goldstein) ? goldstein : null,
    quad: Number(row.quad_gdelt) || null,
    plover: row.plover_event || null,
    mode: row.plover_mode ? row.plover_mode.trim() || null : null,
  };
}

// Where the PLOVER manual places a CAMEO code elsewhere than the map does (resources/events/plover-overrides.tsv).
for (const raw of readFileSync(join(outDir, 'plover-overrides.tsv'), 'utf8').split(/\r?\n/)) {
  const line = raw.replace(/^#.*$/, '');
  if (!line.trim()) continue;
  const [code, event, mode] = line.split('\t');
  if (!codes[code]) throw new Error(`plover-overrides.tsv: unknown CAMEO code ${code}`);
  codes[code].plover = event;
  codes[code].mode = mode && mode !== '-' ? mode : null;
}

// ---------- PLOVER table ----------
interface OntologyEvent { event: string; quad: string; modes: { mode: string }[] }
const ontology = JSON.parse(readInputFile(dataDir, 'plover/plover_ontology.json')) as {
  events: OntologyEvent[]; scores: Record<string, number>; quad: Record<string, string[]>;
};
const plover: PloverTable = { events: {} };
for (const e of ontology.events) {
  const quadKey = Object.keys(ontology.quad).find((k) => ontology.quad[k].includes(e.event));
  const modeScores: Record<string, number | null> = {};
  for (const m of e.modes) {
    const key = Object.keys(ontology.scores).find((k) => k.toLowerCase() === `${e.event}: ${m.mode}`.toLowerCase());
    const v = key === undefined ? null : ontology.scores[key];
    modeScores[m.mode] = typeof v === 'number' ? v : null;
  }
  let score = ontology.scores[e.event];
  // The manual prints ACCUSE's base score as 3; its modes are -2..-3.5, so the sign is a typo (see scores_note).
  if (e.event === 'ACCUSE' && score > 0) score = -score;
  plover.events[e.event] = { quad: quadKey ? Number(quadKey.split(' ')[0]) : null, score: score ?? 0, modes: modeScores };
}

// ---------- PETRARCH-2 verb dictionary ----------
const dictLines = readInputFile(dataDir, 'cameo/petrarch2_dictionaries/CAMEO.2.0.txt', 'latin1').split(/\r?\n/);
const synsets = new Map<string, string[]>();
{
  let current: string | null = null;
  for (const raw of dictLines) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line.startsWith('####### VERB PATTERNS')) break;
    if (line.startsWith('&')) { current = line.replace(/_$/, ''); synsets.set(current, []); continue; }
    if (current && line.startsWith('+')) synsets.get(current)!.push(line.slice(1).replace(/_$/, '').toLowerCase().replace(/_/g, ' '));
    if (!line) current = null;
  }
}

function cleanCode(code: string | undefined): string | null {
  if (!code) return null;
  const first = code.split(':')[0].trim();
  return /^\d{2,4}$/.test(first) ? first : null;
}

/** Regular English inflections of a base verb (PETRARCH generates them the same way). */
function inflect(base: string): string[] {
  const forms = new Set([base]);
  const vowel = /[aeiou]/;
  if (/(s|x|z|ch|sh)$/.test(base)) forms.add(base + 'es');
  else if (/[^aeiou]y$/.test(base)) forms.add(base.slice(0, -1) + 'ies');
  else forms.add(base + 's');
  if (base.endsWith('e')) { forms.add(base + 'd'); forms.add(base.slice(0, -1) + 'ing'); }
  else if (/[^aeiou]y$/.test(base)) { forms.add(base.slice(0, -1) + 'ied'); forms.add(base + 'ing'); }
  else {
    forms.add(base + 'ed'); forms.add(base + 'ing');
    // Consonant doubling (stop → stopped); harmless when it produces a form nobody writes.
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(base) && vowel.test(base)) {
      const last = base[base.length - 1];
      forms.add(base + last + 'ed'); forms.add(base + last + 'ing');
    }
  }
  return [...forms];
}

function parsePatternElements(text: string): PatternElement[] {
  // Tokens: {A B} phrase, (PREP ...) prepositional phrase, &SYN synset, plain WORD; $ + ^ % are actor markers.
  const elements: PatternElement[] = [];
  const re = /\{([^}]*)\}|\(([^)]*)\)|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const group = m[1] ?? m[2];
    if (group !== undefined) {
      const words = group.split(/\s+/).filter((w) => w && !/^[$+^%]$/.test(w));
      const nested = parsePatternElements(words.join(' ').replace(/[{}]/g, ''));
      if (nested.length) elements.push({ phrase: nested.map((e) => e.alternatives ?? []) });
      continue;
    }
    const tok = m[3];
    if (/^[$+^%]$/.test(tok) || tok === '*') continue;
    elements.push(word(tok));
  }
  return elements;
}

function word(tok: string): PatternElement {
  const t = tok.replace(/_$/, '');
  if (t.startsWith('&')) {
    const set = synsets.get(t) ?? [];
    return { alternatives: set.length ? set : [t.slice(1).toLowerCase()] };
  }
  return { alternatives: [t.toLowerCase().replace(/_/g, ' ')] };
}

// Blocks whose verbs code only through their patterns (resources/events/pattern-only-blocks.txt, our data).
const patternOnly = new Set(readFileSync(join(outDir, 'pattern-only-blocks.txt'), 'utf8').split(/\r?\n/).map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean));

const entries: TriggerEntry[] = [];
const patternsByBlock: LexiconPattern[][] = [];
{
  let inVerbs = false;
  let blockIndex = -1;
  let blockCode: string | null = null;
  let blockName = '';
  for (const raw of dictLines) {
    if (raw.startsWith('####### VERB PATTERNS')) { inVerbs = true; continue; }
    if (raw.startsWith('######## TRANSFORMATIONS')) break;
    if (!inVerbs) continue;
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const header = /^---\s+(\S+)\s+\[([^\]]*)\]\s+---/.exec(line);
    if (header) {
      blockName = header[1];
      blockCode = patternOnly.has(blockName) ? null : cleanCode(header[2]);
      patternsByBlock.push([]);
      blockIndex = patternsByBlock.length - 1;
      continue;
    }
    if (blockIndex < 0) continue;
    if (line.startsWith('-')) {
      const pm = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(line);
      if (!pm) continue;
      const body = pm[1];
      const star = body.indexOf('*');
      if (star < 0) continue;
      const before = parsePatternElements(body.slice(0, star));
      const after = parsePatternElements(body.slice(star + 1));
      if (!before.length && !after.length) continue;
      // TABARI-era patterns carry the verb they were written for ("- * (TO) [043] # WELCOME"): "praised … to"
      // is no visit. Kept when that verb is in the block (checked below), else the pattern serves the block.
      const note = /#\s*([A-Z][A-Z'-]*(?:_[A-Z'-]+)*)\s*$/.exec(raw);
      patternsByBlock[blockIndex].push({ before, after, code: cleanCode(pm[2]), ...(note ? { verb: note[1].toLowerCase().replace(/_/g, ' ') } : {}) });
      continue;
    }
    // A verb line: WORD or +MULTI_WORD, optional {irregular forms}, optional [code].
    const vm = /^(\+?)([A-Z][A-Z'-]*(?:_[A-Z'-]*)*)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?/.exec(line);
    if (!vm) continue;
    const phrase = vm[2].replace(/_$/, '').toLowerCase().split('_').filter(Boolean);
    if (!phrase.length) continue;
    const code = vm[4] !== undefined ? cleanCode(vm[4]) : blockCode;
    const explicit = vm[3] ? vm[3].split(/\s+/).filter(Boolean).map((f) => f.replace(/^\+/, '').replace(/_$/, '').toLowerCase().split('_').filter(Boolean)) : [];
    const forms: string[][] = [];
    const seen = new Set<string>();
    const add = (words: string[]) => { const k = words.join(' '); if (!seen.has(k)) { seen.add(k); forms.push(words); } };
    for (const f of inflect(phrase[0])) add([f, ...phrase.slice(1)]);
    for (const f of explicit) if (f.length) add(f);
    for (const words of forms) {
      // Keep only real word forms (the dictionary has a few stray punctuation entries).
      if (!words.every((w) => /^[a-z][a-z'-]*$/.test(w))) continue;
      entries.push({ words, lemma: phrase.join(' '), pos: 'V', code, block: blockName, patterns: blockIndex, source: 'petrarch2' });
    }
  }
}

// ---------- curated triggers (our own data: nominalizations and overrides) ----------
const curatedPath = join(outDir, 'curated-triggers.tsv');
let curatedCount = 0;
for (const raw of readFileSync(curatedPath, 'utf8').split(/\r?\n/)) {
  const line = raw.replace(/\s*#.*$/, '');
  if (!line.trim()) continue;
  const [formsField, pos, codeField, flagsField = ''] = line.split('\t');
  const code = codeField === '-' ? null : cleanCode(codeField);
  if (codeField !== '-' && !code) throw new Error(`curated-triggers.tsv: bad code in "${raw}"`);
  const flags = flagsField.split(',').map((f) => f.trim()).filter(Boolean);
  const variants = formsField.split('|').map((f) => f.trim().toLowerCase()).filter(Boolean);
  const lemma = variants[0];
  for (const v of variants) {
    const words = v.split(/\s+/);
    // A curated entry replaces any dictionary entry with the same words and part of speech; with the flag
    // `patterns` it keeps that entry's verb-block patterns and only changes the default code.
    let patterns = -1;
    let block: string | null = null;
    let dictLemma: string | null = null;
    for (let i = entries.length - 1; i >= 0; i--) {
      if (entries[i].pos === pos && entries[i].words.join(' ') === words.join(' ')) {
        if (flags.includes('patterns') && entries[i].patterns >= 0) { patterns = entries[i].patterns; block = entries[i].block; dictLemma = entries[i].lemma; }
        entries.splice(i, 1);
      }
    }
    entries.push({ words, lemma: dictLemma ?? lemma, pos: pos as 'V' | 'N', code, block, patterns, source: 'curated', ...(flags.length ? { flags } : {}) });
    curatedCount++;
  }
}

for (const e of entries) {
  if (e.code && !codes[e.code]) {
    // Some dictionary codes are finer than the codebook (e.g. 1712); fall back to the parent code.
    const parent = e.code.slice(0, 3);
    e.code = codes[parent] ? parent : codes[e.code.slice(0, 2)] ? e.code.slice(0, 2) : null;
  }
}
for (const block of patternsByBlock) {
  for (const p of block) {
    if (p.code && !codes[p.code]) {
      const parent = p.code.slice(0, 3);
      p.code = codes[parent] ? parent : codes[p.code.slice(0, 2)] ? p.code.slice(0, 2) : null;
    }
  }
}

// A pattern's verb note counts only when it names a verb of its block.
{
  const lemmasByBlock = patternsByBlock.map(() => new Set<string>());
  for (const e of entries) if (e.patterns >= 0) lemmasByBlock[e.patterns].add(e.lemma);
  patternsByBlock.forEach((block, b) => { for (const p of block) if (p.verb && !lemmasByBlock[b].has(p.verb)) delete p.verb; });
}

const lexicon: TriggerLexicon = { entries, patterns: patternsByBlock };
writeFileSync(join(outDir, 'triggers.json'), JSON.stringify(lexicon));
writeFileSync(join(outDir, 'cameo-codes.json'), JSON.stringify(codes, null, 1));
writeFileSync(join(outDir, 'plover.json'), JSON.stringify(plover, null, 1));
console.log(`triggers: ${entries.length} forms (${curatedCount} curated), ${patternsByBlock.reduce((n, b) => n + b.length, 0)} patterns in ${patternsByBlock.length} blocks`);
console.log(`cameo codes: ${Object.keys(codes).length}; plover events: ${Object.keys(plover.events).length}`);
