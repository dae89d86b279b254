import type { QuoteContext } from './context.js';
import type { RoleSpan } from './tagger.js';

/*
 * "Ryan and Trump will meet sometime next week, Spicer said, adding, "They need to sit down …"" holds two
 * attributions: "said" reports the clause before it and "adding" what follows. The tagger often reads
 * "adding …" as the content of "said" and leaves the clause before the source untagged; PolNeAR marks
 * "adding" as a cue of its own after "said" (30 of 32 times in train). When a content opens on "adding"
 * right after a cue and its comma, "adding" becomes a cue and the content starts after it (and after its
 * comma or colon); the cue before it, left without content, then takes the clause before it
 * (orphan-cues.ts, the postposed case).
 */

const AFTER_ADDING = new Set([',', ':']);

/** Whether span k is a content that opens on "adding" right after a cue and its comma (the span before it). */
function opensOnAdding(ctx: QuoteContext, spans: readonly RoleSpan[], k: number): boolean {
  const s = spans[k];
  const previous = spans[k - 1];
  const i = s.tokenStart;
  return s.role === 'content' && ctx.lower[i] === 'adding' && previous !== undefined && previous.role === 'cue' && previous.tokenEnd === i - 1 && ctx.lower[i - 1] === ',';
}

/** The spans with each content that opens on "adding" after a cue split into that cue and the rest (the same list when none does). */
export function splitAddingClauses(ctx: QuoteContext, spans: readonly RoleSpan[]): readonly RoleSpan[] {
  let k = 0;
  while (k < spans.length && !opensOnAdding(ctx, spans, k)) k++;
  if (k === spans.length) return spans;
  const out = spans.slice(0, k);
  for (; k < spans.length; k++) {
    const s = spans[k];
    if (!opensOnAdding(ctx, spans, k)) {
      out.push(s);
      continue;
    }
    const i = s.tokenStart;
    let from = i + 1;
    if (from < s.tokenEnd && AFTER_ADDING.has(ctx.lower[from])) from++;
    out.push({ role: 'cue', tokenStart: i, tokenEnd: i + 1 });
    if (from < s.tokenEnd) out.push({ ...s, tokenStart: from });
  }
  return out;
}
