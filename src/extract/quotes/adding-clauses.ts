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

const ADDING = new Set(['adding']);
const AFTER_ADDING = new Set([',', ':']);

/** The spans with each content that opens on "adding" after a cue split into that cue and the rest. */
export function splitAddingClauses(ctx: QuoteContext, spans: readonly RoleSpan[]): RoleSpan[] {
  const out: RoleSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const previous = out[out.length - 1];
    const i = s.tokenStart;
    if (s.role !== 'content' || !ADDING.has(ctx.lower[i]) || !previous || previous.role !== 'cue' || previous.tokenEnd !== i - 1 || ctx.lower[i - 1] !== ',') {
      out.push(s);
      continue;
    }
    let from = i + 1;
    if (from < s.tokenEnd && AFTER_ADDING.has(ctx.lower[from])) from++;
    out.push({ role: 'cue', tokenStart: i, tokenEnd: i + 1 });
    if (from < s.tokenEnd) out.push({ ...s, tokenStart: from });
  }
  return out;
}
