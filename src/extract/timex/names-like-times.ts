/**
 * Names that look like times: newspapers, programmes and magazines called "Today" or "Sunday …", companies
 * called "21st Century …", ocean currents, a person called May. The readers ask these before they read the word
 * as a time. Each list comes from unseen news where the word was misread (docs/timex.md, "Generalization check
 * on unseen news").
 */

/** The reader's view of the sentence: lower-cased and raw token text, '' outside it. */
export interface SentenceWords {
  w(i: number): string;
  raw(i: number): string;
}

/** What a capitalized "Today" names when one of these follows it (past a closing quote): "the Today show", "Today presenter John Humphrys". */
const PROGRAMME_NOUNS = new Set(['show', 'program', 'programme', 'broadcast', 'newspaper', 'magazine', 'presenter', 'presenters', 'host', 'co-host']);
export const QUOTE_CLOSES: ReadonlySet<string> = new Set(['"', "''", '”', '’', "'"]);
const QUOTE_OPENS = new Set(['"', '``', '`', '“', '‘']);

/** Newspapers named "Sunday …" ("the Sunday Times") and "… on Sunday" ("the Mail on Sunday"). */
const SUNDAY_PAPERS = new Set(['Times', 'Telegraph', 'Mirror', 'Express', 'Herald', 'Post', 'Tribune', 'Independent', 'Mail', 'World', 'Star', 'Business', 'People', 'Sport', 'Observer', 'Age']);
const ON_SUNDAY_PAPERS = new Set(['Mail', 'Independent', 'Scotland']);
/** Nouns after "Sunday" that make it a kind of newspaper. */
// ("a weekday circulation of about 27,500 and a Sunday circulation of about 30,900", "the Sunday edition")
const PAPER_NOUNS = new Set(['paper', 'papers', 'newspaper', 'newspapers', 'tabloid', 'tabloids', 'broadsheet', 'broadsheets', 'circulation', 'edition', 'editions']);

/**
 * "Today" at i names a paper or a programme: after an acronym ("USA Today", "VOA Today", "USA TODAY") or a capitalized word inside the sentence
 * ("the World Today", "Russia Today"), before
 * "show", "program" or "magazine" ("the Today show", NBC's "Today" program), or alone in quotation marks
 * ('published in "Today,"').
 */
export function todayIsTitle(t: SentenceWords, i: number): boolean {
  const raw = t.raw(i);
  if (raw === 'Today' && /^[A-Z]{2,}$/.test(t.raw(i - 1))) return true;
  if (raw === 'TODAY' && t.raw(i - 1) === 'USA') return true;
  // ("Piers Morgan Tonight", "CNN's Larry King Tonight": a programme named by its host)
  if (raw === 'Tonight') return afterNameWord(t, i) && /^\p{Lu}\p{Ll}+$/u.test(t.raw(i - 2));
  if (raw !== 'Today') return false;
  // the BBC's "The World Today" ("telling the World Today"), "the United States version of Russia Today": a
  // capitalized "Today" right after a capitalized word inside the sentence is the end of a name (a sentence that
  // opens "Yesterday's talks … Today" does not reach here: the word before "Today" would be lower case)
  if (afterNameWord(t, i)) return true;
  // (a closing quotation mark may come as two tokens: `` Today '' show)
  let k = i + 1;
  while (k < i + 3 && QUOTE_CLOSES.has(t.w(k))) k++;
  if (PROGRAMME_NOUNS.has(t.w(k))) return true;
  return QUOTE_OPENS.has(t.w(i - 1)) && (QUOTE_CLOSES.has(t.w(i + 1)) || (t.w(i + 1) === ',' && QUOTE_CLOSES.has(t.w(i + 2))));
}

/** Whether the word before i is a capitalized word (not the sentence's first): "Russia Today", "Apocalypse Now". */
function afterNameWord(t: SentenceWords, i: number): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(t.raw(i - 1)) && /^[\p{L}\d]/u.test(t.raw(i - 2));
}

/** Capitalized words before "Current" or "Now" that open a headline's phrase rather than end a name. */
const ARTICLES_IN_TITLES = new Set(['The', 'A', 'An', 'This', 'Our', 'Is', 'Are', 'Was', 'To', 'For']);

