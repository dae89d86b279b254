/*
 * "called" that reports no speech: a cue that only names ("a company called Cambridge Analytica"), that
 * convenes ("called an emergency cabinet meeting") or that telephones ("Obama called both candidates Tuesday
 * night"). The speech scope drops all three (stage.ts isSpeech), the attribution scope the telephone calls.
 */
import type { QuoteContext } from './context.js';
import { WEEKDAYS } from './cue-edges.js';

const NAMING = new Set(['called', 'named', 'dubbed']);
const INDEFINITE = new Set(['a', 'an', 'another']);
const DEMAND = new Set(['on', 'upon', 'for']);
/** Adverbs that make "called" a name's: "officially called", "commonly named" (not "also called", which reports). */
const NAMING_ADVERBS = new Set(['officially', 'formally', 'informally', 'commonly', 'popularly', 'locally', 'aptly', 'fittingly']);
// (the Treebank's `` is two "`" tokens)
const CALLED_AS = new Set(['a', 'an', 'the', '"', '“', '``', '`', "'", '‘']);

/**
 * A cue that only names: "its launcher, called Ares", "a company called Cambridge Analytica", "the so-called
 * tax extenders". After a comma or an indefinite noun phrase, "called" names unless what follows says what
 * something was called: "Phil Gramm, McCain's adviser, called it a “mental recession”", "A senator called Cruz a
 * liar" report. "The senator called …" and "Trump called …" always may.
 */
export function onlyNames(ctx: QuoteContext, start: number, end: number): boolean {
  // "the region officially called the “Self-Administration Area …”": naming adverbs name whatever comes before
  if (end - start === 2 && NAMING_ADVERBS.has(ctx.lower[start]) && NAMING.has(ctx.lower[start + 1]) && !DEMAND.has(ctx.lower[end] ?? '')) return true;
  if (end - start !== 1 || !NAMING.has(ctx.lower[start])) return false;
  // "Peter Welch, called on Hayward to resign", "called for a boycott": a demand
  if (DEMAND.has(ctx.lower[end] ?? '')) return false;
  const before = ctx.lower[start - 1] ?? '';
  if (before === 'so' || before === 'so-') return true;
  if (before === ',' || before === '-') return !calledSomething(ctx, end);
  // "a company called", "a newly formed super PAC called": an indefinite article a few words back, with only
  // the words of its noun phrase between
  for (let k = start - 1; k >= Math.max(0, start - 6); k--) {
    if (INDEFINITE.has(ctx.lower[k])) return !calledSomething(ctx, end);
    if (!/^(NN|JJ|VBN|VBG|RB)/.test(ctx.pos[k] ?? '')) return false;
  }
  return false;
}

/**
 * Whether "called" goes on to say what something was called: an article or an opening quotation mark as the
 * second to fourth word after it ("called it [a] …", "called the decision [a] “curious choice”", "called Cruz
 * [a] liar"). A name alone ("called the Deepwater Horizon blew up", "called Corexit 9500A, was") is a naming.
 */
function calledSomething(ctx: QuoteContext, from: number): boolean {
  for (let k = from + 1; k <= from + 3 && k < ctx.tokens.length; k++) if (CALLED_AS.has(ctx.lower[k])) return true;
  return false;
}

const CALL = new Set(['call', 'calls', 'called', 'calling']);
/** Words that open the object: an article, or "snap" and "early" ("called snap elections"); not a possessive ("called her vote a mistake"). */
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'another', 'snap', 'early']);
/** What one calls by convening or ordering it, not by saying something: "called an emergency cabinet meeting". */
const CONVENED = new Set([
  'meeting', 'meetings', 'session', 'sessions', 'summit', 'conference', 'election', 'elections', 'referendum', 'vote',
  'ceasefire', 'cease-fire', 'truce', 'strike', 'strikes', 'halt', 'shots', 'hearing', 'hearings', 'recess', 'timeout',
  'time-out', 'poll', 'primary', 'caucus', 'assembly', 'congress',
]);

/**
 * A cue that convenes or orders rather than says: "Theresa May has called an emergency cabinet meeting", "called
 * the elections early", "called a unilateral ceasefire", "calls the shots". The cue ends in a form of "call" and
 * its object, right after it, is an article and at most three modifiers before such a noun, with no second
 * object after it ("called the vote a sham" reports).
 */
export function convenes(ctx: QuoteContext, start: number, end: number): boolean {
  if (end <= start || !CALL.has(ctx.lower[end - 1])) return false;
  if (!OBJECT_OPENERS.has(ctx.lower[end] ?? '')) return false;
  for (let k = end + 1; k <= end + 4 && k < ctx.tokens.length; k++) {
    // "called the vote a sham" says what the vote was
    if (CONVENED.has(ctx.lower[k])) return !CALLED_AS.has(ctx.lower[k + 1] ?? '');
    if (!/^(NN|JJ|VBN|VBG|CD)/.test(ctx.pos[k] ?? '') && ctx.lower[k] !== '-') return false;
  }
  return false;
}

const PHONED = new Set(['called', 'calls', 'call', 'phoned']);
const CALLED_PERSON = new Set(['him', 'her', 'them', 'me', 'us']);
/** What follows the one phoned: a purpose ("to congratulate him"), a time ("Tuesday night", "shortly after"), the sentence's end. */
const AFTER_PHONING = new Set(['shortly', 'after', 'back', 'again', 'last', 'this', ...WEEKDAYS, 'yesterday', 'today', 'tonight', '.', ';']);

/**
 * A telephone call, not a report: "Obama called both candidates Tuesday night", "Clinton, who called Sanders
 * shortly after …", "she called Sanders to congratulate him", "Bill Clinton called her to get together". The cue is
 * "called" alone, its object a pronoun or a name (or "both candidates"), and after the object a time, a purpose
 * ("to" and a verb) or the sentence's end; not a second object or a quotation ("called Trump “a psychopath”",
 * "called Mr. Yanukovych, a former …", which say what someone is). On PolNeAR train's held-out tenths 5 of 6
 * such cues (by a rough pattern) were no attribution.
 */
export function phones(ctx: QuoteContext, start: number, end: number): boolean {
  if (end - start !== 1 || !PHONED.has(ctx.lower[start])) return false;
  let k = end;
  if (CALLED_PERSON.has(ctx.lower[k])) k++;
  else if (ctx.lower[k] === 'both' && ctx.lower[k + 1] === 'candidates') k += 2;
  else {
    while (k < ctx.tokens.length && k - end < 3 && ctx.pos[k] === 'NNP') k++;
    if (k === end) return false;
  }
  const next = ctx.lower[k] ?? '.';
  if (next === 'to') return ctx.pos[k + 1] === 'VB';
  // "called Erdoğan on Wednesday", not "called them on it"
  if (next === 'on') return WEEKDAYS.has(ctx.lower[k + 1] ?? '');
  return AFTER_PHONING.has(next);
}
