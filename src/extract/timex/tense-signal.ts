import type { Token } from '../../model/layers.js';
import { plain } from './token-reader.js';
import { causedInfinitive, clockAm, COMMITTING, copulaBeforeExpression, hopesAsNoun, PAST_WORDS, planOfThePast, plannedForSomeone, PLAN_OBJECT_VERBS, plannedEventOfDay, plannedObjectFor, presentPlanObject, URGING, urgedInfinitive, verbAfterTo } from './verb-frames.js';
import { datesTheRefusal } from './clause-edges.js';
import { adverbInAVerbGroup, FUTURE_MODALS, withinModalPassiveReach, wordAt } from './verb-groups.js';
import { MONTHS } from './lexicon.js';

/*
 * What one word tells of the time of the clause it stands in: `signal` reads a single token — a modal, a "due to"
 * or "expected to" frame, a scheduled present, a past form — and says past, future, present or nothing. `tense.ts`
 * walks out from an expression asking this of the words around it and decides which one speaks for it.
 */

/** Which way a time lies from the publication: −1 past, +1 future, 0 unknown. */
export type Direction = -1 | 0 | 1;

const FUTURE_WORDS = new Set(['will', "'ll", 'shall', 'wo', 'tomorrow', 'upcoming', 'scheduled', 'slated', 'expects', 'expect', 'anticipates', 'anticipate', 'intends', 'aims', 'hopes', 'payable', 'expire', 'expires']);
/** "is due to", "are set to", "is expected to", "is going to" — a future when followed by "to". */
export const FUTURE_BEFORE_TO = new Set(['supposed', 'due', 'set', 'expected', 'going', 'scheduled', 'slated', 'likely', 'unlikely', 'poised', 'planning', 'preparing', 'planned', 'plan', 'plans', 'intends', 'intended', 'wants', 'hopes', 'aims', 'aiming', 'hoping', 'intending', 'need', 'needs', 'proposes', 'propose',
  // ("The Commission is willing to convene another Wage Case in October")
  'willing', 'ready', 'prepared', 'eager', 'keen']);
/** Words after a scheduled verb's form that make it a plural noun: "Friday closes of 142.35", "housing starts were". */
const NOUN_AFTER_SCHEDULED = new Set(['of', 'was', 'were', 'is', 'are', 'rose', 'fell', 'jumped', 'dropped', 'increased', 'decreased', 'climbed', 'declined', 'have', 'had', 'has']);
/** Present forms news uses for what is scheduled: "the summit opens Monday", "Abbas visits Ankara on Wednesday". */
const SCHEDULED_PRESENT = new Set(['opens', 'reopens', 'begins', 'starts', 'ends', 'concludes', 'closes', 'resumes', 'meets', 'arrives', 'visits', 'travels', 'hosts', 'heads', 'faces', 'convenes', 'reconvenes', 'departs', 'kicks', 'launches', 'unveils', 'takes',
  // ("Ukraine celebrates five years of independence from Kremlin rule on Saturday", "Nakasone leaves on his sixth
  // official visit to the United States on Wednesday"; not "holds", as often a state:
  // "began raising its stake in July, and holds 14.6%")
  // ("The dispute goes to the Commission on Monday", written on Friday; "the offer expires Friday")
  'celebrates', 'leaves', 'goes', 'expires', 'terminates',
  // ("The FAO official returns to Rome on Thursday", "when he retires as Chairman in December")
  'returns', 'retires']);
/** Words after "returns" that make it the verb of coming back: "returns to Rome", "returns from a visit", "returns home". */
const RETURNS_TO: ReadonlySet<string> = new Set(['to', 'from', 'home']);
/** The base forms of the scheduled presents, as "does" leaves them and `doesBefore`'s rule reads them: "terminate", "expire". */
const SCHEDULED_BASE_FORMS: ReadonlySet<string> = new Set([...SCHEDULED_PRESENT].flatMap((w) => (w.endsWith('es') ? [w.slice(0, -1), w.slice(0, -2)] : [w.slice(0, -1)])));
/** The present's "does", which leaves its verb in the base form: "does not end", "doesn't expire". */
const DOES: ReadonlySet<string> = new Set(['does', 'do']);
/** Whether "does" stands before the base form at i, past "not" and adverbs: "does not necessarily end". */
function doesBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = plain(tokens[k]);
    if (DOES.has(w)) return true;
    if (w !== 'not' && w !== "n't" && !/^[a-z]+ly$/.test(w)) return false;
  }
  return false;
}
/** Verbs of a fixture in the plural a team takes: "England face Moldova", "United host Blackburn". */
const FIXTURE_VERBS = new Set(['face', 'host', 'play', 'meet', 'visit', 'entertain']);
/** The scheduled presents' plural forms, kept to verbs that are rarely nouns ("head", "face", "start", "visit" are left out). */
const SCHEDULED_BASE = new Set(['meet', 'begin', 'resume', 'reopen', 'arrive', 'convene', 'reconvene', 'depart', 'go']);
/** Verbs of agreeing: "agreed to meet on Saturday". */
const AGREEING: ReadonlySet<string> = new Set(['agreed', 'agrees', 'agree', 'agreeing']);
/** Words after which such a base form is a noun ("the visit", "Clinton's meet") or carries no tense ("to meet", "did not begin"). */
const BASE_FORM_AFTER = new Set(["'s", '’s', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'to', 'did', 'do', 'does', "didn't", "don't", "doesn't", 'not', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', "'ll", 'never', 'and', 'or', 'i', 'you']);
/** Participles whose present passive tells a schedule: "is released on Friday", "are sworn in Monday". */
const SCHEDULED_PASSIVE = new Set(['released', 'published', 'screened', 'broadcast', 'aired', 'unveiled', 'launched', 'staged', 'sworn', 'inaugurated']);
/** Participles of aiming before "to": "were aiming to finish drilling in mid-August". */
const AIMING = new Set(['aiming', 'hoping', 'intending']);
/** Participles of arranging: "are planning a march", "is preparing a bid". */
const ARRANGING = new Set(['planning', 'preparing', 'organizing', 'organising', 'scheduling']);
/** Adverbs between a copula and its participle: "is now preparing", "are still planning". */
const PROGRESSIVE_ADVERBS = new Set(['now', 'already', 'still', 'also', 'currently']);
/** Verbs of taking place whose infinitive after a noun looks ahead: "a pause to begin on Tuesday". */
const STARTS_AFTER_NOUN = new Set(['begin', 'start', 'resume', 'convene', 'reconvene', 'open', 'reopen', 'restart', 'return', 'expire', 'end']);
/** What a market report ends: "to end the day", "to end the session". */
const SESSION_WORDS = new Set(['day', 'session', 'week', 'month', 'year', 'quarter']);
/** Words before "to" that make the infinitive a verb's complement, not a noun's. */
const VERBS_BEFORE_TO = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'had', 'has', 'have', 'used', 'able', 'going', 'want', 'wants', 'need', 'needs', 'try', 'tries', 'agree', 'agrees', 'refuse', 'refuses', 'decide', 'decides', 'plan', 'plans', 'hope', 'hopes', 'expect', 'expects', 'likely', 'due', 'set', 'ready', 'unable', 'order', 'orders', 'allow', 'allows', 'fail', 'fails', 'seem', 'seems', 'appear', 'appears', 'continue', 'continues', 'began', 'begin', 'begins', 'enough', 'about', 'and', 'or', 'not', 'yet']);

