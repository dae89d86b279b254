/**
 * Which mention at a token can be a party to an event: a name that can act or receive, not a modifier inside a
 * compound, and not a bracketed name that only restates the name before it.
 */
import type { DocView, TokenMention } from './doc-view.js';

const ACTOR_TYPES = new Set(['PER', 'ORG', 'GPE', 'NORP']);
const RECIPIENT_TYPES = new Set(['PER', 'ORG', 'GPE', 'NORP', 'LOC']);

/** A group the recognizer calls MISC but the entities stage ties to a country ("Bosnian Serbs") can act too. */
export function canAct(m: TokenMention): boolean {
  return ACTOR_TYPES.has(m.type) || (m.type === 'MISC' && !!m.country);
}

export function canReceive(m: TokenMention): boolean {
  return RECIPIENT_TYPES.has(m.type) || (m.type === 'MISC' && !!m.country);
}

export function mentionAt(view: DocView, i: number): TokenMention | null {
  const k = view.mentionAt[i];
  return k >= 0 ? view.mentions[k] : null;
}

/**
 * A name that can be a participant: not a modifier inside a compound ("the Israel-Hamas war"). A bracketed name
 * that restates the name before it gives nothing in a left-to-right scan (the name was met first) and the name it
 * restates in a right-to-left one (see restatedName). (The direction is a constant string at every call: a cheap
 * test, which V8 can fold where it inlines this.)
 */
export function partyAt(view: DocView, i: number, direction: 'forwards' | 'backwards'): TokenMention | null {
  const m = mentionAt(view, i);
  if (!m || m.partial) return null;
  const named = restatedName(view, m);
  if (!named) return m;
  return direction === 'backwards' ? named : null;
}

/**
 * "the Serbian Workers' Union (SSS)", "the force in Lebanon (UNIFIL)": a bracketed name right after a name
 * restates what comes before it; it is no party of its own. Scanning forwards the name was met first; scanning
 * backwards (a subject before its verb) the name stands where the bracket stands.
 */
function restatedName(view: DocView, m: TokenMention): TokenMention | null {
  // (Reads stay inside the array: an out-of-bounds read deoptimises the compiled function.)
  if (m.tokenStart === 0 || m.tokenEnd >= view.lower.length || view.lower[m.tokenStart - 1] !== '(' || view.lower[m.tokenEnd] !== ')') return null;
  const named = mentionAt(view, m.tokenStart - 2);
  return named && !named.partial ? named : null;
}
