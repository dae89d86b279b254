/**
 * Verb forms and the frames around them that the tense look reads (tense.ts): the past forms, and clauses whose verb
 * sets a day ahead of itself — a present copula ("The debate is on Friday"), an infinitive of urging ("urged them to
 * vote Tuesday"), a plan's object set for a day ("planned a rally for Sunday", "it plans demonstrations Friday"), a
 * plan told in the past ("was to meet"), a commitment ("promised to halt trade by October"), a time put off to
 * ("extended its deadline until November 26") — and words that look like such verbs but are nouns ("the best hopes").
 */
import type { Token } from '../../model/layers.js';
import { plain } from './token-reader.js';
import { CLAUSE_BREAK } from './clause-edges.js';

/** Past forms and words of the past that mark a clause as told in the past: "was", "said", "ago", "underwent". */
export const PAST_WORDS = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'went', 'came', 'began', 'took', 'made', 'saw', 'left',
  'gave', 'got', 'held', 'led', 'won', 'lost', 'fell', 'rose', 'sold', 'bought', 'paid', 'spent', 'sent', 'brought',
  'thought', 'found', 'felt', 'kept', 'knew', 'wrote', 'spoke', 'broke', 'chose', 'drove', 'flew', 'fled', 'fought',
  'shot', 'struck', 'threw', 'ran', 'sat', 'stood', 'understood', 'became', 'began', 'told', 'heard', 'meant',
  'been', 'ago', 'yesterday', 'last', 'earlier', 'previously', 'former', 'then-president',
  'arrived', 'died', 'killed', 'announced', 'reported', 'confirmed', 'stated', 'added', 'noted', 'wrote',
  // ("used his employee discount in February": too short for the "-ed" test, which skips "bed", "fed", "red")
  'used',
  // irregular past forms that are no present, base form or common noun
  'underwent', 'withdrew', 'drew', 'grew', 'blew', 'swore', 'tore', 'wore', 'froze', 'rode', 'woke', 'stole',
  'forgot', 'forgave', 'forbade', 'hid', 'slid', 'sought', 'caught', 'taught', 'built', 'dealt', 'slept', 'swept',
  'lent', 'stuck', 'swung', 'hung', 'sank', 'sang', 'rang', 'shrank', 'swam', 'ate', 'overtook', 'undertook',
  'shook', 'arose', 'withheld', 'upheld', 'overcame', 'oversaw', 'withstood', 'laid', 'clung', 'sprang', 'seen',
]);

/**
 * Whether "is" at `copula` is the clause's only verb up to the expression at `first`: its complement has no verb
 * or clause of its own, and the expression follows it bare or after "on" or "at" ("is on Tuesday", "is his birthday
 * on Tuesday", "is Friday", "Kickoff is at 6:29 p.m. on Sunday"; not "is calling … on Dec. 7", "is the first since
 * Monday").
 */
