import type { Doc } from '../../model/doc.js';
import type { Claim, ClaimQualifier, Entity, Quote, Timex } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import type { ClaimLexicon } from './lexicon.js';
import { lowerWords } from '../../text/lower-words.js';
import { partitionPoint } from '../../text/partition-point.js';
import { sentenceWindows } from '../../text/sentence-windows.js';
import { readNumber, type NumberMention } from './numbers.js';

/** How far (tokens) a toll noun before the number may stand: "the death toll … now stood at almost 39,900". */
const BEFORE_REACH = 25;
const AFTER_FILLERS = 4;

interface Found {
  num: NumberMention;
  kind: string;
  qualifier: ClaimQualifier;
  qualifierStart: number;
}

type DocView = Pick<Doc, 'text' | 'tokens' | 'sentences' | 'pos' | 'entities' | 'timexes' | 'quotes' | 'anchorDate'>;

/**
 * Finds reported counts: a number (digits, words or "dozens") tied to a count word of a claim kind, either
 * after it ("92,000 injured", "40,000 people killed") or before it ("the death toll … nears 40,000",
 * "killing 12"), with the qualifier in front ("almost", "more than"). Numbers inside time expressions are
 * dates, not counts. Then: the source is the speaker of the quote whose content holds the number, the
 * as-of date the date governing that statement, and `about` the place the sentence is about.
 */
export function findClaims(doc: DocView, lex: ClaimLexicon): Claim[] {
  const { tokens } = doc;
  // An overlong sentence is read in windows, and each number looks only at the places, dates and reporting
  // quotes of its window (found by binary search), so a scraped list of counts stays linear.
  const { windows: sentences, sentenceOf } = sentenceWindows(doc.sentences, tokens);
  const timexes = byStart(doc.timexes, (t) => t.start);
  const reporting = byStart(doc.quotes.filter((q) => q.cue !== null), (q) => q.cue![0]);
  const holders = contentIndex(doc.quotes);
  const lower = lowerWords(tokens);
  const inTimex = markTimexTokens(doc);
  const claims: Claim[] = [];
  const places = placeMentions(doc.entities);
  // When a sentence names no place, the count is about the place of the previous count, or else the
  // place the article names most.
  let lastAbout: string | null = mostMentionedPlace(doc.entities);
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s];
    const end = sent.tokenEnd;
    for (let i = sent.tokenStart; i < end; i++) {
      if (inTimex[i]) continue;
      const num = readNumber(lower, i, end, lex);
      if (!num) continue;
      const found = classify(lower, doc.pos, num, sent.tokenStart, end, inTimex, lex);
      i = num.tokenEnd - 1;
      if (!found) continue;
      const span: Span = [tokens[found.qualifierStart].start, tokens[num.tokenEnd - 1].end];
      const quote = quoteHolding(holders, span) ?? quoteReporting(reporting, span, sent.start, sent.end);
      // "22.5 million refugees worldwide": a count of the whole world is about no one place (and does not
      // become the place of the next count)
      const worldwide = countsTheWorld(doc.text, span[1], sent.end);
      const about: string | null = worldwide ? null : aboutPlace(doc, places, sent.start, sent.end, span, quote) ?? lastAbout;
      if (!worldwide) lastAbout = about;
      claims.push({
        kind: found.kind,
        value: num.value,
        qualifier: found.qualifier,
        about,
        source: quote?.speaker ?? null,
        asOf: asOfDate(doc, timexes, sent.start, sent.end, quote, span),
        span,
        text: doc.text.slice(span[0], span[1]),
        sourceSpan: quote?.source ?? null,
        sentence: sentenceOf[s],
      });
    }
  }
  return claims;
}

const WORLDWIDE = /\b(?:worldwide|globally|around the (?:world|globe)|across the (?:world|globe)|in the world)\b/i;
/** How far after a count its clause is read for "worldwide". */
const WORLD_REACH = 80;

/** Whether the clause right after the count says it counts the whole world. */
function countsTheWorld(text: string, from: number, sentEnd: number): boolean {
  const rest = text.slice(from, Math.min(sentEnd, from + WORLD_REACH));
  // "killed 56 people in Mexico and has been carried around the world": the world is the virus's, not the count's
  const clause = rest.split(/[,;:]|\s(?:and|but|while)\s/, 1)[0];
  return WORLDWIDE.test(clause);
}

