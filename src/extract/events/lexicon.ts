import type { Resources } from '../../pipeline/resources.js';
import type { CameoCode, LexiconPattern, PatternElement, PloverTable, TriggerLexicon } from './lexicon-types.js';
import { lexiconEntry, type LexiconEntry } from './lexicon-entry.js';
import { WordShapes } from './word-shapes.js';
import { PREPOSITIONS } from './words.js';

const FUNCTION_WORDS = new Set([...PREPOSITIONS, 'the', 'a', 'an', 'up', 'off', 'out', 'down', 'back', 'away', 'through', 'across', 'upon', 'onto', 'that', 'it', 'its', 'their', 'his', 'her', 'not', 'and', 'or', 'as']);

/** A pattern element ready for matching: single words in a Set, multi-word alternatives pre-split. */
export interface CompiledElement {
  words: Set<string>;
  multi: string[][];
  /** `multi` with each word's plural ("+s"), precomputed so matching builds no strings. */
  multiPlural: string[][];
  /** For a phrase: its parts, in order. */
  phrase: CompiledElement[] | null;
}

export interface CompiledPattern {
  before: CompiledElement[];
  after: CompiledElement[];
  code: string | null;
  /**
   * The verb the dictionary wrote the pattern for (null: any verb of the block). A pattern of prepositions
   * only ("* TO") reads that verb's frame and serves it alone; one with a content word ("* ARMS") serves the block.
   */
  verb: string | null;
  /** `verb` as a number (see `WordIds`), -1 for any verb: compared per trigger without string comparisons. */
  verbId: number;
  specificity: number;
  /**
   * The words one of which must start the pattern's most selective element (single words, and the first word of
   * each multi-word alternative with its plural): a match needs one of them near the trigger. Null: no elements.
   */
  anchor: string[] | null;
}

/** The words a match of this element (or phrase part) can start with. */
function startWords(el: CompiledElement): Set<string> {
  const out = new Set(el.words);
  for (let m = 0; m < el.multi.length; m++) {
    out.add(el.multi[m][0]);
    out.add(el.multiPlural[m][0]);
  }
  return out;
}

function compileAlternatives(alts: string[]): CompiledElement {
  const words = new Set<string>();
  const multi: string[][] = [];
  for (const a of alts) {
    if (a.includes(' ')) multi.push(a.split(' '));
    else words.add(a);
  }
  return { words, multi, multiPlural: multi.map((ws) => ws.map((w) => w + 's')), phrase: null };
}

function compileElement(el: PatternElement): CompiledElement {
  if (el.phrase) return { words: new Set(), multi: [], multiPlural: [], phrase: el.phrase.map(compileAlternatives) };
  return compileAlternatives(el.alternatives ?? []);
}

/** Numbers for lemmas, so that a pattern's verb and a trigger's lemma compare as integers. */
class WordIds {
  private readonly ids = new Map<string, number>();

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) this.ids.set(word, (id = this.ids.size));
    return id;
  }
}

function compilePattern(p: LexiconPattern, lemmas: WordIds): CompiledPattern {
  const all = [...p.before, ...p.after];
  const before = p.before.map(compileElement);
  const after = p.after.map(compileElement);
  let anchor: string[] | null = null;
  for (const el of [...before, ...after]) {
    const parts = el.phrase ?? [el];
    for (const part of parts) {
      const words = startWords(part);
      if (!anchor || words.size < anchor.length) anchor = [...words];
    }
  }
  const contentful = [...before, ...after].some((el) => (el.phrase ?? [el]).some((part) => [...part.words].some((w) => !FUNCTION_WORDS.has(w)) || part.multi.length > 0));
  const verb = contentful ? null : (p.verb ?? null);
  return { before, after, code: p.code, verb, verbId: verb === null ? -1 : lemmas.idOf(verb), specificity: all.reduce((n, el) => n + (el.phrase ? el.phrase.length : 1), 0), anchor };
}

/**
 * A verb block's patterns indexed by anchor word, so a trigger in a long block looks up the sentence's words
 * instead of testing every pattern's anchor against the sentence.
 */
