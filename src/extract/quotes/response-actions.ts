/**
 * Deeds, not words. "responded with rubber bullets", "replied with brutal repression", "responded by dismissing
 * his entire government": a response in deeds; and "a virus which claims the lives of 1,300 children daily"
 * kills rather than claims. A cue that is a form of "respond", "reply" or "react" followed
 * by "with" or "by" reports no speech unless what follows is a quotation. (Found in the Guardian's Syria
 * coverage, where "Rebel groups responded with a wave of artillery bombardment" took a death toll from the
 * attribution that named its source.)
 */
import type { QuoteContext } from './context.js';
import { QUOTE_MARKS } from './boundary-choice.js';
import { isReportingVerb } from './cue-lexicon.js';

const RESPOND = /^(respond|responds|responded|responding|reply|replies|replied|replying|react|reacts|reacted|reacting)$/;

/** The cue `[start, end)` answers in deeds: its first word responds and a later one is "with" or "by" ("responded by dismissing"), and the content at `contentStart` is no quotation. */
export function respondsInDeed(ctx: QuoteContext, start: number, end: number, contentStart: number): boolean {
  if (end - start < 2 || !RESPOND.test(ctx.lower[start])) return false;
  let deed = false;
  for (let i = start + 1; i < end; i++) {
    if (ctx.lower[i] === 'with' || ctx.lower[i] === 'by') deed = true;
    // "responded by saying", "responded with an editor's note saying": words after all
    else if (deed && isReportingVerb(ctx.cue[i])) return false;
  }
  return deed && !QUOTE_MARKS.has(ctx.lower[contentStart] ?? '');
}

const CLAIM = /^(claim|claims|claimed|claiming)$/;

/** A form of "claim" whose content is "(the) lives (of)": "claims the lives of an estimated 1,300 children". */
export function claimsLives(ctx: QuoteContext, cueEnd: number, contentStart: number): boolean {
  if (!CLAIM.test(ctx.lower[cueEnd - 1] ?? '')) return false;
  const first = ctx.lower[contentStart] === 'the' ? contentStart + 1 : contentStart;
  return ctx.lower[first] === 'lives';
}