/**
 * A capitalized "Now", "Right" (of "Right Now"), "Current" or "Soon" at i is part of a name inside the sentence: after a
 * capitalized word that is no article ("Apocalypse Now", "Democracy Now", "the Loop Current"), or "Current TV". A
 * headline's run of capitals goes on after it ("Trump Is Now Being Held", "The Current Saudi Monarchy") and keeps
 * the time.
 */
export function nowIsName(t: SentenceWords, i: number): boolean {
  const raw = t.raw(i);
  // ("Teck Soon Ltd", "Teck Soon said": a name's last word)
  if (raw !== 'Now' && raw !== 'Right' && raw !== 'Current' && raw !== 'Soon') return false;
  if (raw === 'Current' && t.raw(i + 1) === 'TV') return true;
  const last = raw === 'Right' ? i + 1 : i;
  if (raw === 'Right' && t.raw(last) !== 'Now') return false;
  if (ARTICLES_IN_TITLES.has(t.raw(i - 1))) return false;
  return (afterNameWord(t, i) && !/^\p{Lu}/u.test(t.raw(last + 1))) || quotedTitle(t, i, last);
}

/** Verbs of saying (and the conjunctions that join them) after which a quotation opens with a capitalized first word. */
const SAYING_BEFORE_QUOTES = new Set(['said', 'says', 'say', 'told', 'tells', 'asked', 'asks', 'added', 'adds', 'replied', 'shouted', 'wrote', 'writes', 'tweeted', 'declared', 'insisted', 'chanted', 'yelled', 'and', 'but']);

/** Opening and closing quotation marks as the tokenizer leaves them. */
const QUOTE_MARKS = /^(?:["“”‘’'`]+|``|'')$/;

/**
 * The words from i-1 to `last` are a title between quotation marks: the rock classic "All Right Now," by Free, the
 * show "Democracy Now".
 */
function quotedTitle(t: SentenceWords, i: number, last: number): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.raw(i - 1)) || !QUOTE_MARKS.test(t.raw(i - 2))) return false;
  // inside the sentence, after a noun or a preposition ("the rock classic", "sang"), not a quotation's first words
  // after a verb of saying or a colon ("He said: "Not Now."")
  const before = t.raw(i - 3);
  if (!/^[a-z]+$/.test(before) || SAYING_BEFORE_QUOTES.has(before)) return false;
  const after = t.raw(last + 1);
  return QUOTE_MARKS.test(after) || ((after === ',' || after === '.') && QUOTE_MARKS.test(t.raw(last + 2)));
}

/**
 * "Sunday" at j names a newspaper or a programme: "the Sunday Times", "the Mail on Sunday", "Scotland on Sunday",
 * "Fox News Sunday"; "Wednesday" after "Sheffield" names the club.
 */
export function sundayIsPaper(t: SentenceWords, j: number): boolean {
  // and the football club: "Sheffield Wednesday 2 Leeds 0"
  if (t.raw(j) === 'Wednesday' && t.raw(j - 1) === 'Sheffield') return true;
  if (t.raw(j) !== 'Sunday') return false;
  if (t.raw(j - 1) === 'News' && t.raw(j - 2) === 'Fox') return true;
  // ("The British Sunday paper", "Sunday newspapers", "an average Sunday circulation": the kind of paper, not a day)
  if (PAPER_NOUNS.has(t.w(j + 1))) return true;
  return SUNDAY_PAPERS.has(t.raw(j + 1)) || (t.w(j - 1) === 'on' && ON_SUNDAY_PAPERS.has(t.raw(j - 2)));
}

/** Names that a capitalized "Century" opens: "21st Century Fox", "20th Century Fox", "21st Century Insurance". */
const CENTURY_NAMES = new Set(['Fox', 'Insurance', 'Studios', 'Films', 'Pictures', 'Foundation', 'Group', 'Fund']);

/** The century read up to `last` ("Century") is part of a company's name: "21st Century Fox". */
export function centuryIsName(t: SentenceWords, last: number): boolean {
  return t.raw(last) === 'Century' && CENTURY_NAMES.has(t.raw(last + 1));
}

/**
 * The expression read at `[first, last]` is a word of a name: an ocean current ("the Loop Current", "the Florida
 * Current", 32 times in Timeline17's oil-spill stories). Not "Player of the Year": TimeML dates the award's year
 * (WikiWars tags "1965's Man of the Year" as 1965), so it stays a time.
 */
