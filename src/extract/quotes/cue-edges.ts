import type { RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';
import type { CueLexicon } from './cue-lexicon.js';
import { overlaps } from './token-ranges.js';

/*
 * Boundary rules for the tagger's cues: each is a PolNeAR convention that train gold follows in a clear
 * majority and that the tagger sometimes misses. `eval/quotes/cue-edge-rates.ts` measures a rule on train
 * gold (first annotator file of each article, what the evaluation scores): it "fits" where a gold cue is
 * what the rule makes of that cue with one token more at either end, and "hurts" where it would change a
 * gold cue. Rates are in each rule's comment; candidates that fitted no clear majority (a weekday after
 * "said": 47 %) or changed nothing on the held-out folds are listed in that script and left out.
 * PolNeAR's annotators differ on several edges (one includes "said Friday" 13 times in 16, another 2 in 25),
 * so most remaining boundary errors are coin flips no rule can win.
 */

/** A cue as a token range `[start, end)`. */
export interface EdgeSpan { start: number; end: number }

/** A rule: the cue it makes of `span`, or null when it does not apply. */
export type EdgeRule = (ctx: QuoteContext, lexicon: CueLexicon, span: EdgeSpan) => EdgeSpan | null;

/*
 * PolNeAR ends a "say" cue at the verb: "he [said] of the prospect …", "[said] to the nominee", "[wrote]
 * in a memo". Only after a finite form of say, write or recall: "adds to the drama", "a note about" and
 * "had nothing to say about" are other constructions (and "respond to", "talk about" keep their
 * preposition in PolNeAR). Train: fits 314, hurts 29 (92 %).
 */
const SAY = new Set(['say', 'write', 'recall']);
/** A finite verb ("said", "says"), not "to say about" or "a note about". */
const FINITE = new Set(['VBD', 'VBZ', 'VBP']);
const PREPOSITIONS = new Set(['of', 'about', 'to', 'in', 'on', 'at']);

export const sayPreposition: EdgeRule = (ctx, lexicon, { start, end }) => {
  const last = end - 1;
  if (end - start < 2) return null;
  if (!PREPOSITIONS.has(ctx.lower[last]) || !SAY.has(lexicon.lemma.get(ctx.lower[last - 1]) ?? '') || !FINITE.has(ctx.pos[last - 1])) return null;
  return { start, end: last };
};

/*
 * A possessive 's belongs to its owner, the source, not to the cue it stands before: "Trump's [suggestion]
 * that …", "North Korea's [claims about]". The part-of-speech tag tells the possessive (POS) from "'s" as
 * "is" or "has" ("he's [said]"). Train: fits 432, hurts 52 (89 %).
 */
export const possessiveStart: EdgeRule = (ctx, _lexicon, { start, end }) =>
  end - start >= 2 && ctx.pos[start] === 'POS' ? { start: start + 1, end } : null;

/*
 * The agent of a passive cue is its source, and "by" stays out of the cue: "[has been repeatedly
 * criticized] by many Wall Street players", "[was seen] by some as a demotion". Train: fits 141, hurts 48
 * (75 %; "endorsed by" and "reported by" are the usual exceptions).
 */
export const passiveBy: EdgeRule = (ctx, _lexicon, { start, end }) =>
  end - start >= 2 && ctx.lower[end - 1] === 'by' && ctx.pos[end - 2] === 'VBN' ? { start, end: end - 1 } : null;

/** The weekdays in lower case, as the cue rules read a weekday after a cue ("said Tuesday"). */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const POSSESSIVE_S = new Set(["'s", '’s']);

/**
 * A weekday with a possessive after it names the day of something else, not when the cue happened: "Pepper
 * [called] Friday's decision a huge win". Train: fits 6, hurts 0.
 */
export const weekdayPossessive: EdgeRule = (ctx, _lexicon, { start, end }) =>
  end - start >= 2 && WEEKDAYS.has(ctx.lower[end - 1]) && end < ctx.lower.length && POSSESSIVE_S.has(ctx.lower[end]) ? { start, end: end - 1 } : null;

/*
 * The "as" after a participle cue belongs to it: "[is being criticized as] a use-it-or-lose-it approach",
 * "[has been mentioned as] a potential Treasury secretary", "what analysts [described as] …". Train: fits 56,
 * hurts 34 (62 %: short of a clear majority, but it gained 0 and 2 exact cues on the held-out folds `tune`
 * and `tune:5`, and 2 cues and 2 contents on dev; "described as" alone goes the other way, 2 in 10). The tagger
 * mostly gives the "as" to the content, so the rule only helps with the move in `trimCueEdges`.
 */
export const participleAs: EdgeRule = (ctx, _lexicon, { start, end }) =>
  end < ctx.lower.length && ctx.pos[end - 1] === 'VBN' && ctx.lower[end] === 'as' ? { start, end: end + 1 } : null;

/*
 * A say verb is never followed by a common noun inside its cue: "Benny Murdani [said] warnings about an extremist
 * threat … do not mean" had the cue "said warnings about", so its content lost its subject. The noun opens the
 * reported clause, which takes the words back. Train: no gold cue is "said"/"says" and a common noun (of 399
 * that go on past the verb: "said in", "said Tuesday", "said pleasantly", …).
 */
const COMMON_NOUN = new Set(['NN', 'NNS']);
export const sayNoun: EdgeRule = (ctx, lexicon, { start, end }) =>
  end - start >= 2 && lexicon.lemma.get(ctx.lower[start]) === 'say' && FINITE.has(ctx.pos[start]) && COMMON_NOUN.has(ctx.pos[start + 1]) ? { start, end: start + 1 } : null;

/** The rules `trimCueEdges` applies, in order. */
export const EDGE_RULES: Readonly<Record<string, EdgeRule>> = { sayPreposition, possessiveStart, passiveBy, weekdayPossessive, participleAs, sayNoun };

/** Applies the boundary rules to each quote's cue (some trim it, `participleAs` widens it). */
export function trimCueEdges(ctx: QuoteContext, lexicon: CueLexicon, quotes: readonly RawQuote[]): void {
  for (const q of quotes) {
    const cue = q.cue;
    if (!cue) continue;
    let span: EdgeSpan = { start: cue.tokenStart, end: cue.tokenEnd };
    for (const rule of Object.values(EDGE_RULES)) span = rule(ctx, lexicon, span) ?? span;
    if (span.start === cue.tokenStart && span.end === cue.tokenEnd) continue;
    // A cue widened at its end may take the first token of a content fragment ("described [as a …]"): the
    // token moves from the content to the cue. Any other overlap (a source, a whole fragment) keeps the cue.
    const widened = { tokenStart: span.start, tokenEnd: span.end };
    if (q.source && overlaps(q.source, widened)) continue;
    const overlapped = q.content.filter((p) => overlaps(p, widened));
    if (overlapped.some((p) => span.end !== cue.tokenEnd + 1 || p.tokenStart !== cue.tokenEnd || p.tokenEnd - p.tokenStart < 2)) continue;
    q.content = q.content.map((p) => (overlapped.includes(p) ? { ...p, tokenStart: span.end } : p));
    // A cue cut short before the content it ran into ("[said warnings about] an extremist threat") gives the
    // words back to that content.
    if (span.end < cue.tokenEnd && span.start === cue.tokenStart && ctx.pos[span.end] && COMMON_NOUN.has(ctx.pos[span.end])) {
      q.content = q.content.map((p) => (p.tokenStart === cue.tokenEnd ? { ...p, tokenStart: span.end } : p));
    }
    q.cue = { ...cue, tokenStart: span.start, tokenEnd: span.end };
  }
}