/** `items` in order of `start` (a stable sort: items with the same start keep their order), with their starts. */
function byStart<T>(items: readonly T[], start: (item: T) => number): { items: T[]; starts: Float64Array } {
  const sorted = [...items].sort((a, b) => start(a) - start(b));
  return { items: sorted, starts: Float64Array.from(sorted, start) };
}

/** The index of the first of `starts` (ascending) that is at least `at`. */
const firstAtOrAfter = (starts: Float64Array, at: number) => partitionPoint(starts.length, (k) => starts[k] < at);

function mostMentionedPlace(entities: readonly Entity[]): string | null {
  let best: Entity | null = null;
  for (const e of entities) {
    if ((e.type === 'GPE' || e.type === 'LOC') && (!best || e.mentions.length > best.mentions.length)) best = e;
  }
  return best?.id ?? null;
}

function markTimexTokens(doc: DocView): Uint8Array {
  const out = new Uint8Array(doc.tokens.length);
  let t = 0;
  const timexes = [...doc.timexes].sort((a, b) => a.start - b.start);
  for (const x of timexes) {
    while (t > 0 && doc.tokens[t - 1].end > x.start) t--;
    while (t < doc.tokens.length && doc.tokens[t].end <= x.start) t++;
    for (let i = t; i < doc.tokens.length && doc.tokens[i].start < x.end; i++) out[i] = 1;
  }
  return out;
}

/** Words that put a year-like number in time ("in 1918", "since 2009"): the number is a date, not a count. */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'of', 'from', 'by', 'until', 'till', 'before', 'after', 'during', 'between', 'to', 'and']);
/** A lone four-digit number that could be a year. */
const isYearLike = (num: NumberMention, lower: readonly string[]) =>
  num.tokenEnd - num.tokenStart === 1 && /^(1[5-9]|20)\d\d$/.test(lower[num.tokenStart]);

/**
 * Whether the number can be a count at all, whatever word goes with it: not a percentage or a measure
 * ("0.4 %", "5m barrels", "10 times"), not a size ("a nation of 200 million"), not a year ("the 1918
 * pandemic", "in 2009").
 */
function canBeCount(lower: readonly string[], num: NumberMention, qualifierStart: number, sentStart: number, end: number, lex: ClaimLexicon): boolean {
  if (num.tokenEnd < end && lex.units.matchAt(lower, num.tokenEnd, end)) return false;
  // "thousands of jobs", "hundreds of homes": the measure after "of"
  if (num.tokenEnd + 1 < end && lower[num.tokenEnd] === 'of' && lex.units.matchAt(lower, num.tokenEnd + 1, end)) return false;
  // "interrogating detainees 24/7": a phrase of time, no count
  // (pre-tokenized corpora escape the slash: "24\/7")
  const slash = lower[num.tokenEnd] === '\\' ? num.tokenEnd + 1 : num.tokenEnd;
  if (slash < end && lower[slash] === '/') return false;
  // ("cost $5 billion" is money, but "cost 5,000 lives", "cost thousands of lives" a toll)
  const lives = lower[num.tokenEnd] === 'lives' || (lower[num.tokenEnd] === 'of' && lower[num.tokenEnd + 1] === 'lives');
  if (!lives) for (let k = Math.max(sentStart, qualifierStart - 3); k < qualifierStart; k++) if (lex.notCountWords.has(lower[k])) return false;
  // "no one lives alone", "every one of them": "one" after a quantifier is a pronoun
  if (lower[num.tokenStart] === 'one' && num.tokenStart > sentStart && PRONOUN_ONE.has(lower[num.tokenStart - 1])) return false;
  if (isYearLike(num, lower)) {
    if (qualifierStart > sentStart && YEAR_PREPOSITIONS.has(lower[qualifierStart - 1])) return false;
    const next = lower[num.tokenEnd];
    if (next !== undefined && /^\p{Ll}+$/u.test(next) && !lex.fillers.has(next) && !lex.after.matchAt(lower, num.tokenEnd, end)) return false;
  }
  return true;
}

const CONJUNCTIONS = new Set(['and', 'or', 'but']);
/** Words after which "one" is a pronoun, not a count. */
const PRONOUN_ONE = new Set(['no', 'any', 'every', 'each', 'some', 'someone', 'anyone']);

/** How many words may stand between a near count word and the number ("killed just 144"). */
const NEAR_GAP = 1;
/** Penn tags of a word that a number modifies: "two warring camps", "4,800 cases" count those, not people. */
const NOUNISH = new Set(['NN', 'NNS', 'JJ', 'JJR', 'JJS', 'VBG']);

