import type { Doc } from '../../model/doc.js';
import type { Claim, ClaimQualifier, Entity, Quote, Timex } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import type { ClaimLexicon } from './lexicon.js';
import { readNumber, type NumberMention } from './numbers.js';

/** How far (tokens) a count word before the number may stand: "the death toll … now stood at almost 39,900". */
const BEFORE_REACH = 25;
const AFTER_FILLERS = 4;

interface Found {
  num: NumberMention;
  kind: string;
  qualifier: ClaimQualifier;
  qualifierStart: number;
}

type DocView = Pick<Doc, 'text' | 'tokens' | 'sentences' | 'entities' | 'timexes' | 'quotes' | 'anchorDate'>;

/**
 * Finds reported counts: a number (digits, words or "dozens") tied to a count word of a claim kind, either
 * after it ("92,000 injured", "40,000 people killed") or before it ("the death toll … nears 40,000",
 * "killing 12"), with the qualifier in front ("almost", "more than"). Numbers inside time expressions are
 * dates, not counts. Then: the source is the speaker of the quote whose content holds the number, the
 * as-of date the date governing that statement, and `about` the place the sentence is about.
 */
export function findClaims(doc: DocView, lex: ClaimLexicon): Claim[] {
  const { tokens, sentences, timexes } = doc;
  const lower = tokens.map((t) => t.text.toLowerCase());
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
      const found = classify(lower, num, sent.tokenStart, end, inTimex, lex);
      i = num.tokenEnd - 1;
      if (!found) continue;
      const span: Span = [tokens[found.qualifierStart].start, tokens[num.tokenEnd - 1].end];
      const quote = quoteHolding(doc.quotes, span);
      const about: string | null = aboutPlace(doc, places, sent.start, sent.end, span, quote) ?? lastAbout;
      lastAbout = about;
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
        sentence: s,
      });
    }
  }
  return claims;
}

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

function classify(lower: readonly string[], num: NumberMention, sentStart: number, end: number, inTimex: Uint8Array, lex: ClaimLexicon): Found | null {
  // Qualifier: the longest qualifier phrase that ends right before the number.
  let qualifier: ClaimQualifier = num.vague ? 'approx' : 'exact';
  let qualifierStart = num.tokenStart;
  for (let k = Math.max(sentStart, num.tokenStart - lex.qualifierReach); k < num.tokenStart; k++) {
    const q = lex.qualifiers.matchAt(lower, k, num.tokenStart);
    if (q && k + q.words.length === num.tokenStart) {
      qualifier = q.value;
      qualifierStart = k;
      break;
    }
  }
  // Count word after the number, past a few fillers ("40,000 people have been killed").
  let j = num.tokenEnd;
  for (let f = 0; j < end && f <= AFTER_FILLERS; f++, j++) {
    const p = lex.after.matchAt(lower, j, end);
    if (p) return { num, kind: p.value, qualifier, qualifierStart };
    if (!lex.fillers.has(lower[j])) break;
  }
  // Count word before it, in the same clause-ish stretch: stop at another count or a semicolon.
  for (let k = qualifierStart - 1; k >= sentStart && qualifierStart - k <= BEFORE_REACH; k--) {
    if (lower[k] === ';' || (!inTimex[k] && /^\d/.test(lower[k]))) break;
    const p = lex.before.matchAt(lower, k, qualifierStart);
    if (p) return { num, kind: p.value, qualifier, qualifierStart };
  }
  if (num.currency) {
    // Money near the word aid: "$20 million in aid" is caught above; "aid worth $5m" too. Nothing else.
    return null;
  }
  return null;
}

function quoteHolding(quotes: readonly Quote[], span: Span): Quote | null {
  let best: Quote | null = null;
  for (const q of quotes) {
    if (q.content[0] <= span[0] && span[1] <= q.content[1]) {
      // The innermost (shortest) content wins when quotes nest.
      if (!best || q.content[1] - q.content[0] < best.content[1] - best.content[0]) best = q;
    }
  }
  return best;
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
function aboutPlace(doc: DocView, places: readonly PlaceMention[], sentStart: number, sentEnd: number, span: Span, quote: Quote | null): string | null {
  let best: PlaceMention | null = null;
  let bestScore = Infinity;
  for (const p of places) {
    if (p.start < sentStart) continue;
    if (p.start >= sentEnd) break;
    if (quote?.speaker === p.entity) continue;
    const before = doc.text[p.start - 1];
    const after = doc.text[p.end];
    if (before === '-' || after === '-') continue;
    const preceding = doc.text.slice(Math.max(sentStart, p.start - 4), p.start).toLowerCase();
    const locative = /\b(in|of)\s$/.test(preceding);
    const distance = p.end <= span[0] ? span[0] - p.end : p.start - span[1];
    const score = Math.abs(distance) + (locative ? 0 : 10000);
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
function asOfDate(doc: DocView, timexes: readonly Timex[], sentStart: number, sentEnd: number, quote: Quote | null, span: Span): string | null {
  const anchor = quote?.cue ?? quote?.source ?? span;
  let best: Timex | null = null;
  let bestDistance = Infinity;
  for (const t of timexes) {
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
