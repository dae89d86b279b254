/*
 * A small suffix-stripping stemmer for English: it maps a word's inflections and its common derivations to
 * one string ("criticized", "criticism", "criticizes", "critics" → "critic"; "warned", "warning" → "warn";
 * "accusations", "accused" → "accus"), so that a model which has seen a cue word in some forms
 * recognises the others. The stem is a feature key, not a word: it need not be spelt like one, and two
 * unrelated words may share it ("station", "stated") — the model still sees each word itself.
 *
 * One pass: an irregular form is replaced by its base; the longest known suffix is stripped when enough
 * letters stay (three after an inflection, four after a derivation); a doubled final consonant left by -ed/-ing/-er is undoubled ("admitted"); a final
 * "e" is dropped ("accuse" and "accused" meet at "accus") and a final "y" becomes "i" ("deny", "denied").
 */

/** Irregular verb forms that matter for reporting, by their base form. */
const IRREGULAR = new Map<string, string>([
  ['said', 'say'], ['told', 'tell'], ['thought', 'think'], ['wrote', 'write'], ['written', 'write'],
  ['spoke', 'speak'], ['spoken', 'speak'], ['knew', 'know'], ['known', 'know'], ['took', 'take'],
  ['taken', 'take'], ['gave', 'give'], ['given', 'give'], ['made', 'make'], ['felt', 'feel'],
  ['heard', 'hear'], ['saw', 'see'], ['seen', 'see'], ['found', 'find'], ['held', 'hold'],
  ['came', 'come'], ['began', 'begin'], ['begun', 'begin'], ['went', 'go'], ['gone', 'go'],
  ['did', 'do'], ['does', 'do'], ['done', 'do'], ['has', 'have'], ['had', 'have'], ['was', 'be'],
  ['were', 'be'], ['is', 'be'], ['are', 'be'], ['been', 'be'], ['being', 'be'], ['am', 'be'],
  ['bought', 'buy'], ['brought', 'bring'], ['sought', 'seek'], ['taught', 'teach'], ['meant', 'mean'],
  ['chose', 'choose'], ['chosen', 'choose'], ['forbade', 'forbid'], ['swore', 'swear'], ['sworn', 'swear'],
]);

/** Inflectional suffixes: stripped when at least three letters stay. */
const INFLECTIONS = ['ingly', 'ings', 'edly', 'ing', 'ers', 'ies', 'ied', 'ed', 'er', 'es', 'ly', 's'];

/** Derivational suffixes: stripped when at least four letters stay ("comments" keeps its "ment"). */
const DERIVATIONS = [
  'izations', 'ization', 'isations', 'isation', 'ations', 'ation', 'itions', 'ition', 'ments', 'ment',
  'izing', 'ising', 'ances', 'ences', 'ions', 'isms', 'ists', 'ized', 'izes', 'ised', 'ises', 'ance',
  'ence', 'ion', 'ism', 'ist', 'ize', 'ise', 'als', 'al',
];

/** Every suffix with the letters it must leave, longest first so that "-ations" wins over "-s". */
const SUFFIXES: readonly [string, number][] = [
  ...INFLECTIONS.map((s): [string, number] => [s, 3]),
  ...DERIVATIONS.map((s): [string, number] => [s, 4]),
].sort((a, b) => b[0].length - a[0].length);

/** Suffixes after which a doubled final consonant is undoubled ("planned" → "plan"). */
const DOUBLING = new Set(['ed', 'ing', 'er', 'ers', 'ings', 'edly']);

/** Letters whose doubling is part of the word ("called", "stressed", "buzzed"). */
const KEEP_DOUBLE = new Set(['l', 's', 'z']);

const MIN_STEM = 3;

function isVowel(c: string): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
}

/** The stem of a lower-case word; words with anything but ASCII letters come back as they are. */
export function stem(lower: string): string {
  if (!/^[a-z]+$/.test(lower)) return lower;
  let w = IRREGULAR.get(lower) ?? lower;
  let stripped = '';
  for (const [suffix, least] of SUFFIXES) {
    if (w.length - suffix.length >= least && w.endsWith(suffix)) {
      // "-s" only as a plural or third person: not "-ss" ("press"), "-us" ("status"), "-is" ("crisis").
      if (suffix === 's' && /[sui]$/.test(w.slice(0, -1))) continue;
      w = w.slice(0, -suffix.length);
      stripped = suffix;
      break;
    }
  }
  if (suffix_ie(stripped)) w += 'i';
  const last = w[w.length - 1];
  if (DOUBLING.has(stripped) && w.length > MIN_STEM && last === w[w.length - 2] && !isVowel(last) && !KEEP_DOUBLE.has(last)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  else if (w.endsWith('y') && w.length > MIN_STEM) w = w.slice(0, -1) + 'i';
  return w;
}

/** "-ies" and "-ied" took the "i" of a "y" with them ("denies" → "deni"). */
function suffix_ie(suffix: string): boolean {
  return suffix === 'ies' || suffix === 'ied';
}