export function copulaBeforeExpression(tokens: readonly Token[], copula: number, first: number): boolean {
  if (first <= copula || first - copula > COPULA_REACH) return false;
  if (first > copula + 1 && plain(tokens[first - 1]) !== 'on' && plain(tokens[first - 1]) !== 'at') return false;
  for (let k = copula + 1; k < first - 1; k++) {
    const w = plain(tokens[k]);
    if (NOT_IN_A_COMPLEMENT.has(w) || PAST_WORDS.has(w) || /^[^\p{L}\d'’]+$/u.test(w) || (w.length > 4 && /(ing|ed)$/.test(w))) return false;
  }
  return true;
}
/** Verbs of urging or asking whose infinitive tells what is to be done. */
export const URGING = new Set(['urged', 'urges', 'urge', 'urging', 'asked', 'asks', 'encouraged', 'encourages', 'implored', 'begged', 'pressed', 'reminded', 'reminds', 'ordered', 'orders', 'instructed']);
/**
 * Whether the verb at `verb` takes an infinitive that the expression at `first` closes: a short object, "to", a verb,
 * then at most a few words and a preposition ("urged them to vote Tuesday", "asked voters to turn out on Tuesday").
 */
export function urgedInfinitive(tokens: readonly Token[], verb: number, first: number): boolean {
  if (first < 0) return false;
  let to = -1;
  for (let k = verb + 1; k <= verb + 4 && k < first; k++) {
    if (plain(tokens[k]) === 'to') { to = k; break; }
    // (an object may be counted: "ordered 82 companies to repay")
    if (!/^[\p{L}\d'’]+$/u.test(tokens[k].text)) return false;
  }
  if (to < 0 || !/^[a-z]+$/.test(tokens[to + 1]?.text ?? '')) return false;
  // the infinitive's own verb, then only a particle or a preposition of time ("to vote Tuesday", "to turn out on
  // Tuesday"; not "to forget the lessons of September 11", where the date names something else)
  // ("ordered 82 companies to repay 10 pct of their loans by December 31": a deadline "by" or "before" the day closes
  // the infinitive's object as well, within its clause)
  if (DEADLINE_LEADS.has(plain(tokens[first - 1])) && first - to <= DEADLINE_TAIL) {
    for (let k = to + 2; k < first; k++) if (!/^[\p{L}\d.%'’-]+$/u.test(tokens[k].text)) return false;
    return true;
  }
  for (let k = to + 2; k < first; k++) if (!INFINITIVE_TAIL.has(plain(tokens[k])) || k - to > 3) return false;
  return true;
}
/** Words of a deadline before the expression that closes an urged infinitive's object: "to repay the loans by December 31". */
const DEADLINE_LEADS: ReadonlySet<string> = new Set(['by', 'before']);
/** Most tokens from "to" to the expression for such a deadline. */
const DEADLINE_TAIL = 10;
const INFINITIVE_TAIL = new Set(['out', 'up', 'in', 'back', 'down', 'off', 'on', 'by', 'at', 'before', 'after', 'until', 'early']);

/** Verbs of planning whose object is set for a day: "planned an anti-BP rally for Sunday". */
export const PLAN_OBJECT_VERBS = new Set(['planned', 'scheduled', 'rescheduled', 'set', 'called', 'booked', 'slated', 'organized', 'organised', 'organizing', 'organising', 'arranged', 'arranging']);
/**
 * Whether a short object phrase (a few words, no verb or clause) runs from the verb at `verb` to "for" (or another
 * `preposition`) right before the expression at `first` ("called a special meeting of trade finance players for
 * Wednesday"; quotation marks around a name are not counted: "organizing a `` million man march '' around Cairo for
 * Tuesday").
 */
export function plannedObjectFor(tokens: readonly Token[], verb: number, first: number, preposition = 'for'): boolean {
  if (first - verb < 3 || plain(tokens[first - 1]) !== preposition) return false;
  let words = 0;
  for (let k = verb + 1; k < first - 1; k++) {
    if (QUOTE_MARKS.test(tokens[k].text)) continue;
    if (!/^[\p{L}-]+$/u.test(tokens[k].text) || NOT_IN_A_COMPLEMENT.has(plain(tokens[k])) || ++words > PLAN_OBJECT_REACH) return false;
  }
  return words > 0;
}
/**
 * Whether the expression at `first` is a weekday that modifies the planned or prepared-for event right after the
 * verb at `verb`: "planned a Sunday trip to the Gulf Coast", "scheduled a Thursday vote", "prepared for a Thursday
 * meeting" — a weekday before a noun in small letters, after the object's determiner.
 */
export function plannedEventOfDay(tokens: readonly Token[], verb: number, first: number): boolean {
  const w = plain(tokens[verb]);
  const determiner = PLAN_OBJECT_VERBS.has(w) ? verb + 1 : PREPARING.test(w) && plain(tokens[verb + 1]) === 'for' ? verb + 2 : -1;
  if (determiner < 0 || first !== determiner + 1 || !EVENT_DETERMINERS.has(plain(tokens[determiner]))) return false;
  return WEEKDAY_NAME.test(tokens[first].text) && /^[a-z]+$/.test(tokens[first + 1]?.text ?? '');
}
const PREPARING = /^prepar(?:e|es|ed|ing)$/;
const EVENT_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our']);
/** A weekday's name as written in full: "Sunday". */
export const WEEKDAY_NAME = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;

/** Most words of a planned object: "a special meeting of trade finance players". */
const PLAN_OBJECT_REACH = 7;
const QUOTE_MARKS = /^(?:``|''|[`"“”‘’'])$/u;

/** "hopes" or "aims" at i after a determiner, a possessive or an adjective after one: the plural noun. */
export function hopesAsNoun(tokens: readonly Token[], i: number): boolean {
  const determiner = (k: number) => NOUN_DETERMINERS.has(plain(tokens[k])) || (plain(tokens[k]) === 's' && /^['’]$/.test(tokens[k - 1]?.text ?? ''));
  if (determiner(i - 1)) return true;
  return /^[a-z]+(?:est|er|ing|ed)$|^(?:high|faint|slim|big|great|main|real|best)$/.test(plain(tokens[i - 1])) && determiner(i - 2);
}
const NOUN_DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', "'s", '’s', 'any', 'no', 'these', 'those', 'all', 'whose']);

/**
 * Whether a short object phrase runs from the present "plans" at `verb` to the expression at `first`, bare or after
 * "on": "it plans another round of demonstrations Friday", "they plan big event on Friday" (not "plans to", a verb's
 * infinitive read elsewhere).
 */
export function presentPlanObject(tokens: readonly Token[], verb: number, first: number): boolean {
  if (first < 0 || first - verb < 2 || first - verb > PRESENT_PLAN_REACH) return false;
  // the verb only after a pronoun subject ("it plans", "they plan"): after a noun "plans" is as often the noun ("his
  // withdrawal plans in October", "Obama's funding plan")
  const subject = plain(tokens[verb - 1]);
  if (!(plain(tokens[verb]) === 'plans' ? SINGULAR_SUBJECTS : PLURAL_SUBJECTS).has(subject)) return false;
  if (NOT_A_PLAN_OBJECT.has(plain(tokens[verb + 1]))) return false;
  for (let k = verb + 1; k < first; k++) {
    const w = plain(tokens[k]);
    if (k === first - 1 && w === 'on') break;
    if (!/^[\p{L}-]+$/u.test(tokens[k].text) || w === 'that' || w === 'which' || w === 'who') return false;
  }
  return true;
}
const PRESENT_PLAN_REACH = 8;
const SINGULAR_SUBJECTS = new Set(['it', 'he', 'she', 'who', 'also', 'now', 'still']);
const PLURAL_SUBJECTS = new Set(['they', 'we', 'i', 'you', 'who']);
/** Words right after "plans" that begin no object: "plans to", "plans for", "plans in October". */
const NOT_A_PLAN_OBJECT = new Set(['to', 'for', 'on', 'in', 'at', 'until', 'by', 'from', 'since', 'were', 'was', 'are', 'is', 'had', 'have']);

/**
 * Whether "for" at `forAt` opens the subject of a planned infinitive that the expression at `first` follows: "there
 * are no plans for Funaro to meet bankers during his trip on Friday", "the plan is for the two leaders to meet on
 * Friday", "officials arranged for Abbas to fly to Ankara on Wednesday" — what is planned or arranged lies ahead of
 * the planning, though the plan's own verb ("are", "is") says only that it stands.
 */
export function plannedForSomeone(tokens: readonly Token[], forAt: number, first: number): boolean {
  const before = plain(tokens[forAt - 1]);
  const planned = PLANS_FOR_SOMEONE.has(before) || (before === 'is' && PLAN_NOUNS.has(plain(tokens[forAt - 2])));
  if (!planned || first <= forAt) return false;
  for (let k = forAt + 1; k < first && k <= forAt + 1 + SUBJECT_OF_PLAN_REACH; k++) {
    if (plain(tokens[k]) === 'to') return k > forAt + 1 && k + 1 < first && verbAfterTo(tokens[k + 1]);
    if (!/^[\p{L}'’.-]+$/u.test(tokens[k].text) || NOT_IN_A_COMPLEMENT.has(plain(tokens[k]))) return false;
  }
  return false;
}
/** Words before "for" whose subject-and-infinitive is planned: "plans for", "arranged for". */
const PLANS_FOR_SOMEONE = new Set(['plan', 'plans', 'arrangements', 'arrangement', 'arranged', 'arranging', 'arrange', 'arranges']);
/** Nouns of a plan before "is for": "the plan is for", "the idea is for". */
const PLAN_NOUNS = new Set(['plan', 'idea', 'intention', 'aim', 'goal', 'hope', 'expectation']);
/** Most words in the infinitive's subject: "Brazilian finance minister Dilson Funaro". */
const SUBJECT_OF_PLAN_REACH = 6;

/** "was to meet", "were to lead" at i: a plan told in the past. */
export function planOfThePast(tokens: readonly Token[], i: number): boolean {
  const w = plain(tokens[i]);
  return (w === 'was' || w === 'were') && plain(tokens[i + 1]) === 'to' && /^[a-z]+$/.test(tokens[i + 2]?.text ?? '');
}

/** "am" at i is the clock's "5 am", not the verb. */
export function clockAm(tokens: readonly Token[], i: number): boolean {
  return plain(tokens[i]) === 'am' && /^\d/.test(tokens[i - 1]?.text ?? '');
}
/** Most tokens from the copula to the expression: "is Letts ' 22nd birthday on". */
const COPULA_REACH = 7;
/** Words that open a clause or a comparison inside a copula's complement, or are verbs of their own. */
const NOT_IN_A_COMPLEMENT = new Set(['that', 'which', 'who', 'when', 'since', 'until', 'after', 'before', 'than', 'as', 'to', 'not', "n't", 'be', 'been', 'being', 'also', 'still', 'only', 'said', 'says']);

/** Past verbs that bring about what their object's infinitive tells: "caused cleanup efforts to be suspended". */
const CAUSED = new Set(['caused', 'forced', 'prompted', 'led', 'compelled', 'obliged']);
/** Most words of the object between the causing verb and "to": "forced [the airport in Nairobi] to". */
const MAX_CAUSED_OBJECT = 4;

/**
 * Whether the "to" at `to` opens the infinitive of a past verb that brought the event about ("Bad weather caused
 * cleanup efforts to be suspended over the weekend", "forced the airport to be closed on Sunday"): the event
 * happened then, not after. ("asked the plant to be closed on Friday", an urging, still looks ahead.)
 */
export function causedInfinitive(tokens: readonly Token[], to: number): boolean {
  for (let k = to - 2; k >= 0 && k >= to - 1 - MAX_CAUSED_OBJECT; k--) {
    const w = plain(tokens[k]);
    if (CAUSED.has(w)) return true;
    if (!/^[a-z'-]+$/i.test(tokens[k].text)) return false;
  }
  return false;
}

/** Verbs, and their nouns, of committing to a deed still to come: "threatened to", "vows to", "a pledge to". */
export const COMMITTING: ReadonlySet<string> = new Set(['threatened', 'threatens', 'threaten', 'threatening', 'vowed', 'vows', 'vow', 'vowing', 'pledged', 'pledges', 'pledge', 'pledging', 'promised', 'promises', 'promise', 'promising']);
/** Words after "to" that open a noun phrase, not a verb: "a pledge to the voters", "promised to him". */
const NOT_A_VERB_AFTER_TO = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'him', 'them', 'me', 'us', 'you', 'it', 'all', 'both', 'each', 'every', 'some', 'any', 'no']);
/** Whether the token after "to" may be a verb in the base form: a word in small letters, no determiner or pronoun. */
export function verbAfterTo(t: Token | undefined): boolean {
  return t !== undefined && /^[a-z]+$/.test(t.text) && !NOT_A_VERB_AFTER_TO.has(t.text);
}

/**
 * Prepositions after which a time is the one something is put off to: "extended until", "postponed to" (not
 * "through": "talks … after being extended through the weekend" stretched what went on).
 */
export const MOVED_TO: ReadonlySet<string> = new Set(['until', 'till', 'to']);
/** Verbs of putting a time off: "extended", "postponed", "adjourned until". */
const PUTTING_OFF = /^(?:extend(?:s|ed|ing)?|postpone(?:s|d)?|postponing|defer(?:s|red|ring)?|delay(?:s|ed|ing)?|adjourn(?:s|ed|ing)?|reschedul(?:e|es|ed|ing))$/;
/** Most tokens between the verb of putting off and its preposition: "extended the expiration time of its tender offer until". */
const PUT_OFF_REACH = 9;

/**
 * A verb of putting off within PUT_OFF_REACH tokens before the preposition at `prep`, with no comma or clause break
 * between ("the 1986 quota year, which was extended three months to December 31" keeps its year: the comma stops it).
 */
export function putOffTo(tokens: readonly Token[], prep: number, sentStart: number): boolean {
  for (let k = prep - 1; k >= sentStart && k >= prep - PUT_OFF_REACH; k--) {
    const w = plain(tokens[k]);
    if (w === ',' || CLAUSE_BREAK.has(w)) return false;
    if (PUTTING_OFF.test(w)) return true;
  }
  return false;
}
