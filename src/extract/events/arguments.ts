import type { Sentence } from '../../model/layers.js';
import type { DocView, TokenMention } from './doc-view.js';
import { dyadicRules } from './dyadic-rules.js';
import { nounArguments } from './noun-arguments.js';
import type { Trigger } from './triggers.js';
import { verbArguments } from './verb-arguments.js';
import { RELATIVE_PRONOUNS } from './words.js';

/** Who did it and to whom, as mentions (the caller turns them into entity ids). */
export interface Arguments {
  actors: TokenMention[];
  recipients: TokenMention[];
}

/** The trigger's clause: its bounds, and whether it is a relative clause the trigger sits in. */
export interface ClauseOf {
  lo: number;
  hi: number;
  relative: boolean;
}

/** Finds actors and recipients of a trigger with light clause patterns (see docs/events.md). */
export function argumentsOf(view: DocView, s: Sentence, t: Trigger, ploverEvent: string, visit: boolean, partnerOnly = false, mediation = false): Arguments {
  const cid = view.clause[t.tokenStart];
  const lo = view.clauseStart[cid];
  const clause: ClauseOf = { lo, hi: view.clauseEnd[cid], relative: RELATIVE_PRONOUNS.has(view.lower[lo]) && lo < t.tokenStart };
  // Each part is its own function, so V8 compiles (and, after a deopt, recompiles) them apart.
  const found = t.pos === 'N' ? nounArguments(view, s, t, ploverEvent, visit, mediation, clause) : verbArguments(view, s, t, visit, partnerOnly, clause);
  return dyadicRules(view, s, t, ploverEvent, visit, mediation, found, clause);
}
