import type { RawQuote } from './assemble.js';
import { CLAUSE_CLOSERS, SENTENCE_END } from './clause-marks.js';
import { QuoteState, type QuoteContext } from './context.js';
import { extentOf } from './quote-extent.js';
import type { CueLexicon } from './cue-lexicon.js';
import type { RoleSpan } from './tagger.js';

/*
 * A content for a cue that the tagger left without one and that only a content bonus gave one
 * (extra-cues.ts): the bonus mostly relabels the source, a date or one word as content (out of fold over
 * the ten tenths of train 64 of 509 such fragments were exactly gold, though 46 % of the cues were). What
 * PolNeAR annotates as such a cue's content follows from where the cue stands in its sentence
 * (docs/quotes-and-claims.md, "Contents for contentless cues"):
 *
 * - `before`: a postposed attribution ("<clause>, officials said Tuesday."; "…,” she said") reports the
 *   sentence up to the comma or closing mark before it;
 * - `as`: "<clause>, as some have speculated." reports the clause before the comma;
 * - `relative`: a cue after a relative word ("the policies [which] he once championed", "more than
 *   insiders expected") has that word as its content;
 * - `after`: otherwise the rest of the sentence after the cue (and a source after it), past a comma or a
 *   colon, without the final stop: "Ryan told a news conference they are …".
 */

export type CueContentRule = 'before' | 'as' | 'relative' | 'around' | 'passive' | 'after';

/** Most words after a postposed cue before its sentence ends ("said last week"; with a comma or mark before it, "told a Senate panel Wednesday"). */
const MAX_TAIL = 3;
const MAX_CLOSED_TAIL = 6;
/** Most tokens between a cue and the "that" of its clause ("told the debate audience that", "noted in a guest column in … that"). */
const MAX_GAP = 12;
const RELATIVES = new Set(['which', 'who', 'whom', 'that', 'than']);
const SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it']);
const STOPS = new Set(['.', '!', '?']);
const OPENING = new Set(['“', '"', '‘', '``']);
const isWord = (ctx: QuoteContext, i: number) => /^[\p{L}\p{N}]/u.test(ctx.lower[i]);

const content = (tokenStart: number, tokenEnd: number): RoleSpan => ({ role: 'content', tokenStart, tokenEnd, lowMargin: true, marginLevel: 0 });

/** The end of a clause that runs to its sentence end `end`: before the final stop, and before closing marks unless the clause opened a quotation. */
function clauseEnd(ctx: QuoteContext, from: number, end: number): number {
  while (end > from && STOPS.has(ctx.lower[end - 1])) end--;
  if (end > from && ctx.quote[end - 1] !== QuoteState.Outside) {
    for (let i = from; i < end - 1; i++) if (OPENING.has(ctx.lower[i])) return end;
  }
  while (end > from && SENTENCE_END.has(ctx.lower[end - 1])) end--;
  return end;
}

/** The first token after the cue of what it reports: past an addressee or a phrase before "that", a short phrase before a comma, commas and colons. */
function reportStart(ctx: QuoteContext, lexicon: CueLexicon, cue: RoleSpan, from: number, end: number): number {
  // "noted in a guest column … that …", "told the Times that …": the clause opens on "that"
  let tell = false;
  for (let i = cue.tokenStart; i < cue.tokenEnd; i++) if (lexicon.takesAddressee(ctx.lower[i])) tell = true;
  if (tell || ctx.pos[from] === 'IN') {
    for (let i = from; i < Math.min(end, from + MAX_GAP) && isWord(ctx, i); i++) {
      if (ctx.lower[i] === 'that' && i > from) return i;
      // "told a news conference they are …": the addressee ends where the reported clause's subject begins
      if (tell && i > from && SUBJECTS.has(ctx.lower[i])) return i;
    }
  }
  // "as The Times reported on Saturday, he has …"
  let i = from;
  while (i < end && i - from < MAX_TAIL && isWord(ctx, i)) i++;
  if (i > from && ctx.lower[i] === ',' && !tell) from = i;
  while (from < end && (ctx.lower[from] === ',' || ctx.lower[from] === ':')) from++;
  return from;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);

