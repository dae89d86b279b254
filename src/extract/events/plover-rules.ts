import type { EventRecord } from '../../model/layers.js';

const COOPERATIVE = new Set(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT']);
const CONFLICTUAL = new Set(['SANCTION', 'COERCE', 'ASSAULT', 'PROTEST', 'MOBILIZE']);

/**
 * The PLOVER category a coder following the manual would record. Dateline keeps the action itself
 * ("will meet" stays CONSULT with modality `future`), which is more informative; PLOVER instead codes future
 * or expected cooperative actions as AGREE. The manual names CONSULT, SUPPORT, COOPERATE and AID and hesitates
 * over CONCEDE and RETREAT ("not sure whether to include this"); the PLOVER gold records code promised
 * concessions and withdrawals as AGREE too, and so do we. Likewise an announced coercive action is a THREATEN
 * and a negated cooperative one a REJECT. Exports and the scorer apply these rules here.
 */
export function ploverCategory(event: Pick<EventRecord, 'event' | 'modality'>): string {
  if ((event.modality === 'future' || event.modality === 'expected') && COOPERATIVE.has(event.event)) return 'AGREE';
  // An actor announcing its own coercive or violent action ("will boycott", "would blockade Paris") threatens;
  // an expectation by others ("Iran is widely expected to attack") stays the action itself.
  if (event.modality === 'future' && CONFLICTUAL.has(event.event)) return 'THREATEN';
  // Declining to cooperate ("will not accept refugees", "did not attend", "cancelled the trip") rejects.
  if (event.modality === 'negated' && COOPERATIVE.has(event.event)) return 'REJECT';
  return event.event;
}

/** PLOVER's quad class of an event type (1 verbal cooperation … 4 material conflict). */
export const PLOVER_QUAD: Readonly<Record<string, number>> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2,
  REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3, SANCTION: 3,
  PROTEST: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};
