import type { EventRecord } from '../../model/layers.js';

/** An event under construction, with what the merge step needs to know about its trigger. */
export interface DraftEvent {
  record: EventRecord;
  /**
   * The sentence window it was coded in (see sentence-windows.ts): its sentence, unless that was cut. Merging
   * compares within a window, so an overlong sentence's events are not all compared with each other.
   */
  window: number;
  /** The trigger is a definite noun ("the trip") that may name an event already coded in the sentence. */
  anaphoric: boolean;
  /** A background mention (participle, purpose infinitive, subordinate clause, see salience.ts). */
  background: boolean;
  /** The text dates the event within its own clause. */
  ownDate: boolean;
}

const MODALITY_RANK = { negated: 4, hypothetical: 3, expected: 2, future: 1, asserted: 0 } as const;

/**
 * Folds a later mention of the same event in a sentence into the first one ("Putin spoke with Abbas over the
 * phone, discussing …"; "The visit was meant to take place in November, but Abbas cancelled the trip").
 * The first keeps its trigger; it takes the other's text date, place and stronger modality (negation wins).
 */
export function mergeCoreferent(events: DraftEvent[]): DraftEvent[] {
  const out: DraftEvent[] = [];
  // The kept events of each sentence (window), in order: a mention is only compared with its own sentence's.
  const bySentence = new Map<number, DraftEvent[]>();
  for (const ev of events) {
    let kept = bySentence.get(ev.window);
    if (!kept) bySentence.set(ev.window, (kept = []));
    const target = firstCoreferent(kept, ev);
    if (!target) { out.push(ev); kept.push(ev); continue; }
    const a = target.record;
    const b = ev.record;
    if (!ev.background) target.background = false;
    if (ev.ownDate) target.ownDate = true;
    if (a.dateFrom === 'published' && b.dateFrom === 'text') { a.date = b.date; a.dateFrom = 'text'; a.precision = b.precision; }
    if (!a.place && b.place) a.place = b.place;
    if (MODALITY_RANK[b.modality] > MODALITY_RANK[a.modality]) a.modality = b.modality;
    for (const x of b.actors) if (!a.actors.includes(x) && !a.recipients.includes(x)) a.actors.push(x);
    for (const x of b.recipients) if (!a.actors.includes(x) && !a.recipients.includes(x)) a.recipients.push(x);
  }
  return out;
}

function firstCoreferent(kept: DraftEvent[], ev: DraftEvent): DraftEvent | null {
  for (let k = 0; k < kept.length; k++) if (kept[k].record.event === ev.record.event && compatible(kept[k], ev)) return kept[k];
  return null;
}

/**
 * b can be a second mention of a: same date (or none of its own), and b names no participant that a does not
 * (or a has none yet and b is a definite mention).
 */
function compatible(da: DraftEvent, db: DraftEvent): boolean {
  const a = da.record;
  const b = db.record;
  if (b.dateFrom === 'text' && a.dateFrom === 'text' && b.date !== a.date) return false;
  // Only a definite mention ("the trip") may lend its participants to a bare earlier one ("the visit").
  if (!a.actors.length && !a.recipients.length) return db.anaphoric;
  if (!b.actors.length && !b.recipients.length) return true;
  const known = new Set([...a.actors, ...a.recipients]);
  return [...b.actors, ...b.recipients].every((x) => known.has(x));
}
