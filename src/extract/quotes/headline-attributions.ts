import type { RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';
import { layoutQuote } from './layout-quote.js';

/*
 * News headlines attribute with a colon: "Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’
 * Clinton Camp." / "Poll: Clinton and Trump in dead heat heading into first debate." PolNeAR marks the name
 * before the colon as the source, the colon as the cue and the rest of the headline as the content (a
 * closing full stop left out, the quotation's own stop kept). Only the first paragraph of an article is its
 * headline, and only a name-like label makes an attribution: not "The Latest: …", "BYLINE: …", "On Trade,
 * Angry Voters Have Point: …" or "Netanyahu and Obama: …".
 */

/** Longest headline, in tokens (PolNeAR's are at most about 25). */
const MAX_HEADLINE = 30;
/** Longest label read as a source ("McCain Challenger Kelli Ward", "Former AG Mukasey at RNC"). */
const MAX_LABEL = 6;
/** Parts of speech of a name-like label: nouns, possessives, adjectives ("Former"), abbreviation dots. */
const LABEL_POS = new Set(['NNP', 'NNPS', 'NN', 'NNS', 'POS', 'JJ', '.']);
const DASHES = new Set(['–', '—', '―', '-', '--']);
const CLOSING = new Set(['”', '"', "''", '’', "'"]);
/** A headline kicker in capitals ("BYLINE", "BOOM", "FIX IS IN") is a section label, not a speaker. */
const isShouted = (w: string) => /^[\p{Lu}\p{P}]{4,}$/u.test(w);
/**
 * Kickers in title case say what kind of item follows, not who speaks: "Wow: …", "Breaking: …", "Revealed:
 * …", "Delegate Update: …", "Paid Notice: …", "Monday's Morning Email: …". Read on the label's last word.
 * ("Poll:", "Report:" and "WSJ editorial:" name a source and stay.)
 */
const KICKERS = new Set(['wow', 'look', 'watch', 'listen', 'revealed', 'breaking', 'bombshell', 'busted', 'boom', 'exclusive', 'update', 'updates', 'notice', 'email', 'newsletter', 'daily', 'briefing', 'video', 'photos', 'developing', 'confirmed', 'shocking', 'explainer', 'recap', 'live']);

/**
 * `isPlace(start, end)` tells whether the label's character span is a place name: a dateline ("Gaza: …")
 * is not a speaker.
 */
export function headlineAttributions(ctx: QuoteContext, isPlace: (start: number, end: number) => boolean = () => false): RawQuote[] {
  if (ctx.paragraphs.length < 2) return [];
  const [ps, pe] = ctx.paragraphs[0];
  // A headline is one short line above the story, not a lead paragraph ("Gaza: Israeli strikes killed 40
  // people on Tuesday, the health ministry said, …").
  if (pe - ps > MAX_HEADLINE || ctx.sentenceOf[ps] !== ctx.sentenceOf[pe - 1]) return [];
  let colon = ps;
  while (colon < pe && colon - ps <= MAX_LABEL + 2 && ctx.lower[colon] !== ':') colon++;
  if (colon >= pe || ctx.lower[colon] !== ':' || colon === ps) return [];
  // "EXCLUSIVE – Roger Stone: …": the kicker before a dash is not part of the name.
  let first = ps;
  for (let i = ps; i < colon; i++) if (DASHES.has(ctx.lower[i])) first = i + 1;
  if (first >= colon || colon - first > MAX_LABEL || ctx.lower[first] === 'the') return [];
  if (!/^\p{Lu}/u.test(ctx.tokens[first].text)) return [];
  for (let i = first; i < colon; i++) {
    if (!LABEL_POS.has(ctx.pos[i]) || isShouted(ctx.tokens[i].text)) return [];
  }
  if (KICKERS.has(ctx.lower[colon - 1]) || isPlace(ctx.tokens[first].start, ctx.tokens[colon - 1].end)) return [];
  // The content runs to the end of the headline or to a semicolon that starts another headline clause.
  let end = colon + 1;
  while (end < pe && ctx.lower[end] !== ';') end++;
  if (end - 1 > colon + 1 && ctx.lower[end - 1] === '.' && !CLOSING.has(ctx.lower[end - 2])) end--;
  if (end - colon < 3) return [];
  return [layoutQuote(ctx, first, colon, colon, colon + 1, end)];
}