/** Whether a toll phrase ends right before token `e`. */
function tollEndsAt(lower: readonly string[], e: number, sentStart: number, lex: ClaimLexicon): boolean {
  for (let k = Math.max(sentStart, e - 3); k < e; k++) {
    const p = lex.tolls.matchAt(lower, k, e);
    if (p && k + p.words.length === e) return true;
  }
  return false;
}

function classify(lower: readonly string[], pos: readonly string[], num: NumberMention, sentStart: number, end: number, inTimex: Uint8Array, lex: ClaimLexicon): Found | null {
  // Qualifier: the longest qualifier phrase that ends right before the number. A range ("20 to 30") is
  // reported by its lower end, an approximate count of its own.
  let qualifier: ClaimQualifier = num.vague || num.range ? 'approx' : 'exact';
  let qualifierStart = num.tokenStart;
  for (let k = Math.max(sentStart, num.tokenStart - lex.qualifierReach); k < num.tokenStart; k++) {
    const q = lex.qualifiers.matchAt(lower, k, num.tokenStart);
    if (q && k + q.words.length === num.tokenStart) {
      qualifier = q.value;
      qualifierStart = k;
      break;
    }
  }
  if (!canBeCount(lower, num, qualifierStart, sentStart, end, lex)) return null;
  // Money counts only as aid, and aid only as money: "killed a $700 billion rescue plan" is no toll and
  // "21 aid offers" no aid amount.
  const fits = (kind: string) => (kind === 'aid') === (num.currency !== null);
  // Count word after the number, past a few fillers ("40,000 people have been killed").
  let j = num.tokenEnd;
  for (let f = 0; j < end && f <= AFTER_FILLERS; f++, j++) {
    const p = lex.after.matchAt(lower, j, end);
    // "hundreds of dead dolphins and sea turtles": animals, not people
    if (p && lex.animals.has(lower[j + p.words.length] ?? '')) return null;
    if (p && p.words[0] === 'lives' && !livesLost(lower, num, j, qualifierStart, sentStart, lex)) return null;
    if (p) {
      // "12 detainees were wounded", "eight prisoners had died": who they were, then what befell them
      const kind = STATUS_NOUNS.has(lower[j + p.words.length - 1]) ? fateAfter(lower, j + p.words.length, end, lex) ?? p.value : p.value;
      return fits(kind) ? { num, kind, qualifier, qualifierStart } : null;
    }
    if (!lex.fillers.has(lower[j])) break;
  }
  // A count word right before it: "killing 12", "killed at least 33", "claimed the lives of 11".
  for (let k = qualifierStart - 1; k >= sentStart && qualifierStart - k <= NEAR_GAP + 4; k--) {
    const p = lex.before.matchAt(lower, k, qualifierStart);
    // "killed in dozens of airstrikes", "killed by three gunmen": a preposition between makes the number
    // something else's ("the killing of 13 people" is the toll)
    if (p && qualifierStart - (k + p.words.length) === 1 && pos[qualifierStart - 1] === 'IN' && lower[qualifierStart - 1] !== 'of') return null;
    // "Two siblings were killed and two others injured": a conjunction opens the next clause's count
    if (p && qualifierStart - (k + p.words.length) === 1 && CONJUNCTIONS.has(lower[qualifierStart - 1])) return null;
    if (p && qualifierStart - (k + p.words.length) <= NEAR_GAP) {
      // "claimed the lives of several thousand sea otters"
      if (lex.animals.has(lower[num.tokenEnd] ?? '') || lex.animals.has(lower[num.tokenEnd + 1] ?? '')) return null;
      return fits(p.value) ? { num, kind: p.value, qualifier, qualifierStart } : null;
    }
  }
  // A toll noun further back in the same clause-ish stretch (stop at another count or a semicolon), when
  // the number stands alone: "the death toll … stood at almost 39,900", not "… eight or 10 visits".
  const next = num.tokenEnd < end ? num.tokenEnd : -1;
  if (next >= 0 && !inTimex[next] && NOUNISH.has(pos[next] ?? '') && !lex.fillers.has(lower[next])) return null;
  // "a nation of 200 million" is a size; "a toll of 40" is fine.
  if (qualifierStart > sentStart && lower[qualifierStart - 1] === 'of' && !tollEndsAt(lower, qualifierStart - 1, sentStart, lex)) return null;
  for (let k = qualifierStart - 1; k >= sentStart && qualifierStart - k <= BEFORE_REACH; k--) {
    if (lower[k] === ';' || (!inTimex[k] && /^\d/.test(lower[k]))) break;
    const p = lex.tolls.matchAt(lower, k, qualifierStart);
    if (p) return fits(p.value) ? { num, kind: p.value, qualifier, qualifierStart } : null;
  }
  return null;
}