/** The token at `k` ends a noun phrase: a word that is no verb form, adjective or adverb before "to". */
function nounBefore(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  const w = t.text.toLowerCase();
  // (nor an adjective or adverb that takes an infinitive: "unlikely to resume", "able", "enough to begin")
  return /^\p{L}+$/u.test(w) && !/(?:ed|ing|ly|ble)$/.test(w) && !VERBS_BEFORE_TO.has(w);
}

const PLAN_FOR = new Set(['planned', 'scheduled', 'slated', 'set', 'due', 'planning', 'booked', 'penciled', 'pencilled', 'rescheduled', 'forecast', 'projected']);
/** Past forms ending in "-eed" ("need", "speed", "indeed" do not): "Governments agreed on Saturday to launch a fund". */
const PAST_IN_EED = new Set(['agreed', 'disagreed', 'freed', 'guaranteed', 'decreed', 'refereed']);
/** -ed words that are not past tense (adjectives, future frames). */
export const NOT_PAST_ED = new Set(['associated', 'expected', 'scheduled', 'planned', 'proposed', 'red', 'bed', 'need', 'indeed', 'speed', 'feed', 'seed', 'weed', 'breed', 'united', 'limited', 'based', 'related', 'listed', 'interested', 'concerned', 'supposed', 'detailed', 'advanced', 'hundred', 'shed', 'embed', 'wed', 'ed', 'fed']);
/** Verbs a source "would not" do, in news a refusal already made: "would not say", "wouldn't comment". */
const DECLINED = new Set(['say', 'comment', 'confirm', 'discuss', 'elaborate', 'specify', 'disclose', 'reveal', 'answer', 'speculate', 'identify', 'name', 'detail', 'explain', 'budge', 'commit']);
/** Present-tense auxiliaries: the clause is about now, so neither way is preferred ("it is calling for the redemption on Dec. 7"). */
export const PRESENT = new Set(['is', 'are', 'am']);
export const PRESENT_SIGNAL = 2;
export const MODALS = new Set(['may', 'might', 'can', 'could', 'should', 'must']);
/** Participles of a forecast after "is": "is expected to rise", "are forecast to fall". */
const FORECAST_BEFORE_TO = new Set(['expected', 'forecast', 'projected', 'predicted', 'likely', 'set', 'due', 'scheduled']);
/** A month's or a period's last word right before `i`, the time a subject names: "Output in September [is]", "during Jan/Sept [should]". */
function periodWordBefore(tokens: readonly Token[], i: number): boolean {
  const w = plain(tokens[i - 1]);
  return MONTHS.has(w) || PERIOD_NOUNS.has(w);
}
const PERIOD_NOUNS = new Set(['quarter', 'half', 'season', 'month']);
/** Modals of what is expected, ahead whatever the time: "harvesting should start in August", "arrivals might reach". */
const EXPECTING_MODALS = new Set(['should', 'might']);
/** "as of July 31": the date a state is told at, which a modal before it does not move. */
function statusDate(tokens: readonly Token[], expressionStart: number): boolean {
  return expressionStart >= 2 && plain(tokens[expressionStart - 1]) === 'of' && plain(tokens[expressionStart - 2]) === 'as';
}
/** Modals that still look ahead with "not" after them ("could not" is as often a past inability). */
const DENIED_AHEAD = new Set(['may', 'might', 'should']);
/** Words after a modal's "have" that make it the verb of having, not a perfect's auxiliary: "should have a neutral impact". */
const HAVE_OBJECTS = new Set(['a', 'an', 'the', 'no', 'some', 'any', 'little', 'much', 'its', 'their', 'his', 'her', 'our', 'more', 'less', 'enough']);
/** Verbs of the senses after which "could" tells what was possible then: "On Thursday, I could smell the oil". */
const SENSES = new Set(['smell', 'see', 'hear', 'feel', 'taste', 'sense']);
/** Participles after "could be" of finding and perceiving: "could be located Wednesday", "could be heard early Thursday". */
const FOUND = new Set(['located', 'found', 'heard', 'seen', 'reached', 'contacted', 'spotted']);
export const PERSONAL_SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they', 'you']);

