/**
 * Polls as sources: "Kasich was at 25 percent support in the most recent Fox poll", "In an NBC News/Wall
 * Street Journal poll released Monday, 50 percent of respondents chose Clinton". PolNeAR marks these as
 * attributions with the cue "in", the poll as source and the finding as content (66 in train), and the tagger
 * finds few of them: "in" was the commonest cue it missed. This rule reads the two shapes PolNeAR uses:
 *
 * - fronted: "In <poll>[ …], <finding>." — the finding runs from the comma to the sentence's end;
 * - postposed: "<finding> in <poll>[ …]." — the finding is the clause before "in", from the sentence's start
 *   or a conjunction after a comma ("…, although Rubio moved from third to second in a survey"); only a poll
 *   its pollster names, since PolNeAR leaves most of "in the polls" unmarked.
 *
 * The poll is the noun phrase after "in" whose head is "poll(s)" or "survey(s)", with a participle phrase
 * such as "released Monday" after it. A finding with a comma of its own inside is left alone. On train the
 * rule finds 22 attributions, 13 of them PolNeAR's; only the attribution scope keeps them (stage.ts).
 */
import type { RawQuote } from './assemble.js';
import { beforeSentenceEnd } from './clause-marks.js';
import type { QuoteContext } from './context.js';
import { holdsVerb } from './verb-tags.js';
import type { RoleSpan } from './tagger.js';
import { overlaps } from './token-ranges.js';
import { MAX_WINDOW_TOKENS } from '../../text/sentence-windows.js';

const POLLS = new Set(['poll', 'polls', 'survey', 'surveys']);
/** Participles that open a phrase the poll's source keeps: "released Monday", "conducted March 11-13". */
const POLL_PARTICIPLES = new Set(['released', 'conducted', 'taken', 'published']);
const MAX_PARTICIPLE_PHRASE = 4;
/** Most words a fronted poll's participle phrase runs on to its comma ("conducted by the New York Times and ABC News"). */
const MAX_FRONTED_PHRASE = 10;
/** Words after a comma that open the clause a postposed poll reports: "…, although Rubio moved …". */
const CLAUSE_OPENERS = new Set(['although', 'while', 'but', 'and', 'whereas', 'though']);

const role = (r: RoleSpan['role'], tokenStart: number, tokenEnd: number): RoleSpan => ({ role: r, tokenStart, tokenEnd });

/** The poll noun phrase that starts at `from`: [start, end) of its tokens, or null when its head is no poll. */
function pollPhrase(ctx: QuoteContext, from: number, limit: number): number | null {
  if (ctx.chunks[from] !== 'B-NP') return null;
  let end = from + 1;
  // "a Washington Post/ABC News poll": the slash splits the chunk, not the name; so does a possessive ("May's … poll")
  // or a capital word the chunker starts a new chunk at ("USA TODAY/Suffolk University Poll")
  const capital = (k: number) => /^\p{Lu}/u.test(ctx.tokens[k].text);
  const joins = (k: number) => ctx.chunks[k] === 'I-NP' || (ctx.chunks[k] === 'B-NP' && (ctx.pos[k] === 'POS' || (capital(k) && capital(k - 1))));
  while (end < limit && (joins(end) || (ctx.lower[end] === '/' && end + 1 < limit && ctx.chunks[end + 1].endsWith('NP')))) end += ctx.lower[end] === '/' ? 2 : 1;
  if (!POLLS.has(ctx.lower[end - 1])) return null;
  if (end < limit && POLL_PARTICIPLES.has(ctx.lower[end])) {
    let p = end + 1;
    while (p < limit && p - end <= MAX_PARTICIPLE_PHRASE && /^[\p{L}\p{N}-]/u.test(ctx.lower[p]) && ctx.lower[p] !== 'in' && ctx.lower[p] !== 'by') p++;
    end = p;
  }
  return end;
}

/** A poll an article or determiner introduces and a proper name qualifies: "a CNN national poll", "the latest Fox poll". */
function namedPoll(ctx: QuoteContext, from: number, to: number): boolean {
  if (!['a', 'an', 'the'].includes(ctx.lower[from])) return false;
  for (let i = from + 1; i < to; i++) if (ctx.pos[i] === 'NNP' || ctx.pos[i] === 'NNPS') return true;
  return false;
}

function holdsParticiple(ctx: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (POLL_PARTICIPLES.has(ctx.lower[i])) return true;
  return false;
}

function hasComma(ctx: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.lower[i] === ',' || ctx.lower[i] === ';') return true;
  return false;
}