/** Nouns that say who the counted people are, not what befell them (kinds detained, kidnapped, refugees, evacuated). */
const STATUS_NOUNS = new Set(['detainees', 'prisoners', 'hostages', 'captives', 'refugees', 'seekers', 'asylum-seekers', 'evacuees']);
/** Words between such a noun and its verb: "were", "had", "have been", "reportedly". */
const AUXILIARIES = new Set(['were', 'was', 'had', 'have', 'has', 'been', 'also', 'reportedly', 'later', 'all']);
/** What befell them, when the clause goes on to say it: killed, injured or missing. */
const FATES = new Set(['killed', 'injured', 'missing']);

function fateAfter(lower: readonly string[], from: number, end: number, lex: ClaimLexicon): string | null {
  let k = from;
  while (k < end && k - from < 3 && AUXILIARIES.has(lower[k])) k++;
  const p = lex.after.matchAt(lower, k, end);
  return p && FATES.has(p.value) ? p.value : null;
}

/**
 * Whether "lives" at `at` after the count counts lives lost: right after the number or its "of" ("cost 5,000
 * lives", "claimed hundreds of lives"; not "One of them lives down the street"), and with no verb of saving or
 * touching lives within three words before the count ("saved thousands of lives", "threatens millions of lives").
 */
function livesLost(lower: readonly string[], num: NumberMention, at: number, qualifierStart: number, sentStart: number, lex: ClaimLexicon): boolean {
  if (at > num.tokenEnd && !(at === num.tokenEnd + 1 && lower[num.tokenEnd] === 'of')) return false;
  for (let k = qualifierStart - 1; k >= sentStart && qualifierStart - k <= 3; k--) if (lex.livesNotLost.has(lower[k])) return false;
  return true;
}

/** The quotes by where their content starts, each with its place in the layer and the furthest content end so far. */
interface ContentIndex {
  items: Quote[];
  starts: Float64Array;
  /** Index of each item in the quotes layer (ties between equally short contents go to the earlier one). */
  order: Int32Array;
  /** The furthest content end among items 0..k: no item at or before k holds a span ending beyond it. */
  maxEnd: Float64Array;
}

function contentIndex(quotes: readonly Quote[]): ContentIndex {
  const order = Int32Array.from(quotes.keys()).sort((a, b) => quotes[a].content[0] - quotes[b].content[0] || a - b);
  const items = Array.from(order, (k) => quotes[k]);
  const maxEnd = new Float64Array(items.length);
  for (let k = 0; k < items.length; k++) maxEnd[k] = Math.max(k ? maxEnd[k - 1] : -Infinity, items[k].content[1]);
  return { items, starts: Float64Array.from(items, (q) => q.content[0]), order, maxEnd };
}

/**
 * The quote whose content holds the span, the innermost (shortest) when quotes nest. Walks back from the last
 * content that starts at or before the span, and stops where no earlier content reaches the span's end, so a
 * number costs the quotes around it, not every quote of the document.
 */
function quoteHolding(index: ContentIndex, span: Span): Quote | null {
  let best: Quote | null = null;
  let bestOrder = Infinity;
  for (let k = firstAtOrAfter(index.starts, span[0] + 1) - 1; k >= 0 && index.maxEnd[k] >= span[1]; k--) {
    const q = index.items[k];
    if (q.content[0] > span[0] || span[1] > q.content[1]) continue;
    const length = q.content[1] - q.content[0];
    const bestLength = best ? best.content[1] - best.content[0] : Infinity;
    if (length < bestLength || (length === bestLength && index.order[k] < bestOrder)) {
      best = q;
      bestOrder = index.order[k];
    }
  }
  return best;
}

/**
 * The quote whose reported clause runs on to the number: a cue before the number in its sentence and a
 * content that opens before it but was cut short ("the ministry said the death toll in the enclave | since
 * … stood at almost 39,900"). What follows a cue to the sentence end is what the source reports, so the
 * quote is returned with its content reaching the sentence end.
 */
