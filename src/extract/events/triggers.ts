import type { Sentence } from '../../model/layers.js';
import { singularsAt, type DocView } from './doc-view.js';
import type { CompiledElement, CompiledPattern, EventLexicon, FirstWordForms, PatternBlock } from './lexicon.js';
import type { LexiconEntry } from './lexicon-entry.js';
import { NOUN_MARKERS, VERB_MARKERS } from './words.js';

/** A trigger found in a sentence: the lexicon entry it matched and the CAMEO code its context selected. */
export interface Trigger {
  tokenStart: number;
  tokenEnd: number;
  entry: LexiconEntry;
  pos: 'V' | 'N';
  /** CAMEO code, or null for forms that only steer other triggers (e.g. "cancelled"). */
  code: string | null;
  /** The code came from a dictionary pattern matching the context, not the verb's default. */
  patterned: boolean;
}

const PATTERN_WINDOW_AFTER = 5;
const PATTERN_WINDOW_BEFORE = 5;
const PHRASE_GAP = 3;
const CLOSED_CLASS_TAGS = new Set(['RB', 'RP', 'IN', 'DT', 'CC', 'PRP', 'PRP$', 'TO', 'MD', 'WDT', 'WP', 'EX', 'PDT']);

/** Does token i hold `word`, allowing the plural the dictionary leaves implicit? */
function wordAt(view: DocView, i: number, set: Set<string>): boolean {
  const w = view.lower[i];
  if (w === undefined) return false;
  if (set.has(w)) return true;
  const singulars = singularsAt(view, i);
  if (singulars !== null) for (let k = 0; k < singulars.length; k++) if (set.has(singulars[k])) return true;
  return false;
}

/** Number of tokens an element's alternatives match at token i, or 0. */
function matchAt(view: DocView, i: number, el: CompiledElement): number {
  if (wordAt(view, i, el.words)) return 1;
  for (let m = 0; m < el.multi.length; m++) {
    const words = el.multi[m];
    const plurals = el.multiPlural[m];
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      // A phrase running past the document's end does not match (and reads stay in bounds, see looksNominal).
      if (i + k >= view.lower.length) { ok = false; break; }
      const w = view.lower[i + k];
      ok = w === words[k] || w === plurals[k];
    }
    if (ok) return words.length;
  }
  return 0;
}

/** Finds `el` at or after token `from` (before `limit`); returns the token after the match, or -1. */
function findElement(view: DocView, el: CompiledElement, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    if (!el.phrase) {
      const n = matchAt(view, i, el);
      if (n) return i + n;
      continue;
    }
    let at = i;
    let ok = true;
    for (let k = 0; k < el.phrase.length; k++) {
      const gapLimit = k === 0 ? at + 1 : Math.min(limit, at + PHRASE_GAP + 1);
      let found = -1;
      for (let j = at; j < gapLimit; j++) {
        const n = matchAt(view, j, el.phrase[k]);
        if (n) { found = j + n; break; }
      }
      if (found < 0) { ok = false; break; }
      at = found;
    }
    if (ok) return at;
  }
  return -1;
}

function patternMatches(view: DocView, p: CompiledPattern, trigger: number, triggerEnd: number, lo: number, hi: number): boolean {
  // Patterns look at the trigger's own clause only, so "backs Hamas and groups fighting against Israel" does not
  // read "against" as part of "backs".
  lo = Math.max(lo, view.clauseStart[view.clause[trigger]]);
  hi = Math.min(hi, view.clauseEnd[view.clause[trigger]]);
  let at = triggerEnd;
  const afterLimit = Math.min(hi, triggerEnd + PATTERN_WINDOW_AFTER);
  for (const el of p.after) {
    at = findElement(view, el, at, afterLimit);
    if (at < 0) return false;
  }
  at = Math.max(lo, trigger - PATTERN_WINDOW_BEFORE);
  for (const el of p.before) {
    at = findElement(view, el, at, trigger);
    if (at < 0) return false;
  }
  return true;
}

/** Pattern indices of one verb block that may match around a trigger; reused across triggers (one thread). */
const candidates: number[] = [];
/** How many of `candidates` are set (the array is never truncated: that would free its storage every time). */
let candidateCount = 0;

function addAnchored(block: PatternBlock, word: string): void {
  if (!block.anchorShapes.mayHave(word)) return;
  const list = block.byAnchor.get(word);
  if (list) for (let k = 0; k < list.length; k++) candidates[candidateCount++] = list[k];
}

