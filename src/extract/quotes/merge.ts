import type { RawQuote } from './assemble.js';
import { overlaps, within } from './token-ranges.js';

/** Whether some part of one quote's content overlaps some part of the other's. */
export const sharesContent = (a: RawQuote, b: RawQuote) => a.content.some((x) => b.content.some((y) => overlaps(x, y)));

/**
 * Two quotes clash when they are the same attribution seen twice: their cues overlap, or their contents
 * overlap while neither cue sits inside the other's content (a reported report — "X said that Y hopes …,
 * RIA reported" — is two attributions, nested, and both stay).
 */
function clash(a: RawQuote, b: RawQuote): boolean {
  if (a.cue && b.cue && overlaps(a.cue, b.cue)) return true;
  if (!sharesContent(a, b)) return false;
  // Contents that open on the same token are one quotation, even when one side swallowed the other's cue.
  if (a.content[0].tokenStart === b.content[0].tokenStart) return true;
  return !within(a.cue, b.content) && !within(b.cue, a.content);
}

/**
 * Joins the tagger's quotes and the direct-quote rules' quotes. A rule quote replaces the tagger quotes it
 * overlaps when `prefer` is 'rules', and otherwise only fills what the tagger left out.
 */
export function mergeQuotes(model: RawQuote[], rules: RawQuote[], prefer: 'rules' | 'model'): RawQuote[] {
  const out = [...model];
  const fromRules = new Set<RawQuote>();
  for (const r of rules) {
    const clashing = out.filter((m) => clash(m, r));
    // Earlier rules win over later ones; the tagger yields to rules only when asked to.
    if (clashing.some((m) => fromRules.has(m)) || (clashing.length && prefer === 'model')) continue;
    fromRules.add(r);
    for (const m of clashing) out.splice(out.indexOf(m), 1);
    out.push(r);
  }
  return out.sort((a, b) => a.content[0].tokenStart - b.content[0].tokenStart);
}

/**
 * Quotes of rules that read a whole layout (a dash-signed testimonial, a transcript turn) replace every
 * quote that shares content or cue with them: inside such a layout nothing else is an attribution of its
 * own, and the tagger's reading of the same words (a bare quotation, a cue inside the turn) is wrong.
 */
export function overrideWith(quotes: readonly RawQuote[], sure: readonly RawQuote[]): RawQuote[] {
  if (!sure.length) return [...quotes];
  const kept = quotes.filter((q) => !sure.some((s) => sharesContent(s, q) || (q.cue !== null && s.content.some((c) => overlaps(c, q.cue!)))));
  return [...kept, ...sure].sort((a, b) => a.content[0].tokenStart - b.content[0].tokenStart);
}
