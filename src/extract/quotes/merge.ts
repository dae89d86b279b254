import type { RawQuote } from './assemble.js';
import type { RoleSpan } from './tagger.js';

const overlaps = (a: RoleSpan, b: RoleSpan) => a.tokenStart < b.tokenEnd && b.tokenStart < a.tokenEnd;

function parts(q: RawQuote): RoleSpan[] {
  return [...q.content, ...(q.cue ? [q.cue] : []), ...(q.source ? [q.source] : [])];
}

/**
 * Joins the tagger's quotes and the direct-quote rules' quotes. A rule quote replaces the tagger quotes it
 * overlaps when `prefer` is 'rules', and otherwise only fills what the tagger left out.
 */
export function mergeQuotes(model: RawQuote[], rules: RawQuote[], prefer: 'rules' | 'model'): RawQuote[] {
  const out = [...model];
  for (const r of rules) {
    const rp = parts(r);
    const clashing = out.filter((m) => parts(m).some((p) => rp.some((x) => overlaps(p, x))));
    if (clashing.length && prefer === 'model') continue;
    for (const m of clashing) out.splice(out.indexOf(m), 1);
    out.push(r);
  }
  return out.sort((a, b) => a.content[0].tokenStart - b.content[0].tokenStart);
}