/**
 * Collects the patterns of `block` whose anchor word stands in the window a pattern reads: up to
 * PATTERN_WINDOW_BEFORE tokens before the trigger and PATTERN_WINDOW_AFTER after it, inside its clause. Every
 * element of a pattern starts inside that window (see patternMatches), so a pattern whose anchor is not
 * there cannot match. Sorted ascending: patterns are tried most specific first.
 */
function collectCandidates(view: DocView, block: PatternBlock, trigger: number, triggerEnd: number, lo: number, hi: number): void {
  candidateCount = 0;
  for (let k = 0; k < block.unanchored.length; k++) candidates[candidateCount++] = block.unanchored[k];
  const clause = view.clause[trigger];
  const from = Math.max(lo, view.clauseStart[clause], trigger - PATTERN_WINDOW_BEFORE);
  const to = Math.min(hi, view.clauseEnd[clause], triggerEnd + PATTERN_WINDOW_AFTER);
  for (let i = from; i < to; i++) {
    if (i === trigger) { i = triggerEnd - 1; continue; }
    addAnchored(block, view.lower[i]);
    const singulars = singularsAt(view, i);
    if (singulars !== null) for (let k = 0; k < singulars.length; k++) addAnchored(block, singulars[k]);
  }
  // Few candidates: an insertion sort allocates nothing.
  for (let a = 1; a < candidateCount; a++) {
    const v = candidates[a];
    let b = a - 1;
    while (b >= 0 && candidates[b] > v) { candidates[b + 1] = candidates[b]; b--; }
    candidates[b + 1] = v;
  }
}

/**
 * The pattern that codes a verb in context: the most specific matching dictionary pattern, or null (the verb
 * keeps its own code).
 */
function matchingPattern(view: DocView, lexicon: EventLexicon, entry: LexiconEntry, start: number, end: number, sentence: Sentence): CompiledPattern | null {
  if (entry.patterns < 0) return null;
  // Patterns are sorted most specific first, so the first match is the best one. Only patterns whose anchor
  // word is near the trigger are tried.
  const block = lexicon.patterns[entry.patterns];
  collectCandidates(view, block, start, end, sentence.tokenStart, sentence.tokenEnd);
  let last = -1;
  for (let c = 0; c < candidateCount; c++) {
    const k = candidates[c];
    if (k === last) continue;
    last = k;
    const p = block.patterns[k];
    if (p.verbId >= 0 && p.verbId !== entry.lemmaId) continue;
    if (patternMatches(view, p, start, end, sentence.tokenStart, sentence.tokenEnd)) return p;
  }
  return null;
}

/** Is token p a "-ly" adverb ("strongly"), which the noun/verb test looks past? */
function lyAdverb(view: DocView, p: number): boolean {
  const w = view.lower[p];
  return w.length > 3 && w.endsWith('ly');
}

/**
 * Noun (true), verb (false) or unknown (null)? The POS tag decides when it is a noun or verb tag, else the word
 * before. (The context test runs whatever the tag: V8 then has type feedback for all of it when it optimises
 * findTriggers, and a test first run later would throw that optimised code away.)
 */
function looksNominal(view: DocView, i: number): boolean | null {
  const byContext = nominalByContext(view, i);
  const tag = view.doc.pos[i];
  if (tag) {
    if (tag.startsWith('NN')) return true;
    if (tag.startsWith('VB')) return false;
  }
  return byContext;
}

/** The noun/verb test by the word before the form (past "-ly" adverbs). */
function nominalByContext(view: DocView, i: number): boolean | null {
  // Reads stay inside the array: an out-of-bounds read deoptimises the compiled function (a costly recompile).
  if (i === 0) return null;
  let p = i;
  do p--; while (p > 0 && lyAdverb(view, p));
  const prev = view.lower[p];
  const name = view.capital[i - 1] === 1 && view.mentionAt[i - 1] >= 0;
  const plural = view.lower[i].endsWith('s');
  if (NOUN_MARKERS.has(prev)) return true;
  if (VERB_MARKERS.has(prev)) return false;
  // A name right before a form usually is its subject ("Russia backs"), an adjective its modifier.
  return name ? (plural ? false : null) : null;
}

/** The entries of the longest form starting at token i (several when a form is listed more than once). */
const longerMatched: LexiconEntry[] = [];
/** The entries matched at the current token: `longerMatched`, or a first word's one-word forms (not copied). */
let matched: LexiconEntry[] = longerMatched;

/**
 * Fills `matched` with the longest forms starting at token i that end inside the sentence (before `end`);
 * returns their length in tokens, or 0. A longer form must have token i+1 as its second word, so only the forms
 * filed under that word are compared; with none of them there, the one-word forms match.
 */
