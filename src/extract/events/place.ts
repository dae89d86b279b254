import type { DocView, TokenMention } from './doc-view.js';
import type { Arguments } from './arguments.js';
import type { Trigger } from './triggers.js';
import { PLACE_PREPS } from './words.js';

const PLACE_WINDOW = 14;
const PLACE_TYPES = new Set(['GPE', 'LOC']);
const VISIT_PREPS = new Set(['to', 'for']);

/** Is token i inside one of the event's actor or recipient mentions? */
function inArguments(args: Arguments, i: number): boolean {
  for (let k = 0; k < args.actors.length; k++) if (args.actors[k].tokenStart <= i && i < args.actors[k].tokenEnd) return true;
  for (let k = 0; k < args.recipients.length; k++) if (args.recipients[k].tokenStart <= i && i < args.recipients[k].tokenEnd) return true;
  return false;
}

/**
 * Where the event happened: a place named after in/at/near (or to, for a visit) that attaches to the event —
 * right after the trigger, after one of its arguments, after a time expression or a verb — and not to another
 * noun ("the war in Gaza" names a topic, not the place of the talks).
 */
export function placeOf(view: DocView, t: Trigger, args: Arguments, visit: boolean): TokenMention | null {
  const cid = view.clause[t.tokenStart];
  const hi = Math.min(view.clauseEnd[cid], t.tokenEnd + PLACE_WINDOW);
  for (let i = t.tokenEnd; i < hi; i++) {
    const w = view.lower[i];
    if (!PLACE_PREPS.has(w) && !(visit && VISIT_PREPS.has(w))) continue;
    let j = i + 1;
    if (view.lower[j] === 'the') j++;
    const k = view.mentionAt[j];
    if (k < 0) continue;
    const m = view.mentions[k];
    if (!PLACE_TYPES.has(m.type)) continue;
    // What does the preposition attach to? The trigger, an argument, a date, or a verb-like word: the event.
    const before = i - 1;
    const attaches =
      before < t.tokenEnd ||
      inArguments(args, before) ||
      view.timexAt[before] >= 0 ||
      view.mentionAt[before] >= 0 ||
      /(ed|ly)$/.test(view.lower[before]) ||
      view.lower[before] === 'place' || view.lower[before] === 'held';
    if (attaches) return m;
  }
  return null;
}
