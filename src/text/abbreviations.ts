/**
 * Abbreviations that keep their period inside the token. Titles never end a sentence (a name follows);
 * the others may ("… in the U.S. The next day …"), which the sentence splitter decides from what follows.
 */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'adm', 'cmdr', 'gov', 'sen', 'rep',
  'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'cpl', 'pvt', 'brig', 'fr', 'st', 'mt', 'ft', 'messrs', 'mme', 'mlle',
  'no', 'nos', 'vol', 'art', 'fig', 'p', 'pp', 'vs', 'v', 'ca', 'approx', 'dept', 'est', 'jr', 'sr',
  'sens', 'reps', 'govs', 'gens', 'drs',
]);

export const OTHER_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'ltd', 'co', 'plc', 'llc', 'bros', 'etc', 'al', 'cf', 'ie', 'eg', 'min', 'max', 'mln', 'bln', 'pct',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis',
  'wyo', 'a.m', 'p.m',
]);

/** Units of wire-copy amounts ("51.4 pct.", "12 mln."): after one, a capital opens a new sentence. */
export const UNIT_ABBREVIATIONS: ReadonlySet<string> = new Set(['pct', 'mln', 'bln']);

/** Words that almost always start a sentence; after "U.S." or "Inc." they signal a boundary. */
export const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'But', 'And',
  'In', 'On', 'At', 'For', 'If', 'When', 'While', 'After', 'Before', 'Since', 'As', 'His', 'Her', 'Their', 'Its',
  'Our', 'There', 'Meanwhile', 'However', 'Also', 'Some', 'Many', 'Most', 'Other', 'Others', 'Officials', 'Mr',
]);