/**
 * "could" of a past ability: "I could smell the oil", "could be located Wednesday", "could be heard early
 * Thursday" ("The East Coast could see it by Thursday", "could be decided at a meeting on Sunday" are ahead).
 */
function pastAbility(tokens: readonly Token[], i: number): boolean {
  if (tokens[i].text !== 'could') return false;
  const next = plain(tokens[i + 1]);
  if (SENSES.has(next)) return PERSONAL_SUBJECTS.has(plain(tokens[i - 1]));
  return next === 'be' && FOUND.has(plain(tokens[i + 2]));
}
/** Words before "expected" that compare with a forecast rather than announce a plan. */
export const COMPARED = new Set(['as', 'than']);

/** Irregular participles, and "earlier", that are adjectives after an article or a possessive: "a lost weekend", "their lost interest", "its earlier target". */
const ADJECTIVAL_PARTICIPLES = new Set(['lost', 'spent', 'hung', 'stuck', 'paid', 'used', 'earlier']);
/** Articles and possessives before such a participle. */
const ARTICLES_AND_POSSESSIVES = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);


/**
 * `leftOfExpression`: the word comes before the expression (so the expression may lie inside what it governs);
 * `expressionStart`: where that expression starts, when the reading depends on how close it is.
 *
 * Every rule below fires only for a word of SIGNAL_WORDS, a modal as written (MODALS), or a word of more than four
 * letters ending in "-ing" or "-ed"; a rule that reads another word must add it to SIGNAL_WORDS.
 */
