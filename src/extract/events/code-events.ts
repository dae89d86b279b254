import type { Doc } from '../../model/doc.js';
import type { EventRecord, Sentence } from '../../model/layers.js';
import { argumentsOf, type Arguments } from './arguments.js';
import { buildDocView, type DocView, type TokenMention } from './doc-view.js';
import { dateOf } from './event-date.js';
import type { EventLexicon } from './lexicon.js';
import type { CameoCode } from './lexicon-types.js';
import { mergeCoreferent, type DraftEvent } from './merge.js';
import { coderCameo } from './cameo-rules.js';
import { modalityOf } from './modality.js';
import { isObligation } from './obligation.js';
import { placeOf } from './place.js';
import { addresseeBefore, speakerOf } from './reported-speech.js';
import { isBackground } from './salience.js';
import { findTriggers, type Trigger } from './triggers.js';
import { lowerWordOrHyphen } from './word-tests.js';
import { HALTING_VERBS, LIGHT_VERBS, TOPIC_PREPS } from './words.js';

const PEACEKEEPING_CODE = '074';
const HALT_NEGOTIATIONS = '164';
const HALT_MEDIATION = '165';

/** A halting verb governs this event noun ("ended mediation efforts", "suspended the talks with …"). */
function haltedBy(view: DocView, t: Trigger): boolean {
  const lo = view.clauseStart[view.clause[t.tokenStart]];
  for (let i = t.tokenStart - 1, k = 0; i >= lo && k < 4; i--, k++) {
    if (HALTING_VERBS.has(view.lower[i])) return true;
    if (view.mentionAt[i] >= 0 || view.triggerAt[i] === 1 || !/^[a-z-]+$|^'s$/.test(view.lower[i])) return false;
  }
  return false;
}

/** The mover of a visit verb is peacekeepers ("the first NATO peacekeeping troops have arrived in Bosnia"). */
function peacekeepersMove(view: DocView, t: Trigger): boolean {
  for (let i = view.clauseStart[view.clause[t.tokenStart]]; i < t.tokenStart; i++) if (/^peace-?keep/.test(view.lower[i])) return true;
  return false;
}

/** Prepositions between a verb and an event noun that make the noun no object of the verb. */
const OBJECT_BREAKING_PREPS = new Set(['to', 'with', 'by', 'from', 'in', 'at', 'on', 'against', 'for']);

/** CAMEO's generic "make a demand". */
const DEMAND_CODE = '100';
const DEFINITE = new Set(['the', 'this', 'that', 'his', 'her', 'its', 'their']);

/** "talks about support", "revolve around support": an event noun after a topic preposition names a topic. */
function isTopic(lower: string[], start: number): boolean {
  for (let i = start - 1, k = 0; i >= 0 && k < 3; i--, k++) {
    if (TOPIC_PREPS.has(lower[i])) return true;
    if (!lowerWordOrHyphen(lower[i])) return false;
  }
  return false;
}

const PHONE_WORDS = new Set(['phone', 'telephone', 'videoconference', 'video', 'call']);

function ids(mentions: TokenMention[]): string[] {
  const out: string[] = [];
  for (const m of mentions) if (!out.includes(m.id)) out.push(m.id);
  return out;
}

function coded(lexicon: EventLexicon, t: Trigger): boolean {
  return !!t.code && !!lexicon.codes[t.code]?.plover && !t.entry.cancel;
}

/**
 * Triggers that belong to another trigger's coding, as CAMEO codes one event per verb phrase: the
 * complement of a coded verb ("agreed to set up a centre", "threatened to break relations", "agreed that their
 * countries should cooperate") and the event noun it takes as object ("offered concessions", "held talks").
 */
function absorbedTriggers(view: DocView, lexicon: EventLexicon, triggers: Trigger[]): Set<Trigger> {
  const out = new Set<Trigger>();
  for (let k = 0; k < triggers.length; k++) {
    const head = triggers[k];
    if (head.pos !== 'V' || !coded(lexicon, head) || out.has(head)) continue;
    const cid = view.clause[head.tokenStart];
    let j = head.tokenEnd;
    while (j < view.clauseEnd[cid] && (view.timexAt[j] >= 0 || view.lower[j].endsWith('ly'))) j++;
    let until = -1;
    if (view.lower[j] === 'to' && !(view.mentionAt[j + 1] >= 0)) until = view.clauseEnd[cid];
    else if (view.lower[j] === 'that') until = view.clauseEnd[view.clause[j]];
    for (let m = k + 1; m < triggers.length; m++) {
      const t = triggers[m];
      if (until >= 0 && t.tokenStart < until) { out.add(t); continue; }
      // Object noun: only modifiers between the verb and the noun.
      if (t.pos === 'N' && view.clause[t.tokenStart] === cid && t.tokenStart - head.tokenEnd <= 4) {
        let plain = true;
        for (let i = head.tokenEnd; i < t.tokenStart; i++) {
          if (view.triggerAt[i] || view.mentionAt[i] >= 0 || view.isSeparator[i] || OBJECT_BREAKING_PREPS.has(view.lower[i])) { plain = false; break; }
        }
        // A light verb ("issued an ultimatum", "launched an attack", "imposed sanctions") hands over to its noun.
        if (plain) out.add(LIGHT_VERBS.has(view.lower[head.tokenStart]) && head.tokenEnd - head.tokenStart === 1 ? head : t);
        if (out.has(head)) break;
      }
    }
  }
  return out;
}

/**
 * Does the text date this trigger on its own: a time expression in its clause, after it or with no other
 * trigger before it ("the assassination … two weeks ago"), not one its governor shares ("began a strike on
 * Monday to protest")?
 */
function ownDate(view: DocView, t: Trigger, timex: { tokenStart: number } | null): boolean {
  if (!timex || view.clause[timex.tokenStart] !== view.clause[t.tokenStart]) return false;
  // An infinitive's date is the plan's ("rejected an invitation to attend a meeting next week"), not a report.
  if (t.pos === 'V' && view.lower[t.tokenStart - 1] === 'to') return false;
  // A verb earlier in the clause owns the clause's date ("evacuated the wounded from the besieged town on Friday").
  for (let i = view.clauseStart[view.clause[t.tokenStart]]; i < t.tokenStart; i++) if (view.triggerAt[i]) return false;
  return true;
}

/** How a trigger is coded: its CAMEO code and PLOVER event and mode, after the recodings below. */
interface Coding {
  code: string;
  event: string;
  mode: string | null;
  visit: boolean;
  /** "X said Y must …": X's demand of Y. */
  obligation: boolean;
}

/** Recodes the trigger as another CAMEO code, when the dictionary maps that code to a PLOVER event. */
function recode(lexicon: EventLexicon, coding: Coding, other: string): boolean {
  const entry = lexicon.codes[other];
  if (!entry?.plover) return false;
  coding.code = other;
  coding.event = entry.plover;
  coding.mode = entry.mode;
  return true;
}

/** Is the trigger no event of its own: a light verb by its default code, or an event noun naming a topic? */
function skipped(view: DocView, t: Trigger): boolean {
  // A light verb says little by its own default code ("issued a reminder", "took steps"); only a dictionary
  // pattern ("held talks", "imposed a curfew") or its event noun (absorbed above) makes it an event.
  if (t.pos === 'V' && !t.patterned && !t.entry.curated && t.tokenEnd - t.tokenStart === 1 && LIGHT_VERBS.has(view.lower[t.tokenStart])) return true;
  return t.pos === 'N' && isTopic(view.lower, t.tokenStart);
}

/** A phone call named in the trigger's clause ("spoke by phone", "a phone call"). */
function phoneIn(view: DocView, t: Trigger): boolean {
  if (t.entry.phone) return true;
  const cid = view.clause[t.tokenStart];
  for (let i = view.clauseStart[cid]; i < view.clauseEnd[cid]; i++) {
    if (PHONE_WORDS.has(view.lower[i]) && (view.lower[i] !== 'call' || view.lower[i - 1] === 'phone')) return true;
  }
  return false;
}

/** The trigger's code, event and mode: its dictionary code, then the curated and contextual recodings. */
function codingOf(view: DocView, lexicon: EventLexicon, t: Trigger, cameo: CameoCode): Coding {
  const entry = t.entry;
  const coding: Coding = { code: t.code!, event: cameo.plover!, mode: cameo.mode, visit: false, obligation: false };
  if (entry.ploverEvent !== null) { coding.event = entry.ploverEvent; coding.mode = entry.ploverMode; }
  coding.obligation = isObligation(view, t) && recode(lexicon, coding, DEMAND_CODE);
  // "ended mediation efforts", "suspended the talks": halting an exchange is CAMEO 164/165 (PLOVER SANCTION).
  if (coding.event === 'CONSULT' && t.pos === 'N' && haltedBy(view, t)) recode(lexicon, coding, entry.mediation ? HALT_MEDIATION : HALT_NEGOTIATIONS);
  coding.visit = entry.visit || coding.mode === 'visit';
  // Peacekeepers who arrive somewhere are deployed, not visiting: CAMEO 074 (provide peacekeeping), PLOVER AID.
  if (coding.visit && coding.event === 'CONSULT' && t.pos === 'V' && peacekeepersMove(view, t) && recode(lexicon, coding, PEACEKEEPING_CODE)) coding.visit = false;
  if (coding.visit && coding.event === 'CONSULT') coding.mode = 'visit';
  if (coding.event === 'CONSULT' && phoneIn(view, t)) { coding.mode = 'phone'; coding.code = '041'; }
  return coding;
}

/** Entity ids of an event's participants and place. */
interface Participants {
  actors: string[];
  recipients: string[];
  place: string | null;
}

function participants(view: DocView, sentence: Sentence, t: Trigger, coding: Coding): Participants {
  const mediation = t.entry.mediation;
  const args = argumentsOf(view, sentence, t, coding.event, coding.visit, t.entry.partner, mediation);
  if (coding.obligation) demandParties(view, sentence, t, args);
  let actors = ids(args.actors);
  let recipients = ids(args.recipients);
  if ((t.entry.reciprocal || coding.event === 'CONSULT') && coding.mode !== 'visit' && !mediation) {
    // PLOVER: in a meeting between parties, every participant is an actor and there is no recipient.
    actors = [...actors, ...recipients.filter((r) => !actors.includes(r))];
    recipients = [];
  }
  const place = placeOf(view, t, args, coding.visit);
  return {
    actors,
    recipients: recipients.filter((r) => !actors.includes(r) || compatriot(args, r)),
    place: place && !actors.includes(place.id) ? place.id : null,
  };
}

/** A nationality named again for another group may be actor and recipient (see argumentsOf). */
function compatriot(args: Arguments, id: string): boolean {
  for (const m of args.recipients) {
    if (m.id === id && m.type === 'NORP' && !args.actors.some((a) => a.tokenStart === m.tokenStart)) return true;
  }
  return false;
}

/** "X said Y must …": the party that must act is the recipient of the speaker's demand. */
function demandParties(view: DocView, sentence: Sentence, t: Trigger, args: Arguments): void {
  const clauseLo = view.clauseStart[view.clause[t.tokenStart]];
  args.recipients = args.actors;
  args.actors = speakerOf(view, sentence, clauseLo);
  // "… to Iraq that it must cooperate": an unresolved pronoun for the obligated party is the addressee.
  if (args.recipients.every((r) => args.actors.some((a) => a.id === r.id))) args.recipients = addresseeBefore(view, sentence, clauseLo);
}

/** Codes one trigger: its event, participants, place, date and modality; null when it is no event. */
function codeTrigger(view: DocView, lexicon: EventLexicon, wi: number, t: Trigger, triggers: Trigger[]): DraftEvent | null {
  const cameo = lexicon.codes[t.code!];
  if (!cameo?.plover) return null;
  const coding = codingOf(view, lexicon, t, cameo);
  const sentence = view.sentences[wi];
  const { actors, recipients, place } = participants(view, sentence, t, coding);
  const when = dateOf(view, t, view.doc.anchorDate);
  const modality = coding.obligation ? 'asserted' : modalityOf(view, t, triggers);
  const { code, event, mode } = coding;
  const ploverEntry = lexicon.plover.events[event];
  const modeScore = mode ? ploverEntry?.modes[mode] : null;
  const first = view.doc.tokens[t.tokenStart];
  const last = view.doc.tokens[t.tokenEnd - 1];
  return {
    record: {
      id: '',
      event,
      mode,
      cameo: code,
      actors,
      recipients,
      place,
      date: when.date,
      dateFrom: when.dateFrom,
      precision: when.precision,
      modality,
      score: modeScore ?? ploverEntry?.score ?? 0,
      trigger: [first.start, last.end],
      sentence: view.docSentenceOf[wi],
      goldstein: lexicon.codes[code]?.goldstein ?? cameo.goldstein,
    },
    // (Reads stay inside the arrays: an out-of-bounds read deoptimises the compiled function.)
    window: wi,
    anaphoric: t.pos === 'N' && t.tokenStart > 0 && DEFINITE.has(view.lower[t.tokenStart - 1]),
    background: isBackground(view, t),
    ownDate: ownDate(view, t, when.timex),
  };
}

/** Codes the events of one sentence (or window of an overlong one, see sentence-windows.ts) into `drafts`. */
function codeSentence(view: DocView, lexicon: EventLexicon, sentence: Sentence, wi: number, drafts: DraftEvent[]): void {
  const triggers = findTriggers(view, lexicon, sentence);
  if (triggers.length === 0) return;
  const absorbed = absorbedTriggers(view, lexicon, triggers);
  for (const t of triggers) {
    if (!t.code || absorbed.has(t) || skipped(view, t)) continue;
    const draft = codeTrigger(view, lexicon, wi, t, triggers);
    if (draft !== null) drafts.push(draft);
  }
}

/** Codes every event of a document: triggers, then arguments, modality, date and place for each. */
export function codeEvents(doc: Readonly<Doc>, lexicon: EventLexicon): EventRecord[] {
  const view = buildDocView(doc);
  const drafts: DraftEvent[] = [];
  for (let wi = 0; wi < view.sentences.length; wi++) codeSentence(view, lexicon, view.sentences[wi], wi, drafts);
  // An event needs a participant; a bare mention ("the visit") may get one from a coreferent mention first.
  const merged = mergeCoreferent(drafts).filter((d) => d.record.actors.length || d.record.recipients.length);
  // A background mention gives way to what its sentence reports, unless the text dates it on its own.
  const reporting = new Set(merged.filter((d) => !d.background).map((d) => d.record.sentence));
  const events: EventRecord[] = [];
  for (let k = 0; k < merged.length; k++) {
    const d = merged[k];
    if (d.background && !d.ownDate && reporting.has(d.record.sentence)) continue;
    const e = d.record;
    recordCoderCameo(lexicon, e);
    e.id = `V${events.length + 1}`;
    events.push(e);
  }
  return events;
}

/** The CAMEO code a coder records, once merging has settled the modality (see cameo-rules.ts). */
function recordCoderCameo(lexicon: EventLexicon, e: EventRecord): void {
  const coded = e.cameo ? coderCameo(e.cameo, e.modality) : null;
  if (coded && coded !== e.cameo && lexicon.codes[coded]) {
    e.cameo = coded;
    e.goldstein = lexicon.codes[coded].goldstein ?? e.goldstein;
  }
}
