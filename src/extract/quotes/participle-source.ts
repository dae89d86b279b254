/**
 * A source for a kept quote whose cue is a participle and that has none: "Trump took a risk by winking at
 * Jewish stereotypes, telling the crowd, …", "Ayotte has tangled with Trump once directly, saying she was …".
 * The tagger leaves many such quotes without a source because the speaker is the main clause's subject, far
 * from the cue; PolNeAR marks that subject. Over the ten held-out tenths of train the noun phrase opening
 * the cue's sentence was exactly the gold source for 73 of 154 such quotes (47 %; any addition pays when more
 * than about 35 % are right), while for other cues it was right far less often (94 of 520), so only
 * participle cues get it. Attribution scope only; see docs/quotes-and-claims.md.
 */
import type { RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';

/** Sentence openers that are not a speaker: expletives, demonstratives, time phrases read as noun phrases. */
const NOT_SPEAKERS = new Set(['there', 'it', 'this', 'that', 'one', 'late', 'early', 'back']);

/**
 * Gives each sourceless quote with a participle cue ("saying", "telling", "calling") the noun-phrase chunk
 * that opens the cue's sentence, when that chunk ends before the cue and no kept quote's role holds any of
 * its tokens (several quotes may get the same one). `skip` marks quotes whose roles a layout rule read (they stay as they are). Returns how many
 * sources were added.
 */
export function addParticipleSources(ctx: QuoteContext, raw: RawQuote[], skip: (q: RawQuote) => boolean): number {
  const held = new Uint8Array(ctx.tokens.length);
  for (const q of raw) {
    for (const s of [q.source, q.cue, ...q.content]) {
      if (s) for (let t = s.tokenStart; t < s.tokenEnd; t++) held[t] = 1;
    }
  }
  let added = 0;
  for (const q of raw) {
    if (q.source || !q.cue || skip(q)) continue;
    const c = q.cue.tokenStart;
    const word = ctx.lower[c];
    if (!word.endsWith('ing')) continue;
    const start = ctx.sentences[ctx.sentenceOf[c]].tokenStart;
    if (start >= c || ctx.chunks[start] !== 'B-NP') continue;
    let end = start + 1;
    while (end < ctx.tokens.length && ctx.chunks[end] === 'I-NP') end++;
    if (end > c) continue;
    if (NOT_SPEAKERS.has(ctx.lower[start])) continue;
    // An all-capitals opener is a dateline ("LA CROSSE") or a headline, not the clause's subject.
    const text = ctx.text.slice(ctx.tokens[start].start, ctx.tokens[end - 1].end);
    if (/[A-Z]/.test(text) && text === text.toUpperCase()) continue;
    let free = true;
    for (let t = start; t < end; t++) if (held[t]) free = false;
    if (!free) continue;
    // Not marked held: two participles of one clause ("calling …, vowing …") share its subject.
    q.source = { role: 'source', tokenStart: start, tokenEnd: end };
    added++;
  }
  return added;
}
