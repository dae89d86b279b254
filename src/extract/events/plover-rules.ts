import type { EventRecord } from '../../model/layers.js';

const COOPERATIVE = new Set(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT']);

/**
 * The PLOVER category a coder following the manual would record. Dateline keeps the action itself
 * ("will meet" stays CONSULT with modality `future`), which is more informative; PLOVER instead codes future
 * or expected cooperative actions as AGREE. The manual names CONSULT, SUPPORT, COOPERATE and AID and hesitates
 * over CONCEDE and RETREAT ("not sure whether to include this"); the PLOVER gold records code promised
 * concessions and withdrawals as AGREE too, and so do we. Exports and the scorer apply the rule here.
 */
export function ploverCategory(event: Pick<EventRecord, 'event' | 'modality'>): string {
  if ((event.modality === 'future' || event.modality === 'expected') && COOPERATIVE.has(event.event)) return 'AGREE';
  return event.event;
}

/** PLOVER's quad class of an event type (1 verbal cooperation … 4 material conflict). */
export const PLOVER_QUAD: Readonly<Record<string, number>> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2,
  REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3, SANCTION: 3,
  PROTEST: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};