/**
 * Whether the cue is a participle that reports its noun: a passive ("donors are mentioned") or a participle
 * with its agent after it ("the policies once championed by …"). A bare participle is too often a past
 * tense the tagger of parts of speech took for one ("a Reuters/Ipsos poll found").
 */
function passive(ctx: QuoteContext, cue: RoleSpan): boolean {
  let last = cue.tokenEnd - 1;
  while (last > cue.tokenStart && !ctx.pos[last].startsWith('VB')) last--;
  if (ctx.pos[last] !== 'VBN') return false;
  for (let i = cue.tokenStart; i < last; i++) if (BE.has(ctx.lower[i])) return true;
  return ctx.lower[cue.tokenEnd] === 'by';
}

/** Where a clause that runs on ends: before ", which …" or a comma and a participle (", meaning …", ", reflecting …"). */
function clauseCut(ctx: QuoteContext, from: number, end: number): number {
  for (let i = from + 1; i + 1 < end; i++) if (ctx.lower[i] === ',' && (ctx.lower[i + 1] === 'which' || ctx.pos[i + 1] === 'VBG')) return i;
  return end;
}

/** The content its sentence implies for a quote's cue (with its source), or null when none is clear; may drop the source (a passive's noun). */
export function cueContent(ctx: QuoteContext, lexicon: CueLexicon, q: RawQuote): { content: RoleSpan[]; rule: CueContentRule; dropSource?: boolean } | null {
  if (!q.cue) return null;
  const cue = q.cue;
  const own = extentOf(q, false);
  const sentence = ctx.sentences[ctx.sentenceOf[cue.tokenStart]];
  const s0 = sentence.tokenStart;
  const s1 = sentence.tokenEnd;
  const before = own.start > s0 ? ctx.lower[own.start - 1] : '';
  const closed = own.start - 1 > s0 && CLAUSE_CLOSERS.has(before);
  let tail = own.end;
  while (tail < s1 && tail - own.end < (closed ? MAX_CLOSED_TAIL : MAX_TAIL) && isWord(ctx, tail)) tail++;
  let rest = s1;
  while (rest > tail && SENTENCE_END.has(ctx.lower[rest - 1])) rest--;
  // "the centrist policies once championed by …": the noun before the participle is what it reports
  if (q.source && q.source.tokenEnd === cue.tokenStart && passive(ctx, cue)) return { content: [content(q.source.tokenStart, q.source.tokenEnd)], rule: 'passive', dropSource: true };
  const according = ctx.lower[cue.tokenStart] === 'according';
  if (rest === tail || (according && closed && before === ',')) {
    if (closed) return { content: [content(s0, before === ',' ? own.start - 1 : own.start)], rule: 'before' };
    if (own.start - 2 > s0 && before === 'as' && ctx.lower[own.start - 2] === ',') return { content: [content(s0, own.start - 2)], rule: 'as' };
    if (own.start > s0 && RELATIVES.has(before)) return { content: [content(own.start - 1, own.start)], rule: 'relative' };
    return null;
  }
  // "What really got under her skin, she said, was a question …": the sentence around the attribution
  if (before === ',' && own.start - 1 > s0 && ctx.lower[tail] === ',' && tail + 1 < rest) {
    const end = clauseEnd(ctx, tail + 1, s1);
    if (end > tail + 1) return { content: [content(s0, own.start - 1), content(tail + 1, end)], rule: 'around' };
  }
  const from = reportStart(ctx, lexicon, cue, own.end, s1);
  const end = clauseCut(ctx, from, clauseEnd(ctx, from, s1));
  return end > from ? { content: [content(from, end)], rule: 'after' } : null;
}