export function namesSomething(t: SentenceWords, first: number, last: number): boolean {
  if (first === last && t.raw(first) === 'Current' && /^[A-Z][a-z]+$/.test(t.raw(first - 1))) return true;
  // CBS's "60 Minutes", a programme (TimeBank leaves its one out)
  if (last === first + 1 && t.raw(first) === '60' && t.raw(last) === 'Minutes') return true;
  // cricket's "One Day International", a kind of match
  if (last > first && t.raw(last - 1) === 'One' && t.raw(last) === 'Day' && t.raw(last + 1) === 'International') return true;
  // a programme called "<Weekday> Night …": "Saturday Night Live", "The Monday Night Club", "Monday Night Football"
  // (news writes a weekday's night in lower case)
  if (last === first + 1 && t.raw(last) === 'Night' && /^[A-Z][a-z]+day$/.test(t.raw(first)) && /^[A-Z][a-z]+$/.test(t.raw(last + 1))) return true;
  // "Easter Island", "Easter Egg Podcasts", "Easter Seals": a name that "Easter" opens and that tells of no time
  // ("the Easter Offensive", "the Easter Rising" began at Easter, and WikiWars dates the first)
  const alone = first === last || (first === last - 1 && t.w(first) === 'the');
  if (alone && t.raw(last) === 'Easter' && EASTER_NAMES.has(t.raw(last + 1))) return true;
  // a thing named after the feast: "Christmas trees" (Mexico's retaliation against them), "Easter eggs", "Christmas
  // Island"
  if (alone && FEASTS_THAT_NAME_THINGS.has(t.raw(last)) && FEAST_THINGS.has(t.w(last + 1))) return true;
  // "Reporter of the Year", "Player of the Year", "Video Story of the Year": an award's title (WikiWars dates Time's
  // one "Man of the Year"; the news sample tags none)
  // (not the French Republic's "Constitution of the Year III", a year of its calendar)
  if (first === last - 1 && t.raw(first) === 'the' && t.raw(last) === 'Year' && t.w(first - 1) === 'of' && /^[A-Z][a-z]+$/.test(t.raw(first - 2)) && !/^[IVX]+$/.test(t.raw(last + 1))) return true;
  // "the Winter Olympics", "the Summer Games": an event named by its season, no season of a year
  if (alone && (t.raw(last) === 'Winter' || t.raw(last) === 'Summer') && SEASON_GAMES.has(t.raw(last + 1))) return true;
  // "the Winter Soldier investigation", "the Winter Palace", "the Summer Palace": a capitalized season inside the
  // sentence before another capitalized word opens a name ("the Spring of 1968", "Winter 2010" keep the season)
  return alone && CAPITAL_SEASONS.has(t.raw(last)) && last > 0 && t.raw(last - 1) === 'the' && /^[A-Z][a-z]+$/.test(t.raw(last + 1)) && !NOT_A_NAME_AFTER_SEASON.has(t.raw(last + 1));
}

/** Capitalized words after "Easter" that make a name with no time in it. */
const EASTER_NAMES = new Set(['Island', 'Egg', 'Eggs', 'Bunny', 'Seals', 'Lily', 'Lilies']);
const CAPITAL_SEASONS = new Set(['Winter', 'Summer', 'Spring', 'Autumn', 'Fall']);
/**
 * Capitalized words after a season that keep it one: a headline's "the Summer Of …", a month, and operations named
 * by the season they were fought in ("the Spring Offensive", "the Autumn Harvest Uprising", as WikiWars dates them).
 */
