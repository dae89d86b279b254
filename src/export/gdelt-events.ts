import type { AnnotationRecord } from '../record/annotation-record.js';
import type { RecordFormat } from './record-formats.js';

/** The 61 columns of the GDELT 2.0 event table, in order (GDELT Event Codebook V2.0). */
export const GDELT_EVENT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code',
  'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code',
  'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

/** Dateline's additions after GDELT's columns: the date the text gives, its precision and origin, modality, PLOVER coding, the source sentence. */
export const DATELINE_EVENT_COLUMNS = [
  'DatelineEventId', 'DatelineDate', 'DatelineDatePrecision', 'DatelineDateFrom', 'DatelineModality',
  'DatelinePloverEvent', 'DatelinePloverMode', 'DatelineTrigger', 'DatelineSentence',
] as const;

export const GDELT_EVENTS_HEADER: readonly string[] = [...GDELT_EVENT_COLUMNS, ...DATELINE_EVENT_COLUMNS];

/** CAMEO's agent codes where PLOVER's sectors differ (PLOVER JRN = CAMEO MED; PLOVER MED = CAMEO HLH). */
const SECTOR_TO_CAMEO: Record<string, string> = { JRN: 'MED', MED: 'HLH' };
/** Non-state "countries" GDELT puts in KnownGroupCode rather than CountryCode. */
const KNOWN_GROUPS = new Set(['IGO', 'UNO', 'EUR', 'NGO', 'ISM', 'IMG', 'MNC']);

function yyyymmdd(date: string): string {
  const d = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date.slice(0, 10);
  return d.replace(/-/g, '');
}

/** GDELT's FractionDate: the year plus the share of the year elapsed on that day. */
function fractionDate(ymd: string): string {
  const y = Number(ymd.slice(0, 4));
  const day = (Date.UTC(y, Number(ymd.slice(4, 6)) - 1, Number(ymd.slice(6, 8))) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
  return (y + day / 365).toFixed(4);
}

/** CAMEO quad class from the root code: 01–05 verbal cooperation … 14–20 material conflict. */
function quadClass(root: number): number {
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

function actorColumns(record: AnnotationRecord, id: string | undefined): string[] {
  const e = id ? record.entities.find((x) => x.id === id) : undefined;
  if (!e) return ['', '', '', '', '', '', '', '', '', ''];
  const country = e.country ?? '';
  const group = KNOWN_GROUPS.has(country) ? country : '';
  const type = e.sector ? SECTOR_TO_CAMEO[e.sector] ?? e.sector : '';
  return [`${country}${type}`, e.name.toUpperCase(), group ? '' : country, group, '', '', '', type, '', ''];
}

function clean(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

/**
 * GDELT 2.0 event-table rows for one article, one per event with a CAMEO code: Actor1 is the first actor,
 * Actor2 the first recipient (or, for a meeting, the second participant). SQLDATE is the date the text gives
 * the event (first day of its month or year when less precise), not the crawl date; geographic FIPS codes
 * and coordinates are left empty (Dateline resolves places to entities, not to GeoNames points); ActionGeo_Type
 * is 1 (country) for a place linked to ISO 3166, else 4 (world city).
 */
export function gdeltEventRows(record: AnnotationRecord): string[][] {
  const rows: string[][] = [];
  for (const e of record.events) {
    if (!e.cameo) continue;
    const ymd = yyyymmdd(e.date ?? record.article.published);
    const actor1 = e.actors[0];
    const actor2 = e.recipients[0] ?? e.actors[1];
    const root = e.cameo.slice(0, 2);
    const place = e.place ? record.entities.find((x) => x.id === e.place) : undefined;
    const sentence = record.sentences[e.sentence];
    const gdelt = [
      `${record.article.id}-${e.id}`, ymd, ymd.slice(0, 6), ymd.slice(0, 4), fractionDate(ymd),
      ...actorColumns(record, actor1),
      ...actorColumns(record, actor2),
      e.sentence <= 1 ? '1' : '0', e.cameo, e.cameo.slice(0, 3), root, String(quadClass(Number(root))),
      e.goldstein === null || e.goldstein === undefined ? '' : String(e.goldstein),
      '1', '1', '1', '',
      '', '', '', '', '', '', '', '',
      '', '', '', '', '', '', '', '',
      place ? (place.kb?.source === 'iso3166' ? '1' : '4') : '', place ? clean(place.name) : '', '', '', '', '', '', '',
      `${yyyymmdd(record.article.published)}000000`, record.article.url ?? record.article.id,
    ];
    rows.push([
      ...gdelt,
      e.id, e.date ?? '', e.precision ?? '', e.dateFrom, e.modality, e.event, e.mode ?? '',
      clean(record.text.slice(e.trigger[0], e.trigger[1])), sentence ? clean(record.text.slice(sentence[0], sentence[1])) : '',
    ]);
  }
  return rows;
}

/** `dateline export --format gdelt-events`: tab-separated like GDELT's files, with a header line. */
export const gdeltEventsFormat: RecordFormat = {
  name: 'gdelt-events',
  description: 'GDELT 2.0 event-table rows (tab-separated, 61 GDELT columns + Dateline date, modality, PLOVER and source sentence)',
  header: () => GDELT_EVENTS_HEADER.join('\t') + '\n',
  lines: (record) => gdeltEventRows(record).map((row) => row.join('\t') + '\n').join(''),
};
