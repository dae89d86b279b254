import type { RawQuote } from './assemble.js';
import { beforeSentenceEnd, CLAUSE_CLOSERS, SENTENCE_END } from './clause-marks.js';
import type { QuoteContext } from './context.js';
import { holdsVerb } from './verb-tags.js';
import { isReportingVerb } from './cue-lexicon.js';
import { extentOf } from './quote-extent.js';
import type { RoleSpan } from './tagger.js';
import { partitionPoint } from '../../text/partition-point.js';
import { MAX_WINDOW_TOKENS } from '../../text/sentence-windows.js';
import { overlaps, type TokenRange } from './token-ranges.js';

/*
 * A cue the tagger found but gave no content: the tagger labels each token once, so in a reported report
 * ("Clinton had told police officials that …, the source added"; "The Times wrote that Trump had claimed …")
 * the inner attribution takes the tokens and the outer cue is left with nothing. PolNeAR annotates the outer
 * content as the whole inner attribution. Likewise a postposed attribution whose reported clause the tagger
 * left untagged ("Six million American jobs depend on exports to Mexico, one slide says."), a parenthetical
 * attribution whose sentence runs around it ("Time, Mr. Pence added, was on their side."), and a cue that
 * introduces a block quotation in the next paragraph ("Limbaugh added:").
 */

/** Tokens that may stand between a cue (with its source) and the attribution it reports. */
const JOINERS = new Set([',', 'that', ':']);

/** Most words after a postposed cue before its sentence ends ("said last week"). */
const MAX_TAIL = 3;
/** Most words between a cue and the "that" of its clause ("told the debate audience that"). */
const MAX_GAP = 8;

function hasPunctuation(ctx: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/[\p{L}\p{N}]/u.test(ctx.lower[i])) return true;
  return false;
}

const content = (tokenStart: number, tokenEnd: number): RoleSpan => ({ role: 'content', tokenStart, tokenEnd });

/** Whether every token in [from, to) is one of `allowed`. */
function only(ctx: QuoteContext, from: number, to: number, allowed: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if (!allowed.has(ctx.lower[i])) return false;
  return true;
}

/** Longest parenthetical attribution, source and cue, in tokens ("RNC Chief of Staff Katie Walsh explained"). */
const MAX_PARENTHESIS = 10;

/** Whether the cue holds a reporting verb of the lexicon ("added", "noted", "might recall"). */
function reports(ctx: QuoteContext, cue: RoleSpan): boolean {
  for (let i = cue.tokenStart; i < cue.tokenEnd; i++) if (isReportingVerb(ctx.cue[i])) return true;
  return false;
}

/** Whether another attribution has a cue or content in the sentence. */
function claimed(quotes: readonly RawQuote[], orphan: RawQuote, sentence: TokenRange): boolean {
  for (const q of quotes) {
    if (q === orphan) continue;
    if (q.cue !== null && overlaps(q.cue, sentence)) return true;
    for (const c of q.content) if (overlaps(c, sentence)) return true;
  }
  return false;
}

/** The index of the paragraph (token ranges, in order, not overlapping) holding token `at`, or -1. */
function paragraphAt(paragraphs: readonly [number, number][], at: number): number {
  const k = partitionPoint(paragraphs.length, (i) => paragraphs[i][1] <= at);
  return k < paragraphs.length && paragraphs[k][0] <= at ? k : -1;
}

/** Whether the sentence goes on, right after the cue and a comma, with another attribution's participle cue ("…, Spicer said, adding, …"; adding-clauses.ts). */
function handsOn(ctx: QuoteContext, end: number, sentenceQuotes: readonly RawQuote[]): boolean {
  return ctx.lower[end] === ',' && sentenceQuotes.some((q) => q.cue !== null && q.cue.tokenStart === end + 1 && ctx.lower[end + 1].endsWith('ing'));
}

/**
 * The content of an orphan cue: the next paragraph when the cue ends its paragraph with a colon; for a
 * postposed attribution closing its sentence after a comma, the sentence up to that comma; otherwise the
 * attribution that follows the cue in its sentence, right after it or after a few words and "that"; for a
 * parenthetical attribution between commas, the two parts of its sentence around it.
 */
