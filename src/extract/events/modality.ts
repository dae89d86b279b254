import type { Modality } from '../../model/layers.js';
import type { DocView } from './doc-view.js';
import type { Trigger } from './triggers.js';
import { EXPECTED_CUES, FUTURE_CUES, FUTURE_CUES_BEFORE_TO, HYPOTHETICAL_CUES, NEGATING_VERBS, NEGATIONS } from './words.js';

const CUE_WINDOW = 6;

/** Past verbs of saying: after one, "would" is the reported "will" ("Iraq said it would allow …"). */
const PAST_SPEECH = new Set(['said', 'told', 'announced', 'stated', 'declared', 'added', 'warned', 'insisted', 'claimed', 'confirmed', 'noted', 'reported', 'argued', 'promised', 'pledged', 'vowed']);

function reportedAt(view: DocView, i: number): boolean {
  const s = view.sentences[view.sentenceOf[i]];
  for (let k = i - 1; k >= s.tokenStart; k--) if (PAST_SPEECH.has(view.lower[k]) && view.mentionAt[k] < 0) return true;
  return false;
}

function cueAt(view: DocView, i: number): Modality | null {
  const w = view.lower[i];
  if (NEGATIONS.has(w) || NEGATING_VERBS.has(w)) return 'negated';
  // Sequence of tenses: reported "would" is a future seen from the past, not a hypothesis.
  if (w === 'would' && reportedAt(view, i)) return 'future';
  if (HYPOTHETICAL_CUES.has(w)) return 'hypothetical';
  if (EXPECTED_CUES.has(w)) return 'expected';
  if (FUTURE_CUES.has(w)) {
    // "set"/"due"/"ready"/… only announce the future when followed by "to" ("due to travel", "ready to host").
    if (FUTURE_CUES_BEFORE_TO.has(w) && view.lower[i + 1] !== 'to') return null;
    if (w === 'next' || w === 'later') return null;
    return 'future';
  }
  if (w === 'is' || w === 'are') return view.lower[i + 1] === 'to' ? 'future' : null;
  return null;
}

/** Scans back from `from` (exclusive) to `lo` for the modality cue nearest the trigger; negation outranks the rest. */
function scan(view: DocView, lo: number, from: number): Modality | null {
  let nearest: Modality | null = null;
  for (let i = from - 1; i >= lo; i--) {
    const cue = cueAt(view, i);
    if (cue === 'negated') return 'negated';
    if (cue && !nearest) nearest = cue;
  }
  return nearest;
}

/**
 * The modality of a trigger from the words that govern it in its clause: negation ("did not attend",
 * "cancelled the trip"), hypothesis ("would lead to"), expectation ("is widely expected to attack"),
 * future ("will meet", "is due to travel"). A purpose clause ("…, to hold meetings") inherits its governor's.
 */
export function modalityOf(view: DocView, trigger: Trigger, triggers: Trigger[]): Modality {
  const cid = view.clause[trigger.tokenStart];
  const clauseLo = view.clauseStart[cid];
  const lo = Math.max(clauseLo, trigger.tokenStart - CUE_WINDOW);
  // A cancelling verb governing this noun negates it ("Abbas cancelled the trip", "called off the planned visit").
  for (const t of triggers) {
    if (!t.entry.cancel || t.tokenEnd > trigger.tokenStart) continue;
    if (trigger.tokenStart - t.tokenEnd <= 3 && view.clause[t.tokenStart] === cid) return 'negated';
  }
  const own = scan(view, lo, trigger.tokenStart);
  if (own) return own;
  // An infinitive takes the modality of the verb that governs it ("will meet X on Tuesday to discuss …").
  let g = trigger.tokenStart - 1;
  if (g >= 0 && view.lower[g].endsWith('ly')) g--;
  if (g >= 0 && view.lower[g] === 'to') {
    for (let j = g - 1; j >= clauseLo; j--) {
      if (!view.triggerAt[j]) continue;
      const inherited = scan(view, Math.max(clauseLo, j - CUE_WINDOW), j);
      if (inherited) return inherited;
      break;
    }
  }
  // Purpose and participle clauses ("…, to hold meetings with …") inherit the modality of the clause before.
  const first = view.lower[clauseLo];
  const dependent = first === 'to' || (view.isSeparator[clauseLo] && clauseLo + 1 < view.lower.length && view.lower[clauseLo + 1] === 'to');
  if (dependent && cid > 0) {
    let prev = cid - 1;
    while (prev > 0 && view.isSeparator[view.clauseStart[prev]]) prev--;
    const pLo = view.clauseStart[prev];
    if (view.sentenceOf[pLo] === view.sentenceOf[trigger.tokenStart]) {
      const inherited = scan(view, pLo, view.clauseEnd[prev]);
      if (inherited && inherited !== 'negated') return inherited;
    }
  }
  return 'asserted';
}