/** The poll attributions of the document, in order. */
export function pollAttributions(ctx: QuoteContext): RawQuote[] {
  const out: RawQuote[] = [];
  for (let s = 0; s < ctx.sentences.length; s++) {
    const { tokenStart, tokenEnd } = ctx.sentences[s];
    const end = beforeSentenceEnd(ctx, tokenEnd, tokenStart);
    for (let i = tokenStart; i < end - 1; i++) {
      if (ctx.lower[i] !== 'in') continue;
      const sourceEnd = pollPhrase(ctx, i + 1, end);
      if (sourceEnd === null) continue;
      const source = role('source', i + 1, sourceEnd);
      const cue = role('cue', i, i + 1);
      if (i === tokenStart) {
        // fronted: the finding follows the first comma after the poll
        let comma = sourceEnd;
        while (comma < end && ctx.lower[comma] !== ',') comma++;
        // "In a poll conducted by the New York Times and ABC News, …": a participle phrase runs to the comma
        const byParticiple = comma - sourceEnd <= MAX_FRONTED_PHRASE && holdsParticiple(ctx, i + 1, sourceEnd);
        if (byParticiple) source.tokenEnd = comma;
        if (comma + 1 < end && (comma - sourceEnd <= MAX_PARTICIPLE_PHRASE || byParticiple)) out.push({ source, cue, content: [role('content', comma + 1, end)], sentence: s });
        continue;
      }
      // postposed: only a poll named by its pollster ("in a Washington Post-ABC News poll"); PolNeAR leaves most
      // of "in the polls", "in national polls" unmarked (19 of 87 in train)
      if (!namedPoll(ctx, i + 1, sourceEnd)) continue;
      // "78 percent of voters in a recent CBS News poll said …": the poll qualifies the subject of a clause
      // that goes on, and PolNeAR reads that clause differently
      const next = ctx.pos[sourceEnd] ?? '';
      if (next.startsWith('VB') || next === 'MD') continue;
      // The clause runs from the sentence's start: in a "sentence" longer than a window (a scraped list with no
      // full stop) it is no clause, and reading back that far for every poll in it would be quadratic.
      if (i - tokenStart > MAX_WINDOW_TOKENS) continue;
      let start = tokenStart;
      for (let k = i - 1; k > tokenStart; k--) {
        if (ctx.lower[k - 1] === ',' && CLAUSE_OPENERS.has(ctx.lower[k])) { start = k + 1; break; }
      }
      // "In March, Cruz had 38 percent support in a Fox poll": after a fronted phrase, the clause after its comma
      if (hasComma(ctx, start, i)) {
        let k = i - 1;
        while (k > start && ctx.lower[k] !== ',' && ctx.lower[k] !== ';') k--;
        if (ctx.lower[k] === ',' && ctx.chunks[k + 1] === 'B-NP' && holdsVerb(ctx, k + 1, i) && !hasComma(ctx, start, k)) start = k + 1;
      }
      if (start < i && !hasComma(ctx, start, i)) out.push({ source, cue, content: [role('content', start, i)], sentence: s });
    }
  }
  return out;
}

const PERCENT = new Set(['percent', '%', 'per', 'cent']);
/** Who answers a poll: "voters in both parties", "three of four Americans", "likely voters". */
const RESPONDENTS = new Set(['voters', 'respondents', 'americans', 'adults', 'democrats', 'republicans', 'independents', 'people', 'those', 'supporters']);

/**
 * "In a CNN/ORC International Poll the same month, 38 percent of voters said Mr. Clinton should …": PolNeAR
 * marks the fronted poll as the attribution and leaves the respondents' "said" inside its finding unmarked (10
 * of the 11 fronted polls with a percentage in train; 7 of them had been lost to the "said"). The kept quotes
 * whose cue lies in a fronted poll's finding and whose source is its respondents ("38 percent of voters",
 * "60 percent", "three of four Americans", "voters in both parties") or the poll itself give way to it.
 */
export function yieldToFrontedPolls(ctx: QuoteContext, kept: readonly RawQuote[], polls: readonly RawQuote[]): readonly RawQuote[] {
  // a fronted poll opens its sentence, so there is at most one per sentence, and a quote asks only its cue's
  const frontedIn = new Map<number, RawQuote>();
  for (const p of polls) if (p.cue!.tokenStart === ctx.sentences[p.sentence].tokenStart) frontedIn.set(p.sentence, p);
  if (!frontedIn.size) return kept;
  const share = (r: RoleSpan) => {
    for (let i = r.tokenStart; i < r.tokenEnd; i++) if (PERCENT.has(ctx.lower[i]) || RESPONDENTS.has(ctx.lower[i]) || ctx.pos[i] === 'CD') return true;
    return false;
  };
  // (the tagger sometimes reads the poll itself as the respondents' source: "In a … poll, 75 percent of
  // Republicans said …" with the source "a … poll")
  const yields = (q: RawQuote) => {
    const p = q.cue ? frontedIn.get(ctx.sentenceOf[q.cue.tokenStart]) : undefined;
    if (!p || !q.cue || !q.source) return false;
    const finding = p.content[0];
    if (q.cue.tokenStart < finding.tokenStart || q.cue.tokenEnd > finding.tokenEnd) return false;
    const ownSource = q.source.tokenStart >= finding.tokenStart && share(q.source);
    return ownSource || overlaps(q.source, p.source!);
  };
  return kept.filter((q) => !yields(q));
}