function contentFor(ctx: QuoteContext, orphan: RawQuote, quotes: readonly RawQuote[], sentenceQuotes: readonly RawQuote[]): RoleSpan | RoleSpan[] | null {
  const own = extentOf(orphan, false);
  const sentence = ctx.sentences[ctx.sentenceOf[orphan.cue!.tokenStart]];
  // "Limbaugh added:" closing its paragraph introduces the next paragraph, a block quotation.
  const colon = ctx.lower[own.end - 1] === ':' ? own.end - 1 : ctx.lower[own.end] === ':' ? own.end : -1;
  const paragraph = paragraphAt(ctx.paragraphs, own.start);
  if (colon >= 0 && paragraph >= 0 && colon === ctx.paragraphs[paragraph][1] - 1 && paragraph + 1 < ctx.paragraphs.length) {
    const [ns, ne] = ctx.paragraphs[paragraph + 1];
    return content(ns, ne);
  }
  // Postposed: "<clause>, the source added." — the clause runs from the sentence start to the comma.
  // A few words may follow the cue: "…, officials said Tuesday." / "…, he said last week."
  let tail = own.end;
  while (tail < sentence.tokenEnd && tail - own.end < MAX_TAIL && /^[\p{L}\p{N}]/u.test(ctx.lower[tail])) tail++;
  // Or the sentence goes on with another attribution's participle ("…, Spicer said, adding, …"), when what
  // stands before is a clause ("The next day, the prime minister replied, saying …" reports no "The next day").
  const closes = only(ctx, tail, sentence.tokenEnd, SENTENCE_END);
  // (the verb looked for within a window's length before the comma, so that a sentence of thousands of such
  // attributions is not read again for each)
  const handing = !closes && handsOn(ctx, own.end, sentenceQuotes) && holdsVerb(ctx, Math.max(sentence.tokenStart, own.start - 1 - MAX_WINDOW_TOKENS), own.start - 1);
  if (own.start - 1 > sentence.tokenStart && CLAUSE_CLOSERS.has(ctx.lower[own.start - 1]) && (closes || handing)) {
    const end = ctx.lower[own.start - 1] === ',' ? own.start - 1 : own.start;
    if (end > sentence.tokenStart) return content(sentence.tokenStart, end);
  }
  // Parenthetical: "Time, Mr. Pence added, was on their side." — the sentence around the attribution, in two
  // parts, when nothing else in the sentence is an attribution.
  if (own.start - 1 > sentence.tokenStart && ctx.lower[own.start - 1] === ',' && ctx.lower[tail] === ',' && tail - own.start <= MAX_PARENTHESIS && reports(ctx, orphan.cue!) && !claimed(quotes, orphan, sentence)) {
    const end = beforeSentenceEnd(ctx, sentence.tokenEnd, tail + 1);
    if (end > tail + 1) return [content(sentence.tokenStart, own.start - 1), content(tail + 1, end)];
  }
  // Preposed: "The Times wrote that <Trump had claimed …>" — an attribution right after the cue.
  for (const q of sentenceQuotes) {
    if (q === orphan || !q.cue || !q.content.length || ctx.sentenceOf[q.cue.tokenStart] !== ctx.sentenceOf[orphan.cue!.tokenStart]) continue;
    const inner = extentOf(q, true);
    if (inner.start < own.end) continue;
    const adjacent = inner.start - own.end <= 1 && only(ctx, own.end, inner.start, JOINERS);
    // "said during a rally in Michigan that <Clinton once described …>": a few words, then "that".
    const thatClause = inner.start - own.end <= MAX_GAP && (ctx.lower[inner.start] === 'that' || ctx.lower[inner.start - 1] === 'that') && !hasPunctuation(ctx, own.end, inner.start);
    if (adjacent || thatClause) {
      // The "that" before the inner attribution joins the content, unless the cue already holds it ("said
      // Tuesday morning that <according to …>"): a token is the cue's or the content's, never both.
      const from = inner.start - 1 >= own.end && ctx.lower[inner.start - 1] === 'that' ? inner.start - 1 : inner.start;
      return content(from, inner.end);
    }
  }
  return null;
}

/** Gives each quote that has a cue and no content the content its sentence implies, when there is one. */
export function fillOrphanCues(ctx: QuoteContext, quotes: RawQuote[]): void {
  const orphans = quotes.filter((q) => q.cue && q.content.length === 0);
  // The quotes with a cue, by the cue's sentence (in their order): an orphan looks for the attribution after
  // it among its own sentence's only, and in a sentence of more than MAX_WINDOW_TOKENS tokens (a scraped list
  // with no full stop; no news sentence comes near) among those of its window, so that a text of thousands
  // of cues is not quadratic.
  const windowOf = (cue: RoleSpan) => {
    const s = ctx.sentenceOf[cue.tokenStart];
    return s * 2 ** 26 + Math.floor((cue.tokenStart - ctx.sentences[s].tokenStart) / MAX_WINDOW_TOKENS);
  };
  const byWindow = new Map<number, RawQuote[]>();
  for (const q of quotes) {
    if (!q.cue) continue;
    const w = windowOf(q.cue);
    const list = byWindow.get(w);
    if (list) list.push(q);
    else byWindow.set(w, [q]);
  }
  for (const q of orphans) {
    const c = contentFor(ctx, q, quotes, byWindow.get(windowOf(q.cue!)) ?? []);
    if (c) q.content.push(...(Array.isArray(c) ? c : [c]));
  }
}