const NOT_A_NAME_AFTER_SEASON = new Set(['Of', 'Term', 'Session', 'Months', 'Offensive', 'Offensives', 'Campaign', 'Fighting', 'Uprising', 'Harvest', 'Assault', 'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
const SEASON_GAMES = new Set(['Olympics', 'Olympic', 'Games', 'Paralympics', 'Paralympic']);
const FEASTS_THAT_NAME_THINGS = new Set(['Christmas', 'Xmas', 'Easter']);
/** Things, not times, that a feast's name can qualify. */
const FEAST_THINGS = new Set([
  'tree', 'trees', 'card', 'cards', 'light', 'lights', 'decoration', 'decorations', 'ornament', 'ornaments', 'present',
  'presents', 'gift', 'gifts', 'carol', 'carols', 'pudding', 'puddings', 'cracker', 'crackers', 'jumper', 'jumpers',
  'sweater', 'sweaters', 'stocking', 'stockings', 'egg', 'eggs', 'island', 'bunny',
]);

/** Words right before a capitalized "May" that leave it the month: "in May", "Since May", "last May", "come May". */
const BEFORE_THE_MONTH = new Set([
  'in', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'mid-', 'last', 'next', 'this', 'that', 'during', 'from',
  'through', 'before', 'after', 'of', 'on', 'come', 'each', 'every', 'throughout', 'between', 'around', 'about',
]);
const WEEKDAYS_AND_MONTHS = /^(mon|tues|wednes|thurs|fri|satur|sun)day$|^(january|february|march|april|june|july|august|september|october|november|december)$|^(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/;
/** Titles before a surname: "Mrs May". */
const TITLES = new Set(['mrs', 'ms', 'mr', 'miss', 'dr']);
/** Capitalized words that open a sentence or a phrase, not a name: "The May contract", "For May". */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'for', 'to', 'at', 'as', 'with', 'and', 'but', 'or', 'so', 'if', 'when', 'while', 'then', 'also', 'than', 'whose', 'both', 'only', 'even', 'all']);
const DAY_NUMBER = /^\d{1,4}(st|nd|rd|th)?$/;
/** Capitalized words after "May" that make it a company's name: "The May Department Stores Co". */
const COMPANY_NOUNS = new Set(['Department', 'Stores', 'Co', 'Corp', 'Inc', 'Company', 'Corporation']);

/**
 * The text names a person called May: "Theresa May", "Mrs May", "Prime Minister May", a capitalized word right
 * before "May" that is no date word, with no day number after it; or a company called May ("The May Department
 * Stores Co"), which it then calls "May" as it would a person.
 */
export function namesPersonMay(t: SentenceWords, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    if (t.raw(i) !== 'May') continue;
    // ("The May Department Stores Co said …": a company, which the story then calls "May", as it would a person)
    if (COMPANY_NOUNS.has(t.raw(i + 1))) return true;
    const before = t.raw(i - 1);
    if (!/^[A-Z][a-z]+\.?$/.test(before)) continue;
    const w = before.toLowerCase().replace(/\.$/, '');
    if (BEFORE_THE_MONTH.has(w) || FUNCTION_WORDS.has(w) || WEEKDAYS_AND_MONTHS.test(w) || DAY_NUMBER.test(t.w(i + 1))) continue;
    if (TITLES.has(w)) return true;
    // a first name inside a sentence: "minister, Theresa May" (not "New York May" futures, nor a capitalized
    // adjective opening a sentence, "Unadjusted May unemployment")
    const beforeName = t.raw(i - 2);
    if (/^[a-z]/.test(beforeName) || [',', ';', ':', '(', '“', '"', '‘', '—', '–'].includes(beforeName)) return true;
  }
  return false;
}

/**
 * In a text that names a person called May, a bare "May" is hers unless the words around it date it: a day or
 * year after it ("May 9", "May 2017"), a day before it ("9 May"), a word of time before it ("in May", "last May")
 * and no possessive after it, or another month beside it ("April and May"). So "Cameron, May's predecessor" and
 * "a letter to May" are no month (the Guardian's 2017–19 Syria coverage).
 */
export function mayIsPerson(t: SentenceWords, first: number, last: number): boolean {
  if (first !== last || t.raw(first) !== 'May') return false;
  const next = t.w(first + 1);
  if (DAY_NUMBER.test(next) || DAY_NUMBER.test(t.w(first - 1))) return false;
  const possessive = next === "'s" || next === '’s';
  if (BEFORE_THE_MONTH.has(t.w(first - 1)) && !possessive) return false;
  // "The May rate", "the May elections"
  if (t.w(first - 1) === 'the') return false;
  for (const k of [first - 2, first - 3, first + 2]) if (WEEKDAYS_AND_MONTHS.test(t.w(k)) && !t.w(k).endsWith('day')) return false;
  return true;
}