function quoteReporting(withCues: { items: Quote[]; starts: Float64Array }, span: Span, sentStart: number, sentEnd: number): Quote | null {
  let best: Quote | null = null;
  for (let k = firstAtOrAfter(withCues.starts, sentStart); k < withCues.items.length && withCues.starts[k] < span[0]; k++) {
    const q = withCues.items[k];
    if (q.direct || !q.cue || q.cue[0] < sentStart || q.cue[1] > span[0]) continue;
    if (q.content[0] < q.cue[1] || q.content[0] > span[0] || q.content[1] > sentEnd) continue;
    // The nearest cue before the number wins.
    if (!best || q.cue[0] > best.cue![0]) best = q;
  }
  return best ? { ...best, content: [best.content[0], sentEnd] } : null;
}

interface PlaceMention {
  entity: string;
  start: number;
  end: number;
}

function placeMentions(entities: readonly Entity[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const e of entities) {
    if (e.type !== 'GPE' && e.type !== 'LOC') continue;
    for (const m of e.mentions) out.push({ entity: e.id, start: m.start, end: m.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The place a count is about: in the sentence, a place named after "in"/"of" ("the war in Gaza") first,
 * then the place nearest the number; a name glued into a compound ("Israel-Gaza war") or the quote's own
 * speaker does not count. Null when the sentence names no place (the caller carries the previous one on).
 */
/** How far after a count (in characters) its "in <place>" may stand: "36 deaths in Alexandria", "17 soldiers killed in Iraq". */
const RIGHT_AFTER = 30;

function aboutPlace(doc: DocView, places: readonly PlaceMention[], sentStart: number, sentEnd: number, span: Span, quote: Quote | null): string | null {
  let best: PlaceMention | null = null;
  let bestScore = Infinity;
  for (let k = partitionPoint(places.length, (i) => places[i].start < sentStart); k < places.length; k++) {
    const p = places[k];
    if (p.start < sentStart) continue;
    if (p.start >= sentEnd) break;
    if (quote?.speaker === p.entity) continue;
    const before = doc.text[p.start - 1];
    const after = doc.text[p.end];
    if (before === '-' || after === '-') continue;
    const preceding = doc.text.slice(Math.max(sentStart, p.start - 4), p.start).toLowerCase();
    const locative = /\b(in|of)\s$/.test(preceding);
    const distance = p.end <= span[0] ? span[0] - p.end : p.start - span[1];
    // "80 deaths from two hospitals in Cairo, 36 deaths in Alexandria": "in" a place right after the count, in
    // its own clause, is the count's, before a nearer place that closed the clause before it
    const right = locative && p.start >= span[1] && p.start - span[1] <= RIGHT_AFTER && !/[,;]/.test(doc.text.slice(span[1], p.start));
    const score = Math.abs(distance) + (locative ? 0 : 10000) - (right ? 1000 : 0);
    if (score < bestScore) { best = p; bestScore = score; }
  }
  return best?.entity ?? null;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The date of the statement: a full date in the sentence outside the quoted content (the content's own
 * dates — "since … October 7" — are what is talked about, not when it was said), the one nearest the cue;
 * dates after the publication day and dates opening a range ("since", "from") are skipped. Without one,
 * the statement is the article's own and dates from its publication day.
 */
function asOfDate(doc: DocView, timexes: { items: Timex[]; starts: Float64Array }, sentStart: number, sentEnd: number, quote: Quote | null, span: Span): string | null {
  const anchor = quote?.cue ?? quote?.source ?? span;
  let best: Timex | null = null;
  let bestDistance = Infinity;
  for (let k = firstAtOrAfter(timexes.starts, sentStart); k < timexes.items.length && timexes.starts[k] < sentEnd; k++) {
    const t = timexes.items[k];
    if (t.start < sentStart || t.start >= sentEnd) continue;
    if (!FULL_DATE.test(t.value) || t.value > doc.anchorDate) continue;
    if (quote && t.start >= quote.content[0] && t.end <= quote.content[1]) continue;
    const before = doc.text.slice(Math.max(sentStart, t.start - 12), t.start).toLowerCase();
    if (/\b(since|from|until|after)\b/.test(before)) continue;
    const d = t.end <= anchor[0] ? anchor[0] - t.end : t.start - anchor[1];
    if (Math.abs(d) < bestDistance) { best = t; bestDistance = Math.abs(d); }
  }
  return best ? best.value : doc.anchorDate;
}