export function signal(tokens: readonly Token[], i: number, leftOfExpression = true, modalsAhead = false, expressionStart = -1): Direction | typeof PRESENT_SIGNAL {
  // "he 'd opened fire", "I 'll go": text whose tokens were split by spaces (Timeline17) reads a contraction as "'"
  // and its letters
  const w = wordAt(tokens, i);
  // (most words signal nothing: the look around an expression asks this of up to 24 tokens)
  // (a scheduled verb's base form only after "does": "does not necessarily terminate", "doesn't expire")
  if (!SIGNAL_WORDS.has(w) && !MODALS.has(tokens[i].text) && !(w.length > 4 && (w.endsWith('ing') || w.endsWith('ed'))) && !(SCHEDULED_BASE_FORMS.has(w) && doesBefore(tokens, i))) return 0;
  const next = plain(tokens[i + 1]);
  // "planned to leave on Thursday" looks ahead from the plan, but in "On Friday, the government planned to
  // pay" or "a meeting on Wednesday said it planned to send a team" the day dates the planning, in the past
  if (w === 'planned' && next === 'to' && !leftOfExpression) return -1;
  // "an announcement was planned in Chicago Wednesday", "is planned Friday": the planned event lies ahead
  if (w === 'planned' && leftOfExpression && next !== 'to' && /^(was|were|is|are|been|be)$/.test(tokens[i - 1]?.text.toLowerCase() ?? '')) return 1;
  // "1.6 percent, less than forecast in July", "as forecast in March": the forecast compared with was made
  // (not "economists forecast growth in July")
  if (w === 'forecast' && COMPARED.has(plain(tokens[i - 1]))) return -1;
  // "against the 6.5 pct forecast in December", "they forecast in March": a forecast dated right after the word was made then
  if (w === 'forecast' && leftOfExpression && expressionStart === i + 2 && (next === 'in' || next === 'on')) return -1;
  // "In December it cut 59.4 mln dlrs from a rate request", "the same level as he forecast in the February budget": a
  // verb whose past is its base form, right after a singular subject pronoun, is the past (the present takes "-s")
  if (SAME_FORM_PASTS.has(w) && tokens[i].text === w && SINGULAR_SUBJECTS.has(plain(tokens[i - 1]))) return -1;
  // "lower than expected due to snowstorms in January": "due to" before a noun is "because of"
  if (w === 'due' && next === 'to' && causeAfter(tokens, i + 2)) return 0;
  // "promised to halt all trade with South Africa by October", "vowed to be in Oxford on Friday night", "a pledge to
  // meet again in September": what is threatened, promised or vowed lies ahead of the commitment, and commitments
  // in the news are fresh (read from the right, "On Monday, the union threatened to strike" dates the threat, a past
  // verb like any other; "had promised to" was a commitment for a time gone by, as "had planned to")
  if (leftOfExpression && COMMITTING.has(w) && next === 'to' && verbAfterTo(tokens[i + 2])) return /^(?:had|'d)$/.test(plain(tokens[i - 1])) ? -1 : 1;
  // "agreed to meet with representatives at 1000 EST Thursday", "has agreed to go by September": a meeting or a going
  // agreed on lies ahead of the agreement ("agreed to buy from Devon Energy in March" may date the agreement itself)
  if (leftOfExpression && AGREEING.has(w) && next === 'to' && SCHEDULED_BASE.has(plain(tokens[i + 2]))) return /^(?:had|'d)$/.test(plain(tokens[i - 1])) ? -1 : 1;
  // "a revision process aimed at holding elections in the fall", "talks aimed at reaching a deal by Friday": what is
  // aimed at lies ahead of the aiming ("strikes aimed at militants on Monday" hit a target then)
  if (leftOfExpression && (w === 'aimed' || w === 'aiming') && next === 'at' && /^[a-z]{3,}ing$/.test(tokens[i + 2]?.text ?? '')) return 1;
  // "Trump promised \"major decisions\" by Wednesday", "pledged aid by Friday": what is promised is due by the day
  if (leftOfExpression && COMMITTING.has(w) && plannedObjectFor(tokens, i, expressionStart, 'by')) return 1;
  // ("had been scheduled to start shutting off valves Tuesday, aiming to stop the flow": an aim read after the
  // expression is the clause's purpose, no tense of its own)
  if (!leftOfExpression && AIMING.has(w)) return 0;
  // "would like to return in the spring": a wish looks ahead
  if (leftOfExpression && (w === 'like' || w === 'love') && next === 'to' && /^(?:would|'d)$/.test(plain(tokens[i - 1]))) return 1;
  // "the finished document is hoped to be presented to Congress in October": a hope held now, in the passive (not
  // "said it hoped to submit the plan by mid-February", a hope of the past)
  if (next === 'to' && presentHope(tokens, i)) return 1;
  if (FUTURE_BEFORE_TO.has(w) && next === 'to') {
    // "had been due to expire" looks forward from a past point that has passed: a past date. "was due to fly
    // on Saturday", "was likely to return on Saturday" report a plan not yet carried out: still ahead
    const prev = tokens[i - 1]?.text.toLowerCase();
    // "were planning to drive to the airport on Monday": a plan still in progress when the story is written
    if (w === 'planning' || w === 'preparing') return 1;
    // "Allen had planned to join Rand in May", "Crews had planned to spend Wednesday …": a plan in the past perfect
    // was for a day already gone ("had expected to take preorders up to Thursday's launch" still looks ahead)
    return prev === 'been' || ((prev === 'had' || prev === "'d") && w === 'planned') ? -1 : 1;
  }
  // "planned a demonstration on Saturday and were planning to drive around Miami": the auxiliary of a plan in
  // progress is no past of its own (read from the right, it would otherwise be met before "planning") — but
  // "started a sentence on Thursday just as he was preparing to appeal" sets the plan at a past moment
  if ((w === 'was' || w === 'were') && (next === 'planning' || next === 'preparing') && tokens[i + 2]?.text.toLowerCase() === 'to' && !pastMoment(tokens, i)) return 1;
  // "if his candidate were to win in November": a condition on what is still to come ("the dome on Wednesday was
  // to take a journey", "the first decision I have taken on Monday was to allow" are past)
  if (w === 'were' && next === 'to' && conditionBefore(tokens, i)) return 1;
  // "BP's board was to meet on Monday", "Napolitano were to lead a delegation to the region on Monday": a plan told
  // in the past, for a weekday after it, still to come when the story is written (but see planToldInPast)
  if (modalsAhead && leftOfExpression && planOfThePast(tokens, i)) return 1;
  // "there are no plans for Funaro to meet bankers on Friday", "the plan is for them to meet on Friday"
  if (leftOfExpression && w === 'for' && plannedForSomeone(tokens, i, expressionStart)) return 1;
  // "ahead of local elections on November 24": an event still to come
  if (w === 'ahead' && next === 'of' && leftOfExpression) return 1;
  // "ordered by dealers in advance of their official introduction Thursday": the same
  if (w === 'advance' && next === 'of' && plain(tokens[i - 1]) === 'in' && leftOfExpression) return 1;
  // "Looking ahead to the auctions on Tuesday": what is looked ahead to
  if (w === 'ahead' && next === 'to' && leftOfExpression && /^look(?:s|ed|ing)?$/.test(tokens[i - 1]?.text.toLowerCase() ?? '')) return 1;
  // "planned for early March", "a summit set for April": the plan is made, the event lies ahead
  if (PLAN_FOR.has(w) && next === 'for') return 1;
  // "the snap polls called for 24 June": called for the day itself (not "called for talks on Monday", a demand made then)
  if (w === 'called' && next === 'for' && leftOfExpression && expressionStart === i + 2) return 1;
  // "he urged them to vote Tuesday", "asked Congress to act by Friday": what is urged lies ahead of the urging
  // ("calls on its followers to march Friday", "called for supporters to demonstrate after Friday's prayers": a call on
  // someone to act is an urging)
  const callOn = /^call(?:s|ed|ing)?$/.test(w) && (next === 'on' || next === 'for');
  if (leftOfExpression && (URGING.has(w) || callOn) && urgedInfinitive(tokens, i, expressionStart)) return 1;
  // "Protesters planned an anti-BP rally for Sunday", "scheduled a vote for Tuesday": what is planned for the day
  if (leftOfExpression && PLAN_OBJECT_VERBS.has(w) && plannedObjectFor(tokens, i, expressionStart)) return 1;
  // "Obama planned a Sunday trip to the Gulf Coast", "the council prepared for a Thursday meeting": the planned event's day
  if (leftOfExpression && plannedEventOfDay(tokens, i, expressionStart)) return 1;
  // "says it plans another round of demonstrations Friday": a plan in the present dates its object, still to come
  if (leftOfExpression && (w === 'plans' || w === 'plan') && tokens[i].text === w && presentPlanObject(tokens, i, expressionStart)) return 1;
  // "is to resume trading Tuesday"
  if (w === 'to' && (tokens[i - 1]?.text.toLowerCase() === 'is' || tokens[i - 1]?.text.toLowerCase() === 'are')) return 1;
  // ("against Friday closes of 142.35/45", "September housing starts was the largest": a plural noun before "of"
  // or before the clause's verb, no verb itself)
  // ("returns" only as the verb of coming back, "returns to Rome", not "variable life returns topping 50 pct")
  if (SCHEDULED_PRESENT.has(w) && tokens[i].text === w && !NOUN_AFTER_SCHEDULED.has(plain(tokens[i + 1])) && (w !== 'returns' || RETURNS_TO.has(plain(tokens[i + 1])))) return 1;
  // "his power does not necessarily end at the end of his term in October", "the offer doesn't expire Friday": the same
  // present with "does" before its base form
  if ((SCHEDULED_PRESENT.has(w + 's') || SCHEDULED_PRESENT.has(w + 'es')) && doesBefore(tokens, i)) return 1;
  // "Wisconsin holds its presidential primary on Tuesday", "the commission holds hearings Monday" (not "holds 14.6%")
  // ("an agreement reached in June to hold talks" is a purpose, not a schedule)
  if ((w === 'holds' || (w === 'hold' && plain(tokens[i - 1]) !== 'to')) && tokens[i].text === w && heldEvent(tokens, i + 1)) return 1;
  // "a humanitarian pause to begin on Tuesday", "talks to resume Monday": an infinitive after a noun says when
  // what is ordered or agreed takes place, which lies ahead of the order (not "was to begin", "wanted to meet")
  // ("regained losses to end the day close to Monday 's levels": a market report's close of the day, no plan)
  if (leftOfExpression && STARTS_AFTER_NOUN.has(w) && tokens[i - 1]?.text.toLowerCase() === 'to' && nounBefore(tokens, i - 2) && !(w === 'end' && plain(tokens[i + 1]) === 'the' && SESSION_WORDS.has(plain(tokens[i + 2])))) return 1;
  // the same with a plural subject: "He and Arafat meet separately Monday", "the talks resume Tuesday" (not
  // after "to", "did", a modal or an auxiliary, where the base form carries no tense of its own)
  if (SCHEDULED_BASE.has(w) && tokens[i].text === w && !BASE_FORM_AFTER.has(plain(tokens[i - 1]))) return 1;
  // a fixture: "England face Moldova … on Sunday", "Manchester United host 1995 champions Blackburn on Sunday", "Essex
  // and Kent both face tense finishes on Monday" — teams take the plural, and their named subject says it is a verb
  if (FIXTURE_VERBS.has(w) && tokens[i].text === w && i > 0 && (/^\p{Lu}/u.test(tokens[i - 1].text) || plain(tokens[i - 1]) === 'both') && !NOUN_AFTER_SCHEDULED.has(plain(tokens[i + 1]))) return 1;
  // "they are planning a march of millions in the city Tuesday": what is being planned or prepared lies ahead,
  // however long its noun phrase
  // ("which the government is now preparing for presentation in September": an adverb may stand between)
  const presentCopula = (k: number) => /^(is|are|am|'re|’re)$/.test(plain(tokens[k]));
  if (leftOfExpression && ARRANGING.has(w) && (presentCopula(i - 1) || (PROGRESSIVE_ADVERBS.has(plain(tokens[i - 1])) && presentCopula(i - 2)))) return 1;
  // "has threatened to push deeper since sending forces into the enclave of Afrin in February": what "since" starts
  // from has happened
  if (leftOfExpression && w.length > 4 && w.endsWith('ing') && plain(tokens[i - 1]) === 'since') return -1;
  // "This is Home is released on Friday through Epix", "the report is published Thursday": a present passive of a
  // verb of bringing out tells what is scheduled, for a weekday (a timeline's "results are published, showing
  // losses for April to June" is its historical present)
  if (leftOfExpression && modalsAhead && SCHEDULED_PASSIVE.has(w) && /^(is|are)$/.test(plain(tokens[i - 1]))) return 1;
  // "the company's best hopes of plugging the leak rested on …", "their aims": the noun, no verb of hoping
  if ((w === 'hopes' || w === 'aims') && hopesAsNoun(tokens, i)) return 0;
  // "a standstill arrangement, expiring June 30": what expires on the day is still running ("expiring tax deductions"
  // describes, and dates nothing)
  if (w === 'expiring' && leftOfExpression && expressionStart > i && expressionStart - i <= 2) return 1;
  // ("a one-for-five rights issue of certificates by Rhone-Poulenc opening Monday": an offer or a session that opens on
  // the day, the participle right after its noun, is still to open, whatever the clause around it tells)
  // (after a ticker's bracket too: "by Rhone-Poulenc <RHON.PA> opening Monday")
  if (w === 'opening' && leftOfExpression && expressionStart === i + 1 && !BE_FORMS.has(plain(tokens[i - 1])) && /^(?:[a-z]|>$)/i.test(tokens[i - 1]?.text ?? '')) return 1;
  // "He retired, as scheduled, on June 30": what went as planned says nothing of when
  if (w === 'scheduled' && plain(tokens[i - 1]) === 'as') return 0;
  if (FUTURE_WORDS.has(w)) {
    // "had been due to expire Friday": the frame before "to" decides, and it may lie in the past
    if (tokens[i - 1]?.text.toLowerCase() === 'to' && i >= 2 && FUTURE_BEFORE_TO.has(tokens[i - 2].text.toLowerCase())) return signal(tokens, i - 2, leftOfExpression);
    return 1;
  }
  // "continues to insist, most recently in a Labor Day interview": the latest of things already done
  if (w === 'recently' && leftOfExpression) return -1;
  // "Schumer wouldn't say Tuesday how the party would …", "would not comment": a refusal already made
  // — the refusal dates only an expression right after it ("wouldn't budge Friday from the standard prediction of
  // a mid-August completion": the completion still lies ahead)
  if (w === 'would' && (next === "n't" || next === 'not') && DECLINED.has(tokens[i + 2]?.text.toLowerCase() ?? '') && datesTheRefusal(tokens, i + 3, expressionStart)) return -1;
  // "he'd surged to the top", "she'd been": "'d" before a participle is "had"
  if (w === "'d" && (PAST_WORDS.has(next) || (next.length > 3 && next.endsWith('ed')))) return -1;
  // "Saturday would have been Reagan's 105th birthday": a counterfactual "would have been" looks back (a participle
  // after "would have" is read with its verb group below, as a future: "would have left")
  if ((w === 'would' || w === "'d") && next === 'have' && plain(tokens[i + 2]) === 'been') return -1;
  if (w === 'would' || w === "'d") return 1;
  // "let's have a debate on Friday": a proposal, still to come
  // (space-split text: "Let 's get them out of there, starting in November")
  if (w === "let's" || (w === 'let' && (next === "'s" || next === '’s' || next === 'us' || (/^['’]$/.test(next) && plain(tokens[i + 2]) === 's')))) return 1;
  // "President Obama is due there on Sunday", "The report is due Friday": expected, still to come
  if (w === 'due' && leftOfExpression && next !== 'to' && /^(is|are|'s|’s)$/.test(tokens[i - 1]?.text.toLowerCase() ?? '')) return 1;
  // "… on Sunday, as is BP head Tony Hayward": an elliptical comparison repeats the clause's tense, it sets none
  if (PRESENT.has(w) && !leftOfExpression && tokens[i - 1]?.text.toLowerCase() === 'as') return 0;
  // "The vote is on Tuesday", "It is Letts' 22nd birthday on Tuesday", "His trial is Friday": a copula in the
  // present before the day tells what is set for it, still to come (a day already past would take "was")
  if (leftOfExpression && PRESENT.has(w) && !clockAm(tokens, i) && copulaBeforeExpression(tokens, i, expressionStart)) return 1;
  // ("Output in September is expected to rise", "Sales during July/Sept are forecast to fall": a forecast of the time
  // named before it)
  if (!leftOfExpression && PRESENT.has(w) && FORECAST_BEFORE_TO.has(next) && plain(tokens[i + 2]) === 'to' && periodWordBefore(tokens, i)) return 1;
  if (PRESENT.has(w)) return PRESENT_SIGNAL;
  // "may soon seek", "could resume Tuesday": a modal speaks from now ("May" the month is capitalized)
  // ("should have", "can't" look back or deny)
  if (modalsAhead && MODALS.has(tokens[i].text) && next !== 'have' && next !== "n't" && next !== 'not' && !pastAbility(tokens, i)) return 1;
  // ("should have an overall neutral impact on prices Monday": "have" the verb itself, not a perfect's; "might not be
  // verified in Tuesday's report": a future denied is a future still)
  if (modalsAhead && MODALS.has(tokens[i].text) && next === 'have' && HAVE_OBJECTS.has(plain(tokens[i + 2]))) return 1;
  if (modalsAhead && DENIED_AHEAD.has(tokens[i].text) && (next === 'not' || next === "n't") && !pastAbility(tokens, i)) return 1;
  // "harvesting should start in August", written in March: a month, quarter or year a modal of expectation looks to is
  // ahead (only before the time: "the year just ended should come close to the record"; not a state's date, "should
  // continue with debt at 22 pct as of July 31")
  if (leftOfExpression && EXPECTING_MODALS.has(tokens[i].text) && next !== 'have' && next !== 'be' && next !== "n't" && next !== 'not' && !statusDate(tokens, expressionStart)) return 1;
  // ("Output in September should rise", "Output during July/Sept might reach 600,000 bags": the time the subject names,
  // with the modal right after its words)
  if (!leftOfExpression && EXPECTING_MODALS.has(tokens[i].text) && /^[a-z]+$/.test(next) && next !== 'have' && next !== 'be' && next !== 'not' && periodWordBefore(tokens, i)) return 1;
  if (MODALS.has(tokens[i].text)) return PRESENT_SIGNAL;
  // "markets untouched by the crisis", "a plan backed by Paris": a participle before "by" with no auxiliary
  // modifies a noun; the auxiliary ("was backed by") carries any tense itself
  // ("after a lost weekend", "a paid holiday": an irregular participle after an article or a possessive is an adjective)
  // ("come earlier than expected": a comparison, no past)
  // ("a separate hearing on Thursday devoted to the disaster": a participle that takes "to" right of the day describes
  // the noun before it)
  if (!leftOfExpression && next === 'to' && NOUN_PARTICIPLES_WITH_TO.has(w)) return 0;
  // ("excess pension funds used to pay down debt": "used to" is a purpose or a habit, no dated past)
  // ("a bonus issue to shareholders registered May 1": the record date of a payout, named by a participle, no past)
  if (w === 'registered' && /holders$/.test(plain(tokens[i - 1]))) return 0;
  // ("plans to build 485,000 cars in the April-June period, compared with 497,000 a year ago": "compared with" marks
  // the side compared, no verb of the clause; a past it looks back to is read from its own words, "a year ago")
  if (w === 'compared' && (next === 'with' || next === 'to')) return 0;
  const past = (PAST_WORDS.has(w) && !(ADJECTIVAL_PARTICIPLES.has(w) && ARTICLES_AND_POSSESSIVES.has(plain(tokens[i - 1]))) && !(w === 'earlier' && next === 'than') && !(w === 'used' && next === 'to')) || (w.length > 4 && w.endsWith('ed') && (!w.endsWith('eed') || PAST_IN_EED.has(w)) && !NOT_PAST_ED.has(w) && next !== 'by' && !/^[A-Z]/.test(tokens[i].text) && !adjectival(tokens, i));
  if (past) {
    // ("will be debated and voted on by deputies in November": a participle joined to one before it shares its verb
    // group, and so its direction)
    const joined = plain(tokens[i - 1]);
    if ((joined === 'and' || joined === 'or') && i >= 2 && /^[a-z]{3,}ed$/.test(plain(tokens[i - 2]))) return signal(tokens, i - 2, leftOfExpression, modalsAhead, expressionStart);
    // a participle inside a future verb group: "will be paid", "is to be completed", "would have left"
    // — but "was reported to have been", "is believed to have died" is a perfect infinitive, which looks back
    let perfect = false;
    // ("The rains over the weekend and up to yesterday registered …": a word of the past that is no verb ends no verb
    // group, so "to" before it plans nothing)
    for (let k = i - 1; k >= Math.max(0, i - 3) && !PAST_ADVERBS.has(w); k--) {
      const a = plain(tokens[k]);
      if (a === 'to' && perfect) break;
      // "was found to be infected on Saturday", "were thought to be hiding": a raising verb in the past reports
      // what happened (not "is expected to be held", "was scheduled to be signed", which plan)
      if (a === 'to' && reportedBefore(plain(tokens[k - 1])) && !presentHope(tokens, k - 1)) return -1;
      if (a === 'to' && causedInfinitive(tokens, k)) return -1;
      // "had to be moved on Saturday": an obligation in the past was met then
      if (a === 'to' && plain(tokens[k - 1]) === 'had') return -1;
      if (FUTURE_MODALS.has(a) || a === 'to') return 1;
      // "should be extended beyond June 30", "could be administered in October": a modal's passive looks ahead as
      // "will be" does ("should have been completed" looks back)
      // ("could be heard early Thursday", "could not be reached Monday" tell what was possible then)
      // (the month "May" is no modal: "the night of 3-4 May also failed")
      // (only for an expression in the same stretch of the clause: "had ruled that he must be returned to his father,
      // Juan Miguel Gonzalez, and set Friday as the deadline" dates the setting)
      if (MODALS.has(tokens[k].text) && a !== 'could' && !perfect && k < i - 1 && leftOfExpression && withinModalPassiveReach(tokens, i, expressionStart)) return 1;
      if (a === 'have') perfect = true;
      // ("is duly dismissed", "was quickly approved": an adverb inside the verb group)
      if (a !== 'be' && a !== 'have' && a !== 'been' && a !== 'being' && a !== 'not' && a !== 'also' && !adverbInAVerbGroup(tokens[k])) break;
    }
    let b = i - 1;
    while (b > 0 && adverbInAVerbGroup(tokens[b])) b--;
    const before = plain(tokens[b]);
    // passives in the present ("is heard", "are held", "is duly dismissed") say nothing about the direction
    if (before === 'be' || before === 'is' || before === 'are' || before === 'am') return 0;
    return -1;
  }
  return 0;
}


/** Words of the past that are no verb ("last" is left out: "expected to last until Friday"). */
const PAST_ADVERBS = new Set(['yesterday', 'ago', 'previously', 'earlier', 'former', 'then-president']);

/** Participles that, with "to", describe a noun rather than tell a past: "a hearing devoted to", "talks dedicated to". */
const NOUN_PARTICIPLES_WITH_TO: ReadonlySet<string> = new Set(['devoted', 'dedicated', 'related', 'linked', 'tied', 'geared', 'pegged', 'limited', 'restricted']);

/** Forms of "be" before a participle, which make it a progressive rather than a noun's modifier. */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
/** Verbs whose past is written as their base form: "it cut", "he set", "she put". */
const SAME_FORM_PASTS: ReadonlySet<string> = new Set(['cut', 'put', 'set', 'hit', 'let', 'cost', 'shut', 'forecast', 'spread', 'quit', 'split', 'cast', 'hurt', 'upset', 'burst', 'bid', 'broadcast', 'shed', 'slit', 'thrust']);
/** Subject pronouns of the third person singular, after which a base form is no present. */
const SINGULAR_SUBJECTS: ReadonlySet<string> = new Set(['it', 'he', 'she']);

/**
 * The words signal's rules read as the word at hand (besides modals as written and "-ing", "-ed" forms): the sets and
 * words its rules name, with those of planOfThePast ("was", "were") and plannedEventOfDay (the plan-object verbs,
 * "prepare" and its forms).
 */
const SIGNAL_WORDS: ReadonlySet<string> = new Set([
  ...SAME_FORM_PASTS,
  ...COMMITTING, ...AGREEING, ...AIMING, ...FUTURE_BEFORE_TO, ...PLAN_FOR, ...URGING, ...PLAN_OBJECT_VERBS, ...SCHEDULED_PRESENT,
  ...STARTS_AFTER_NOUN, ...SCHEDULED_BASE, ...FIXTURE_VERBS, ...ARRANGING, ...SCHEDULED_PASSIVE, ...FUTURE_WORDS, ...PRESENT,
  ...NOUN_PARTICIPLES_WITH_TO, ...PAST_WORDS,
  'planned', 'forecast', 'due', 'aimed', 'aiming', 'like', 'love', 'was', 'were', 'for', 'ahead', 'advance', 'called', 'call', 'calls',
  'calling', 'prepare', 'prepares', 'prepared', 'preparing', 'plans', 'plan', 'to', 'holds', 'hold', 'hopes', 'aims',
  'expiring', 'opening', 'scheduled', 'recently', 'would', "'d", "let's", 'let', 'registered',
]);

/** A past participle before "to be …" that reports rather than plans: "found", "believed", "said", "thought". */
/** Whether the word at i is "hoped" after a present copula: "is hoped to be presented", a hope held now. */
function presentHope(tokens: readonly Token[], i: number): boolean {
  return plain(tokens[i]) === 'hoped' && /^(?:is|are)$/.test(plain(tokens[i - 1]));
}

export function reportedBefore(word: string): boolean {
  return (REPORTING_PARTICIPLES.has(word) || /[a-z]ed$/.test(word)) && !FUTURE_BEFORE_TO.has(word) && !NOT_PAST_ED.has(word);
}
/** Irregular participles of the verbs that report a state ("was found to be", "is thought to be"). */
const REPORTING_PARTICIPLES = new Set(['found', 'thought', 'said', 'known', 'shown', 'seen', 'held']);

/** Events a body holds on a date: "holds its presidential primary", "holds hearings", "holds a caucus". */
const HELD_EVENTS = new Set(['primary', 'primaries', 'caucus', 'caucuses', 'hearing', 'hearings', 'meeting', 'meetings', 'talks', 'election', 'elections', 'vote', 'referendum', 'summit', 'conference', 'rally', 'session', 'debate', 'convention', 'ceremony', 'funeral', 'memorial', 'service', 'briefing']);
/** An event noun within four words after `k` ("its first meeting", "a hearing", "hearings"), no number before it. */
function heldEvent(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 4 && j < tokens.length; j++) {
    const w = tokens[j].text.toLowerCase();
    if (HELD_EVENTS.has(w)) return true;
    if (!/^[a-z'-]+$/.test(w)) return false;
  }
  return false;
}


/** "as he was preparing", "when they were planning": a clause that describes what went on at a past moment. */
const AT_A_MOMENT = new Set(['as', 'when', 'while', 'whilst']);
function pastMoment(tokens: readonly Token[], aux: number): boolean {
  for (let k = aux - 1; k >= Math.max(0, aux - 3); k--) if (AT_A_MOMENT.has(tokens[k].text.toLowerCase())) return true;
  return false;
}

/** Function words after which an -ed form is a verb ("arrived in", "announced the plan", "killed 257"). */
const AFTER_VERB = new Set(['in', 'on', 'at', 'to', 'by', 'for', 'from', 'with', 'into', 'without', 'within', 'amid', 'despite', 'toward', 'towards', 'through', 'across', 'near', 'outside', 'inside', 'upon', 'onto', 'behind', 'along', 'around', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'it', 'him', 'them', 'us', 'me', 'up', 'out', 'off', 'down', 'over', 'back', 'after', 'before', 'since', 'during', 'as', 'and', 'but', 'or', 'when', 'while', 'because', 'if', 'about', 'against', 'some', 'all', 'no', 'two', 'three', 'more', 'last', 'earlier', 'yesterday', 'today', 'here', 'there', 'again', 'also', 'not', 'away', 'forward', 'aside', 'apart', 'together', 'beyond']);

/** Prepositions after which an -ed word opens a noun phrase: "in selected cities", "at reduced prices". */
const PREPOSITIONS_BEFORE_AN_ADJECTIVE = new Set(['in', 'at', 'of', 'for', 'with', 'from', 'into', 'on', 'under', 'among', 'between', 'across', 'through', 'amid', 'despite']);
/** "preferred shares", "unspecified date": an -ed word before a content word is an adjective, not a tense. */
function adjectival(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  const n = next.text.toLowerCase();
  // "testing in selected U.S. cities", "at reduced prices": right after a preposition it is an adjective, whatever follows
  if (PREPOSITIONS_BEFORE_AN_ADJECTIVE.has(plain(tokens[i - 1]))) return true;
  // "the outlawed South African organization", "its troubled Texas unit": right after an article or a possessive,
  // though a name follows (or a figure: "compared with the predicted 14.4 pct", "the estimated 5 mln")
  if (ARTICLES_AND_POSSESSIVES.has(plain(tokens[i - 1])) && /^(?:\p{Lu}|\d)/u.test(next.text)) return true;
  if (AFTER_VERB.has(n) || !/^[a-z]/.test(next.text) || n.endsWith('ly')) return false;
  // "Netanyahu rallied supporters", "they backed candidates": after a pronoun or a name it is the verb
  const prev = tokens[i - 1]?.text ?? '';
  // ("Brazil in February stopped interest payments", "He on Monday rejected the plan": a subject, then the time set
  // off before the verb)
  if (CALENDAR_NAME.test(prev) && TIME_SETTING_PREPOSITIONS.has(plain(tokens[i - 2])) && namesASubject(tokens[i - 3]?.text ?? '')) return false;
  // (not the expression's own weekday or month: "expected to order on Thursday strengthened inspections")
  // (an acronym names a subject as well: "Over the weekend, BP suspended operations")
  if (SUBJECT_PRONOUNS.has(prev.toLowerCase()) || ((/^\p{Lu}\p{Ll}+$/u.test(prev) || /^\p{Lu}{2,}$/u.test(prev)) && !DETERMINER_WORDS.has(prev.toLowerCase()) && !CALENDAR_NAME.test(prev))) return false;
  return true;
}

/** Prepositions that set a time off between a subject and its verb: "Brazil in February stopped". */
const TIME_SETTING_PREPOSITIONS = new Set(['in', 'on', 'last', 'this']);
/** A pronoun that is a subject, or a capitalized name (not a determiner nor a calendar word). */
function namesASubject(text: string): boolean {
  return SUBJECT_PRONOUNS.has(text.toLowerCase()) || ((/^\p{Lu}\p{Ll}+$/u.test(text) || /^\p{Lu}{2,}$/u.test(text)) && !DETERMINER_WORDS.has(text.toLowerCase()) && !CALENDAR_NAME.test(text));
}
const CALENDAR_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Pronouns that are subjects, after which an -ed word is a verb. */
const SUBJECT_PRONOUNS = new Set([...PERSONAL_SUBJECTS, 'it', 'who']);
/** Capitalized words that open a noun phrase rather than name a subject ("The preferred shares"). */
const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'some', 'many', 'all', 'no', 'in', 'on', 'at', 'for', 'with', 'by', 'of', 'and', 'but']);

/** An "if" or "unless" within the six tokens before `i`: "if his candidate were to win". */
function conditionBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const w = tokens[k].text.toLowerCase();
    if (w === 'if' || w === 'unless') return true;
    if (w === '.' || w === ';') return false;
  }
  return false;
}
/** Words that open a noun phrase after "due to" ("due to the strike", "due to snowstorms"), not a verb. */
const NOUN_PHRASE_STARTS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'lower', 'higher', 'low', 'high', 'poor', 'bad', 'heavy', 'strong', 'weak', 'rising', 'falling', 'continued', 'increased', 'reduced']);
/** Whether the word at `k` (after "due to") opens a noun phrase: a determiner or adjective, or a plural noun. */
export function causeAfter(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.text.toLowerCase() ?? '';
  // ("weaker due to tax-induced heavy buying in December": a hyphened adjective opens one too)
  return NOUN_PHRASE_STARTS.has(w) || (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) || /^[a-z]+-[a-z]+$/.test(w);
}