export interface PatternBlock {
  patterns: CompiledPattern[];
  /** Anchor word → indices (ascending) of the patterns it anchors. */
  byAnchor: Map<string, number[]>;
  /** Indices of the patterns with no anchor: always candidates. */
  unanchored: number[];
  /** The shapes of `byAnchor`'s keys: most words near a trigger skip the lookup. */
  anchorShapes: WordShapes;
}

function indexBlock(patterns: CompiledPattern[]): PatternBlock {
  const byAnchor = new Map<string, number[]>();
  const unanchored: number[] = [];
  patterns.forEach((p, k) => {
    if (!p.anchor) { unanchored.push(k); return; }
    for (const w of new Set(p.anchor)) {
      let list = byAnchor.get(w);
      if (!list) byAnchor.set(w, (list = []));
      list.push(k);
    }
  });
  return { patterns, byAnchor, unanchored, anchorShapes: new WordShapes(byAnchor.keys(), 10) };
}

/**
 * The event lexicons, indexed for lookup by a token's lower-case form. Built once per process from
 * resources/events/ (see scripts/build-event-lexicons.ts and resources/events/CARD.md).
 */
export interface EventLexicon {
  /** Trigger forms keyed by their first word. */
  byFirstWord: Map<string, FirstWordForms>;
  /** The shapes of `byFirstWord`'s keys: most tokens skip the lookup. */
  firstWordShapes: WordShapes;
  /** Each verb block's patterns, most specific first, with their anchor index. */
  patterns: PatternBlock[];
  codes: Record<string, CameoCode>;
  plover: PloverTable;
}

/** The trigger forms that start with one word: one-word forms, and longer ones keyed by their second word. */
export interface FirstWordForms {
  singles: LexiconEntry[];
  /** Second word → forms of two words or more, longest first (lexicon order among equals). */
  bySecond: Map<string, LexiconEntry[]> | null;
}

/** Splits a first word's forms (sorted longest first) into one-word forms and the longer ones by second word. */
function formsOf(sorted: LexiconEntry[]): FirstWordForms {
  const singles: LexiconEntry[] = [];
  let bySecond: Map<string, LexiconEntry[]> | null = null;
  for (const entry of sorted) {
    if (entry.words.length === 1) { singles.push(entry); continue; }
    bySecond ??= new Map();
    let list = bySecond.get(entry.words[1]);
    if (!list) bySecond.set(entry.words[1], (list = []));
    list.push(entry);
  }
  return { singles, bySecond };
}

export function indexLexicon(lexicon: TriggerLexicon, codes: Record<string, CameoCode>, plover: PloverTable): EventLexicon {
  const entriesByFirst = new Map<string, LexiconEntry[]>();
  const lemmas = new WordIds();
  for (const entry of lexicon.entries.map((e) => lexiconEntry(e, lemmas.idOf(e.lemma)))) {
    // A plover= flag naming no PLOVER event is ignored.
    if (entry.ploverEvent !== null && !plover.events[entry.ploverEvent]) entry.ploverEvent = null;
    const key = entry.words[0];
    let list = entriesByFirst.get(key);
    if (!list) entriesByFirst.set(key, (list = []));
    list.push(entry);
  }
  const byFirstWord = new Map<string, FirstWordForms>();
  for (const [key, list] of entriesByFirst) byFirstWord.set(key, formsOf(list.sort((a, b) => b.words.length - a.words.length)));
  const patterns = lexicon.patterns.map((block) => indexBlock(block.map((p) => compilePattern(p, lemmas)).sort((a, b) => b.specificity - a.specificity)));
  return { byFirstWord, firstWordShapes: new WordShapes(byFirstWord.keys(), 18), patterns, codes, plover };
}

export function loadEventLexicon(resources: Resources): EventLexicon {
  return resources.load('events/triggers.json', (text) =>
    indexLexicon(
      JSON.parse(text) as TriggerLexicon,
      resources.json<Record<string, CameoCode>>('events/cameo-codes.json'),
      resources.json<PloverTable>('events/plover.json'),
    ),
  );
}