function longestForms(view: DocView, forms: FirstWordForms, i: number, end: number): number {
  longerMatched.length = 0;
  matched = longerMatched;
  let length = 0;
  const longer = forms.bySecond !== null && i + 1 < end ? forms.bySecond.get(view.lower[i + 1]) : undefined;
  if (longer !== undefined) {
    for (let c = 0; c < longer.length; c++) {
      const entry = longer[c];
      const words = entry.words;
      const len = words.length;
      if (len < length) break;
      if (i + len > end) continue;
      let ok = true;
      // (From the second word, already known to match: the loop then runs for every form, and V8 has seen it.)
      for (let k = 1; k < len; k++) if (view.lower[i + k] !== words[k]) { ok = false; break; }
      if (!ok) continue;
      length = len;
      longerMatched.push(entry);
    }
    if (length > 0) return length;
  }
  matched = forms.singles;
  return forms.singles.length > 0 ? 1 : 0;
}

/** The first matched entry with this part of speech, or null. */
function firstOfPos(pos: 'V' | 'N'): LexiconEntry | null {
  for (let k = 0; k < matched.length; k++) if (matched[k].pos === pos) return matched[k];
  return null;
}

/** Closed-class words ("send them back", "up to") and adjectival participles ("armed groups") are no event words. */
function notAnEventWord(view: DocView, i: number, length: number, noun: LexiconEntry | null): boolean {
  if (length !== 1) return false;
  const tag = view.doc.pos[i];
  // A closed-class tag is no event word, whatever the dictionary lists.
  const closed = CLOSED_CLASS_TAGS.has(tag ?? '');
  // A participle the tagger reads as an adjective ("the banned movement") describes, not reports.
  const w = view.lower[i];
  const participle = w.endsWith('ed') || w.endsWith('en');
  return closed || (tag === 'JJ' && participle && noun === null);
}

/** The matched entry token i holds, given the noun/verb test; curated entries beat dictionary ones of the same part of speech. */
function chooseEntry(nominal: boolean | null, noun: LexiconEntry | null, verb: LexiconEntry | null): LexiconEntry {
  // `matched` is not empty, so one of the two is set.
  const entry = (nominal === false ? (verb ?? noun) : (noun ?? verb))!;
  for (let k = 0; k < matched.length; k++) if (matched[k].pos === entry.pos && matched[k].curated) return matched[k];
  return entry;
}

/** Every trigger in the sentence, left to right, without overlaps (the longest form wins). */
export function findTriggers(view: DocView, lexicon: EventLexicon, sentence: Sentence): Trigger[] {
  const out: Trigger[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    // Names are not triggers ("Strike Force", "United Russia"): skip forms inside an entity mention and
    // capitalised forms after the first word of the sentence. (Tested before the lexicon lookup, which costs more.)
    if (view.mentionAt[i] >= 0) continue;
    if (i > sentence.tokenStart && view.capital[i] === 1) continue;
    if (!lexicon.firstWordShapes.mayHave(view.lower[i])) continue;
    const candidates = lexicon.byFirstWord.get(view.lower[i]);
    if (candidates === undefined) continue;
    const length = longestForms(view, candidates, i, sentence.tokenEnd);
    if (length === 0) continue;
    const noun = firstOfPos('N');
    if (notAnEventWord(view, i, length, noun)) continue;
    const nominal = looksNominal(view, i);
    // A verb form used as a noun that is no event noun ("over the phone", "the voice of") is no trigger;
    // it still blocks shorter matches, so skip the whole form.
    if (nominal === true && noun === null && !view.lower[i].endsWith('ing')) { i += length - 1; continue; }
    const entry = chooseEntry(nominal, noun, firstOfPos('V'));
    const end = i + length;
    out.push(makeTrigger(view, lexicon, sentence, entry, i, end));
    i = end - 1;
  }
  return out;
}

/** The trigger record, with the code its context selects; marks its tokens in the view. */
function makeTrigger(view: DocView, lexicon: EventLexicon, sentence: Sentence, entry: LexiconEntry, i: number, end: number): Trigger {
  const pattern = entry.pos === 'V' ? matchingPattern(view, lexicon, entry, i, end, sentence) : null;
  const code = pattern !== null ? pattern.code : entry.code;
  for (let k = i; k < end; k++) {
    view.triggerAt[k] = code ? 1 : 2;
    // (Stored on every trigger, so the rare cancelling one takes no path V8 has not seen.)
    view.cancelAt[k] |= entry.cancel ? 1 : 0;
  }
  return { tokenStart: i, tokenEnd: end, entry, pos: entry.pos, code, patterned: pattern !== null };
}
