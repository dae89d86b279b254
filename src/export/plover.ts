import { ploverCategory, PLOVER_QUAD } from '../extract/events/plover-rules.js';
import type { EventRecord } from '../model/layers.js';
import type { AnnotationRecord } from '../record/annotation-record.js';
import type { RecordFormat } from './record-formats.js';

/** A PLOVER entity object (manual, "Entity object"), with the actor's Dateline entity id added. */
export interface PloverEntity {
  code: string | null;
  sector: string | null;
  entity_text: string;
  identifier_id: string | null;
  identifier_text: string | null;
  dateline_entity: string;
}

/** A PLOVER event record (manual, "Event record"); fields prefixed `dateline_` are Dateline's additions. */
export interface PloverEventRecord {
  id: string;
  date: string;
  actor: PloverEntity[];
  recipient: PloverEntity[];
  event: string[];
  mode: string[];
  event_loc: { extracted_place: string; resolved_place: string; country_code: string | null } | null;
  event_text: string[];
  quad_code: number | null;
  event_scale: number;
  text: string;
  text_info: { sequence: number; start: number; end: number };
  cite_info: { citation: string; url: string | null; title: string | null; publication: string | null; language: string; coder: string; codebook: string };
  coder: string;
  dateline_event: string;
  dateline_modality: EventRecord['modality'];
  dateline_date: string | null;
  dateline_date_from: EventRecord['dateFrom'];
  dateline_date_precision: string;
  dateline_cameo: string | null;
  dateline_goldstein: number | null;
  dateline_trigger: [number, number];
}

/** PLOVER's auxiliary modes for what Dateline calls modality (the manual lists historical, future, hypothetical, negation). */
const AUXILIARY_MODE: Record<EventRecord['modality'], string | null> = {
  asserted: null, future: 'future', expected: 'hypothetical', hypothetical: 'hypothetical', negated: 'negation',
};

function entity(record: AnnotationRecord, id: string): PloverEntity {
  const e = record.entities.find((x) => x.id === id);
  return {
    code: e?.country ?? null,
    sector: e?.sector ?? null,
    entity_text: e?.name ?? id,
    identifier_id: e?.kb ? e.kb.id : null,
    identifier_text: e?.kb ? `${e.kb.source}:${e.kb.id}` : null,
    dateline_entity: id,
  };
}

/** PLOVER wants YYYY-MM-DD: a month or year becomes its first day, and `dateline_date_precision` says so. */
function fullDate(date: string | null, published: string): string {
  const d = date ?? published.slice(0, 10);
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

/** The PLOVER JSON records of one article: one per Dateline event, in PLOVER's terms. */
export function ploverRecords(record: AnnotationRecord): PloverEventRecord[] {
  return record.events.map((e) => {
    const category = ploverCategory(e);
    const sentence = record.sentences[e.sentence] ?? [e.trigger[0], e.trigger[1]];
    const place = e.place ? record.entities.find((x) => x.id === e.place) : undefined;
    const mode = [e.mode, AUXILIARY_MODE[e.modality]].filter((m): m is string => !!m);
    return {
      id: `${record.article.id}-${e.id}`,
      date: fullDate(e.date, record.article.published),
      actor: e.actors.map((id) => entity(record, id)),
      recipient: e.recipients.map((id) => entity(record, id)),
      event: [category],
      mode,
      event_loc: place ? { extracted_place: record.text.slice(place.mentions[0][0], place.mentions[0][1]), resolved_place: place.name, country_code: place.country } : null,
      event_text: [record.text.slice(e.trigger[0], e.trigger[1])],
      quad_code: PLOVER_QUAD[category] ?? null,
      event_scale: e.score,
      text: record.text.slice(sentence[0], sentence[1]),
      text_info: { sequence: e.sentence, start: sentence[0], end: sentence[1] },
      cite_info: {
        citation: record.article.id, url: record.article.url, title: record.article.title, publication: record.article.source,
        language: 'en', coder: 'Dateline', codebook: 'plover-base',
      },
      coder: 'Dateline',
      dateline_event: e.event,
      dateline_modality: e.modality,
      dateline_date: e.date,
      dateline_date_from: e.dateFrom,
      dateline_date_precision: e.precision ?? (e.date ? ({ 4: 'year', 7: 'month', 10: 'day' } as Record<number, string>)[e.date.length] ?? 'day' : 'day'),
      dateline_cameo: e.cameo,
      dateline_goldstein: e.goldstein ?? null,
      dateline_trigger: e.trigger,
    };
  });
}

/** `dateline export --format plover`: PLOVER event records as JSON Lines. */
export const ploverFormat: RecordFormat = {
  name: 'plover',
  description: 'one PLOVER JSON event record per line (PLOVER fields, plus dateline_* date, modality and CAMEO fields)',
  lines: (record) => ploverRecords(record).map((r) => JSON.stringify(r) + '\n').join(''),
};
