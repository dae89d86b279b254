import type { Token } from '../../model/layers.js';
import { plain } from './token-reader.js';
import { causedInfinitive, MOVED_TO, PAST_WORDS, planOfThePast, putOffTo } from './verb-frames.js';
import { QUOTE_CLOSES } from './names-like-times.js';
import { asideDash, beforeDashedAside, CAUSE_OPENERS, CLAUSE_BREAK, CONDITION_REACH, DASH_TEXTS, frontedWhenBeforeFuture, openedCondition, opensClauseAfterThat, presentInCondition, SAYING_BEFORE_A_CLAUSE, subjectBetween } from './clause-edges.js';
import { forecastAfter } from './forecast-months.js';
import { FUTURE_MODALS, modalVerbPhraseBefore } from './verb-groups.js';
import { MONTHS } from './lexicon.js';
import { BE_FORMS, causeAfter, COMPARED, FUTURE_BEFORE_TO, MODALS, NOT_PAST_ED, PERSONAL_SUBJECTS, PRESENT, PRESENT_SIGNAL, reportedBefore, signal, type Direction } from './tense-signal.js';

/*
 * Which way an underspecified expression ("on Monday", "in December") points, read from the verbs around
 * it: −1 past, +1 future, 0 unknown. POS tags are not available to this stage, so it looks for the nearest
 * tense signal in the sentence — modal and "due to"/"expected to" futures, past-tense auxiliaries, reporting
 * verbs and regular -ed forms — first to the left of the expression, then to the right. What each single word
 * signals is read in `tense-signal.ts`; this file decides which word speaks for the expression.
 */
export type { Direction };

/** Adverbs that open an aside after a comma, before its time and subordinator: ", only weeks after", ", just days before". */
const LIMITING_BEFORE_A_CLAUSE: ReadonlySet<string> = new Set(['only', 'just', 'barely', 'hardly']);
const REPORTING = new Set(['said', 'says', 'told', 'reported', 'added', 'noted', 'stated', 'announced', 'confirmed', 'suggested', 'warned', 'argued', 'insisted', 'claimed', 'acknowledged', 'admitted', 'explained']);
/** Participles of saying after which a reported clause follows: ", saying he would …". */
const SAYING_PARTICIPLES = new Set(['saying', 'adding', 'telling', 'noting', 'arguing', 'warning', 'insisting', 'claiming', 'declaring', 'vowing', 'promising', 'predicting', 'asserting', 'stating', 'calling', 'urging', 'demanding', 'asking']);
const WINDOW = 12;
const LEFT_WINDOW = 10;
/** How far a clause-wide look goes (a bound, so a run-on "sentence" of dates stays linear). */
const WIDE_WINDOW = 40;
/** Question words that open an embedded clause ("about how he would …"); not "whether" ("tell him by Monday whether they would vote" is the coming Monday) nor a relative "which" ("an issue Tuesday, which will be dated"). */
const EMBEDDED_QUESTION = new Set(['how', 'why', 'what']);
/** Nouns whose clause tells what is feared, hoped or said: "fears it may be targeted", "hopes that talks will resume". */
const CLAUSE_NOUNS = new Set(['fears', 'fear', 'hopes', 'concerns', 'concern', 'worries', 'expectations', 'speculation', 'warnings', 'suggestions', 'claims', 'reports', 'rumours', 'rumors']);
/** Words that open such a clause right after its noun (not "fears of", "hopes for"). */
const OPENS_A_FEARED_CLAUSE = new Set(['that', 'it', 'he', 'she', 'they', 'we', 'i', 'the', 'a', 'an', 'this', 'his', 'her', 'its', 'their']);
/** "from now until Friday", "from now to November". */
const NOW_UNTIL = new Set(['until', 'till', 'to', 'through']);
/** Prepositions between "expected" and the expression it looks ahead to. */
const EXPECTED_PREPOSITIONS = new Set(['on', 'by', 'before', 'until', 'in', 'at', 'around']);
/** Adjectives of a plan before a date that modifies a noun: "the proposed June 30 deregulation". */
const PLANNED_ADJECTIVES = new Set(['proposed', 'planned', 'scheduled', 'projected', 'intended', 'anticipated', 'forthcoming']);
/** Determiners before such an adjective. */
const ATTRIBUTE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', "'s", '’s']);
/** Prepositions between a verb and the time it is done: "launched on Wednesday". */
const DATED_BY_THE_VERB_BEFORE = new Set(['on', 'in']);

/**
 * `wide`: look across the clause (up to WIDE_WINDOW tokens) rather than the verbs next to the expression.
 * `modalsAhead`: a modal points ahead ("They can both fly to DC on Saturday", "the debate should go forward on
 * Friday", "could resume Tuesday") unless it looks back or tells what was possible then; the caller asks for it
 * for weekdays only, where a modal plan is nearly always the coming day (with months it is not: "BP can emerge
 * from April's disaster"). The same holds for a present progressive just before it ("are gathering on Monday",
 * `arrangedProgressive`), so the flag turns that reading on too.
 */
export function directionAt(tokens: readonly Token[], first: number, last: number, sentStart: number, sentEnd: number, wide = false, modalsAhead = false): Direction {
  const window = wide ? WIDE_WINDOW : WINDOW;
  const leftWindow = wide ? window : LEFT_WINDOW;
  if (first - 3 >= sentStart && tokens[first - 1].text.toLowerCase() === 'as' && tokens[first - 3].text.toLowerCase() === 'as') {
    const w = tokens[first - 2].text.toLowerCase();
    // "as early as Tuesday", "as soon as Friday"
    if (w === 'early' || w === 'soon') return 1;
    // "as recently as July", "as recent as last week"
    if (w === 'recently' || w === 'recent') return -1;
    // "could hang on until as late as September": the latest a possibility runs to lies ahead
    if (w === 'late' && modalShortlyBefore(tokens, first - 3, sentStart)) return 1;
  }
  // "below a December forecast of 2.91 billion", "stood by its April forecast": a month right before a forecast names
  // when it was made; "left their end-June prime rate forecast at 7-1/2 pct": the end or middle of a month before a
  // forecast names the time it is for
  const forecast = forecastAfter(tokens, first, last, sentEnd);
  if (forecast !== 0) return forecast;
  // "prospects for a quota accord in October also looked bleak", "the possibility of reimposing quotas before October
  // remained on the agenda": what a prospect or possibility looks to lies ahead, whatever the verb that tells of it
  if (prospectBefore(tokens, first, sentStart)) return 1;
  // "When the CME re-introduces gold futures trading here Tuesday (…), it will go toe-to-toe": a fronted "when" clause
  // before a main clause in the future tells of what is still to come
  if (frontedWhenBeforeFuture(tokens, first, last, sentStart, sentEnd)) return 1;
  // "he would step down in September", "I'll go in September": a future modal's verb, with at most a particle, right
  // before the expression's preposition dates it, whatever verb the sentence goes on with ("His earlier speech
  // announcing he would step down in September had gained him some empathy")
  if (modalVerbPhraseBefore(tokens, first, sentStart)) return 1;
  if (dueAt(tokens, first, sentStart, modalsAhead)) return 1;
  // "the trade talks, with a deadline of October for an agreement": a deadline named lies ahead unless a past verb
  // just before tells of it ("missed the deadline of October")
  if (first - 2 >= sentStart && (plain(tokens[first - 1]) === 'of' || plain(tokens[first - 1]) === 'for') && DEADLINE_NOUNS.has(plain(tokens[first - 2])) && !pastJustBefore(tokens, first - 2, sentStart)) return 1;
  // "the proposed June 30 deregulation", "its planned January 10 launch": a plan's adjective before the date
  if (first - 2 >= sentStart && PLANNED_ADJECTIVES.has(plain(tokens[first - 1])) && ATTRIBUTE_DETERMINERS.has(plain(tokens[first - 2]))) return 1;
  // "since Monday", "since the start of the war on October 7", "spewing oil since the fatal blowout April 20": a
  // start point already passed
  // ("since Easter falls late in April this year": the expression is the subject of a clause "since" opens, a cause)
  if (first > sentStart && sinceNamesTheStart(tokens, first, sentStart) && !(last + 1 < sentEnd && FINITE_VERBS_AFTER_SINCE.has(plain(tokens[last + 1])))) return -1;
  // "between now and September", "from now until Friday": the far end of a stretch that starts now
  if (first - 3 >= sentStart && plain(tokens[first - 2]) === 'now' && ((plain(tokens[first - 1]) === 'and' && plain(tokens[first - 3]) === 'between') || (NOW_UNTIL.has(plain(tokens[first - 1])) && plain(tokens[first - 3]) === 'from'))) return 1;
  // "Playing Sunday : Manchester United v Blackburn": a results table's heading of the fixtures still to be played
  // ("Played Friday :" heads those already played, as the past says)
  if (first > sentStart && tokens[first - 1].text === 'Playing' && tokens[last + 1]?.text === ':') return 1;
  // "come November", "Come spring, …": the one that comes
  if (first > sentStart && tokens[first - 1].text.toLowerCase() === 'come') return 1;
  // "a ruling expected Thursday", "is expected Thursday": still to come ("rose as expected Thursday", "lower
  // than expected June output" compare with a forecast)
  if (first - 1 > sentStart && tokens[first - 1].text.toLowerCase() === 'expected' && !COMPARED.has(tokens[first - 2].text.toLowerCase())) return 1;
  // "results are expected on Monday", "is expected by Friday"
  if (first - 2 > sentStart && EXPECTED_PREPOSITIONS.has(tokens[first - 1].text.toLowerCase()) && tokens[first - 2].text.toLowerCase() === 'expected' && !COMPARED.has(tokens[first - 3].text.toLowerCase())) return 1;
  // "is expected here on Friday", "are expected back on Monday" (not "had been expected back on Monday", a plan gone by)
  if (first - 3 > sentStart && EXPECTED_PREPOSITIONS.has(plain(tokens[first - 1])) && EXPECTED_WHERE.has(plain(tokens[first - 2])) && plain(tokens[first - 3]) === 'expected' && /^(?:is|are|'s|’s)$/.test(plain(tokens[first - 4]))) return 1;
  // "a call with analysts planned for Friday", "a rally scheduled for Sunday": what is planned for a time lies ahead
  // of the planning (a copula before it is read below: "was planned for Friday")
  if (first - 2 > sentStart && plain(tokens[first - 1]) === 'for' && plain(tokens[first - 2]) === 'planned' && !/^(?:was|were|had|been)$/.test(plain(tokens[first - 3]))) return 1;
  // "called for a rally Monday", "invited political leaders to a meeting on Thursday", "called for a general strike
  // … on Thursday": an event called for or invited to lies ahead of the call
  if (calledEvent(tokens, first, sentStart)) return 1;
  // "an order for businesses to remain closed through Wednesday", "will stay shut until Friday": a state kept up to a
  // day is kept from now on
  if (first > sentStart && UNTIL_WORDS.has(plain(tokens[first - 1])) && keptUntil(tokens, first - 1, sentStart)) return 1;
  // "extended its deadline for accepting tendered shares until November 26", "extended the exercise date of its warrants
  // to December 31 from March 31", "adjourned until Monday": a time put off to lies ahead of the putting off
  if (first > sentStart && MOVED_TO.has(plain(tokens[first - 1])) && putOffTo(tokens, first - 1, sentStart)) return 1;
  // "A three-way summit to be held in Tehran on Friday has been described as …": a passive infinitive just before
  // the expression plans it, whatever the main verb after it says ("was to be held" is a past plan)
  if (plannedBefore(tokens, first, sentStart)) return 1;
  // "Sanders, who did win Rhode Island on Tuesday, would likely place …": inside a relative clause the look to the
  // right ends at the clause's closing comma; the main clause's verbs are not the dated event's
  const inRelative = insideRelativeClause(tokens, first, sentStart);
  // "at the Suez Canal where a strike began among service workers Wednesday -- would put …": a dashed aside with a
  // verb of its own before the expression ends at its closing dash (one without a verb — "the shoulder season -- the
  // month of May and from mid-August to mid-September -- will be" — takes the main clause's)
  const inVerbAside = dashedAsideWithVerb(tokens, first, sentStart);
  // "BP's top kill procedure launched on Wednesday could choke off the well", "had to be moved on Saturday after":
  // a past verb right before the expression's preposition is the verb it dates, though the clause's own verb (a
  // modal right after the expression) is as near
  if (first - 2 >= sentStart && DATED_BY_THE_VERB_BEFORE.has(plain(tokens[first - 1])) && signal(tokens, first - 2, true, modalsAhead, first) === -1) return -1;
  // ("the three to six pct target zone set in December": a participle whose past is its base form, right after the noun
  // it describes, is no present, however the clause's modal reads)
  if (first - 3 >= sentStart && DATED_BY_THE_VERB_BEFORE.has(plain(tokens[first - 1])) && PARTICIPLE_AFTER_NOUN.has(plain(tokens[first - 2])) && /^[a-z]{3,}s?$/.test(tokens[first - 3].text) && !NOT_A_NOUN_BEFORE.has(plain(tokens[first - 3]))) return -1;
  // "a lockout imposed by the company on December 14 would be lifted": so does a past participle with its agent between
  // (only "on" a day: "helped by credits in the fourth quarter" may forecast)
  if (first - 2 >= sentStart && plain(tokens[first - 1]) === 'on' && participleWithAgent(tokens, first - 2, sentStart, modalsAhead)) return -1;
  // ("the output ceiling agreed by OPEC Saturday": a named agent right before the expression, no preposition)
  if (first - 3 >= sentStart && /^\p{Lu}/u.test(tokens[first - 1].text) && participleWithAgent(tokens, first - 1, sentStart, modalsAhead)) return -1;
  // "variable life insurance policies, introduced in Japan in October, look set to report": an aside opened by a
  // past participle and closed right after the expression tells of what was done then; the main clause's verbs
  // after it are another time's
  if (participleAside(tokens, first, last, sentStart)) return -1;
  // the nearest signal wins, looking out one token at a time on both sides (left first at equal distance)
  let leftOpen = true;
  let rightOpen = true;
  let l = first;
  // tokens of a relative clause set off by commas that the look to the right has stepped over
  let skipped = 0;
  // the direction of a modal that opens a predicate coordinated after the expression, which only a past verb
  // on the left outweighs (below)
  let coordinated: Direction = 0;
  // the direction of a saying verb the look to the left stopped at, for a reported clause with no tense of its own
  let sayingFallback: Direction = 0;
  // whether the look to the left has passed "because of" (or the like) opening a cause the expression is in
  let causeBefore = false;
  for (let k = 1; k <= window && (leftOpen || rightOpen); k++) {
    l--;
    // "would cease all hostilities at noon (0800 GMT) on Friday": a short bracketed aside is read past
    if (l > sentStart && tokens[l].text === ')') l = beforeAside(tokens, l, sentStart);
    // a dashed aside closed just here is read past too, to the clause it interrupts
    if (l > sentStart && DASH_TEXTS.has(tokens[l].text)) l = beforeDashedAside(tokens, l, sentStart);
    if (leftOpen) {
      if (l < sentStart || k > leftWindow) leftOpen = false;
      else {
        if (modalsAhead && k <= PROGRESSIVE_REACH && arrangedProgressive(tokens, l, first)) return 1;
        if (k <= CONDITION_REACH && openedCondition(tokens, l, first, last)) return 1;
        // "I have decided that on Election Day, I will vote": the expression opens a clause of its own after "that";
        // the verb before "that" says when it was decided, the clause's own verb (read on the right) when it is
        if (k > 1 && plain(tokens[l]) === 'that' && l - 1 >= sentStart && signal(tokens, l - 1, true) !== 0 && opensClauseAfterThat(tokens, l, first)) {
          leftOpen = false;
        } else if (k > 1 && CAUSE_OPENERS.has(plain(tokens[l])) && plain(tokens[l + 1]) === CAUSE_OPENERS.get(plain(tokens[l]))) {
          // "results will look pretty poor because of low margins in January and February": a cause comes before what
          // it causes, so a future the cause explains does not date it (a past one does: "spending tailed off in
          // December because of … smaller end-year bonuses")
          causeBefore = true;
        } else if (k > 1 && SAYING_BEFORE_A_CLAUSE.has(plain(tokens[l])) && subjectBetween(tokens, l, first)) {
          // "The sources said arrivals from May through July might only reach …": a saying verb with the subject of
          // the clause it reports between it and the expression dates the saying; the clause's own verb, on the
          // right, dates the expression; if the clause shows no tense of its own, the saying's does
          leftOpen = false;
          const saying = signal(tokens, l, true, modalsAhead, first);
          if (saying !== PRESENT_SIGNAL) sayingFallback = saying;
        } else {
          const read = signal(tokens, l, true, modalsAhead, first);
          const d = causeBefore && read === 1 ? 0 : read;
          // "if the accord is approved before October 1": a present inside a condition speaks of what is to come
          if (d === PRESENT_SIGNAL && coordinated === 0 && presentInCondition(tokens, l, first, last, sentStart)) return 1;
          // "told Saudi Arabia it would buy elsewhere unless they changed their mind by Monday": after "unless", a reported
          // condition's past is the tense shifted back, still to come
          if (d === -1 && coordinated === 0 && plain(tokens[l - 1]) !== 'had' && presentInCondition(tokens, l, first, last, sentStart, true)) return 1;
          if (d !== 0) return d === PRESENT_SIGNAL || (coordinated !== 0 && !pastOutweighsCoordinated(tokens, first, k)) ? coordinated : d;
          // "will leave at 4 in the morning (4 a.m. EDT Thursday)": a bracketed restatement takes the tense
          // of the clause it restates, so the bracket right before the expression does not close the search
          if (CLAUSE_BREAK.has(tokens[l].text) && !(k === 1 && tokens[l].text === '(')) leftOpen = false;
        }
      }
    }
    let r = last + k + skipped;
    if (rightOpen && r > last + 1 && tokens[r]?.text === ',' && RELATIVE_OPENERS.has(tokens[r + 1]?.text.toLowerCase() ?? '')) {
      // "On Tuesday his brothers Marlon, Tito and Jackie Jackson, who will be taking part in the concert,
      // defended the decision": the relative clause has its own verbs; the look goes on past its closing comma
      const close = closingComma(tokens, r + 2, sentEnd);
      if (close > 0) { skipped += close - r; r = close; }
    }
    // "an oil slick that made landfall in Louisiana's wetlands Thursday night and could become the nation's worst
    // disaster": a modal or "will" opening a second predicate after "and" tells of that predicate; the expression
    // goes with the verb before it, if that one is past ("arrives Thursday and will meet" still looks ahead)
    if (rightOpen && r + 1 < sentEnd && COORDINATING.has(plain(tokens[r])) && (MODALS.has(tokens[r + 1].text) || FUTURE_MODALS.has(plain(tokens[r + 1])))) {
      const d = signal(tokens, r + 1, false, modalsAhead);
      coordinated = d === PRESENT_SIGNAL ? 0 : d;
      rightOpen = false;
    }
    // "Fed funds traded at 6-1/16 pct late Friday and are expected to open near that level": a present verb opening a
    // second predicate after "and" tells of now; the expression goes with the verb before it
    if (rightOpen && r > last && r + 1 < sentEnd && plain(tokens[r]) === 'and' && PRESENT.has(plain(tokens[r + 1]))) rightOpen = false;
    // "the impact will be in July/Dec, and in Indonesia July/Sept. Last year's cut in fertilizer use …": a month's
    // abbreviation whose stop is followed by a capital ends the sentence the segmenter ran on
    if (rightOpen && r > last && r < sentEnd && /\.$/.test(tokens[r - 1].text) && MONTHS.has(plain(tokens[r - 1])) && /^\p{Lu}/u.test(tokens[r].text)) rightOpen = false;
    if (rightOpen) {
      if (r >= sentEnd) rightOpen = false;
      else {
        // "On Wednesday, he is due to hold a meeting", "On Monday, the board is to decide": the present copula of the
        // clause a fronted expression frames, before a frame that plans, looks ahead as the frame does
        if (frontedPlan(tokens, first, last, r, sentStart)) return 1;
        // "Sunday is expected to see a sixth day of protests", "Obama on Monday is scheduled to speak", "Figures for
        // February, out on Monday, are expected to show": a present copula right after a weekday, before a frame that
        // plans, looks ahead as the frame does (further on, or after "and", it is another clause's: "traded at 6 pct
        // late Friday and are expected to open near that level")
        // (nor when a past verb just before dates it: "the restaurants that it announced plans to buy Friday are expected")
        if (modalsAhead && (r === last + 1 || (r === last + 2 && tokens[last + 1].text === ',')) && plansAfterCopula(tokens, r) && !pastJustBefore(tokens, first, sentStart)) return 1;
        const d = signal(tokens, r, false, modalsAhead);
        // "…admit Poland in early March, an official said": a reporting verb after the expression dates the
        // saying, not the event, unless the expression opens the sentence ("On Monday, the ministry said")
        if (d !== 0 && !(REPORTING.has(tokens[r].text.toLowerCase()) && first - sentStart > 2 && !datesTheSaying(tokens, first, last, r, sentStart))) return d === PRESENT_SIGNAL ? 0 : d;
        if (CLAUSE_BREAK.has(tokens[r].text) || (inRelative && tokens[r].text === ',') || ((inRelative || inVerbAside) && asideDash(tokens, r))) rightOpen = false;
        // "seized the floor on Wednesday and said they would refuse", "went on offense on Monday, saying he would
        // abdicate": what follows a verb of saying is what was said, with a tense of its own
        if (REPORTING.has(tokens[r].text.toLowerCase()) || SAYING_PARTICIPLES.has(tokens[r].text.toLowerCase())) rightOpen = false;
        // "… as of Thursday, and officials expected to update that figure": a clause of its own follows
        // (a predicate that shares the subject goes on: "learned of the failures in February, and informed BP")
        // ("interrupted testing on Monday but there should be little delay": "but" opens one without its comma)
        const conjunction = tokens[r].text.toLowerCase();
        if (((r > last + 1 && tokens[r - 1].text === ',') || conjunction === 'but') && COORDINATING.has(conjunction) && opensClause(tokens[r + 1]?.text ?? '')) rightOpen = false;
        // "Trump never cited a source for his claim in November that Obama wants to take in …", "told voters on
        // Sunday that he would …": the clause "that" opens right after the expression has its own verbs. Further
        // away it may tell of the dated event ("since the April 20 explosion that killed 11"), so the look goes on.
        if (r === last + 1 && tokens[r].text.toLowerCase() === 'that') rightOpen = false;
        // "is expected to hold talks in Ankara over Syria on Tuesday, after he placed conditions on …": a clause of
        // another time set off by a comma tells of another event, with a tense of its own
        // ("leaves on his visit on Wednesday, only weeks after Reagan imposed tariffs": "only"/"just" and a time before
        // the subordinator)
        if (r > last + 1 && tokens[r - 1].text === ',' && (SUBORDINATE_AFTER_COMMA.has(tokens[r].text.toLowerCase()) || (LIMITING_BEFORE_A_CLAUSE.has(tokens[r].text.toLowerCase()) && /^(?:days|weeks|months|years|hours)$/.test(plain(tokens[r + 1])) && SUBORDINATE_AFTER_COMMA.has(plain(tokens[r + 2]))))) rightOpen = false;
        // "struggled to answer a question on Sunday about how he would form a coalition": a question word just
        // after the expression opens an embedded clause with its own tense
        if (r <= last + 2 && EMBEDDED_QUESTION.has(tokens[r].text.toLowerCase())) rightOpen = false;
        // "placed troops on high alert on Tuesday in light of fears it may be targeted", "amid hopes that talks will
        // resume": what is feared or hoped is a clause of its own, with its own tense
        if (CLAUSE_NOUNS.has(plain(tokens[r])) && OPENS_A_FEARED_CLAUSE.has(plain(tokens[r + 1]))) rightOpen = false;
        // "threatened to strike on Thursday unless it has reached a settlement": a condition after the expression has
        // a tense of its own, told relative to the clause it conditions
        if (CONDITIONS.has(plain(tokens[r]))) rightOpen = false;
        // "would take delivery of a plane in September and November respectively after it took one last month": a
        // clause "after"/"before" opens with a pronoun subject of its own tells of another event, with its own tense
        if (r > last + 1 && TIME_SUBORDINATORS.has(plain(tokens[r])) && PRONOUN_SUBJECTS.has(plain(tokens[r + 1]))) rightOpen = false;
        // "will be given in one payment from April rather than being folded into salaries": the alternative set
        // aside has verbs of its own, not the expression's
        if ((plain(tokens[r]) === 'rather' && plain(tokens[r + 1]) === 'than') || (plain(tokens[r]) === 'instead' && plain(tokens[r + 1]) === 'of')) rightOpen = false;
      }
    }
  }
  // "he may leave the decision to UN security council in New York on Thursday": for a weekday, a modal further back
  // in the same clause, with only its object and places between, still plans the day
  if (coordinated !== 0) return coordinated;
  if (modalsAhead && !wide && farModal(tokens, first, leftWindow, sentStart)) return 1;
  return sayingFallback;
}

/** Most tokens a past verb may lie before the expression and still date it over a coordinated modal after it. */
const COORDINATED_PAST_REACH = 8;
/** Limits whose bound lies ahead of what looks forward to it: "High seas were forecast through Sunday and could push". */
const FORWARD_LIMITS = new Set(['through', 'until', 'till', 'by', 'before']);

/**
 * "Conable arrived here on Saturday and will have talks", "Police detained Wang on Friday and would not let his
 * family meet him": a past verb `distance` tokens before the expression dates it, though a modal opens the next
 * predicate — if it is near ("has almost completed its requirement for the statement period ending on Wednesday and
 * will not need to operate" plans the period's end) and the expression is no limit a forecast looks ahead to.
 */
function pastOutweighsCoordinated(tokens: readonly Token[], first: number, distance: number): boolean {
  return distance <= COORDINATED_PAST_REACH && !FORWARD_LIMITS.has(plain(tokens[first - 1]));
}

/** Where someone is expected, between "expected" and the expression's preposition: "is expected here on Friday". */
const EXPECTED_WHERE = new Set(['here', 'there', 'back', 'home']);

/** Most tokens between "since" and the expression in the noun phrase of a start: "since the start of the war on". */
const SINCE_REACH = 7;
/** Words that end the look back for "since": a clause of its own ("since they will meet on Monday" is "because"). */
const NOT_IN_A_START = new Set([',', 'will', 'would', "'ll", 'shall', 'is', 'are', 'was', 'were', 'that', 'which', 'who', 'and', 'but', 'or', 'to']);

/** Whether a lower-cased word holds a letter or a digit (a plain ASCII first one answers without the Unicode expression). */
function hasLetterOrDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || /\p{L}|\d/u.test(w);
}

/** "since the fatal blowout April 20", "since the start of the war on October 7": "since" opens a noun phrase ending in the expression. */
function sinceNamesTheStart(tokens: readonly Token[], first: number, sentStart: number): boolean {
  for (let k = first - 1; k >= sentStart && k >= first - SINCE_REACH; k--) {
    const w = plain(tokens[k]);
    if (w === 'since') return true;
    // (a quotation mark or a dash ends the phrase: "since the nineteen-thirties'' - will soon be")
    if (!hasLetterOrDigit(w) || NOT_IN_A_START.has(w) || MODALS.has(w) || PERSONAL_SUBJECTS.has(w)) return false;
  }
  return false;
}

/** Finite verbs right after an expression that make it the subject of a causal "since" clause: "since Easter falls late". */
const FINITE_VERBS_AFTER_SINCE: ReadonlySet<string> = new Set(['is', 'are', 'falls', 'fall', 'comes', 'come', 'lies']);

/** Verbs that call for an event or invite to one. */
const CALLING = new Set(['invited', 'called', 'urged', 'summoned', 'convened', 'invites', 'calls', 'urges']);
/** Events called for or invited to. */
const CALLED_EVENTS = new Set(['meeting', 'summit', 'session', 'conference', 'rally', 'vote', 'strike', 'hearing', 'talks', 'protest', 'demonstration', 'march', 'referendum', 'election', 'boycott']);
/** Words that set an event just after or before a time: "protests after Friday prayers". */
const AROUND_AN_EVENT = new Set(['after', 'before', 'following']);
/** Most tokens between the calling verb and the expression. */
const CALLED_REACH = 10;

/**
 * "called for a rally Monday", "invited political leaders to a meeting on Thursday": the expression follows an event
 * noun after "for a" or "to a", after a verb of calling or inviting, with no clause break between.
 */
function calledEvent(tokens: readonly Token[], first: number, sentStart: number): boolean {
  let noun = first - 1;
  // ("has called for protests after Friday prayers": a day the event follows or precedes cannot date the call, so the
  // event needs no article and may be plural)
  const around = noun > sentStart && AROUND_AN_EVENT.has(plain(tokens[noun]));
  if (noun > sentStart && (plain(tokens[noun]) === 'on' || around)) noun--;
  // ("a general strike \"for Jerusalem\" on Thursday": a short aside between the event and its day)
  for (let k = noun; k > sentStart && k >= noun - 4; k--) {
    if (!CALLED_EVENTS.has(plain(tokens[k])) && !(around && CALLED_EVENTS.has(plain(tokens[k]).replace(/s$/, '')))) continue;
    // (an event with its article, "for a rally": in "He called for talks on Monday" the day dates the call)
    let article = around;
    for (let j = k - 1; j > sentStart && j >= first - CALLED_REACH; j--) {
      const w = plain(tokens[j]);
      if (w === ',' || CLAUSE_BREAK.has(w)) return false;
      if (w === 'a' || w === 'an') article = true;
      if (!article || (w !== 'for' && w !== 'to')) continue;
      // "called for", "invited political leaders to": the verb, its object between it and "to"
      for (let v = j - 1; v >= sentStart && v >= j - 4; v--) if (CALLING.has(plain(tokens[v]))) return true;
    }
    return false;
  }
  return false;
}

/** Words before "due" that put the due time behind: "was due on Monday but has now been canceled", "fell due on Friday". */
const WAS_DUE = new Set(['was', 'were', 'been', 'fell', 'falls', 'fall']);

/**
 * Whether what is due at the expression lies ahead: "its second quarter results, due in July, they hoped" (an aside),
 * and for a weekday "The company's second quarter results due on Tuesday are expected to reveal" — unless it was due
 * (a month or a date may be the due date of a debt already missed: "missed the first of these … due on September 29").
 */
function dueAt(tokens: readonly Token[], first: number, sentStart: number, weekday: boolean): boolean {
  if (first - 3 < sentStart || !EXPECTED_PREPOSITIONS.has(plain(tokens[first - 1])) || plain(tokens[first - 2]) !== 'due') return false;
  return tokens[first - 3].text === ',' || (weekday && !WAS_DUE.has(plain(tokens[first - 3])));
}

/** Prepositions that end a state at a time: "closed through Wednesday", "until Friday", "could last into Monday". */
const UNTIL_WORDS = new Set(['through', 'until', 'till', 'into']);
/** Verbs of a state kept up, in the base form an infinitive or a modal takes: "to remain closed", "will stay shut". */
const KEPT_STATES = new Set(['remain', 'stay', 'continue', 'last', 'run']);
/** Most tokens between the kept state's verb and "until". */
const KEPT_REACH = 3;

/** "to remain closed through", "will stay shut until": a base-form verb of a kept state, after "to" or a modal, just before `until`. */
function keptUntil(tokens: readonly Token[], until: number, sentStart: number): boolean {
  for (let k = until - 1; k > sentStart && k >= until - KEPT_REACH; k--) {
    if (!KEPT_STATES.has(plain(tokens[k]))) continue;
    const before = plain(tokens[k - 1]);
    // ("had been scheduled to continue through Wednesday": a plan of the past perfect, for days gone by)
    for (let j = k - 2; j > sentStart && j >= k - 4; j--) if (/^(?:had|been|was|were)$/.test(plain(tokens[j]))) return false;
    return before === 'to' || MODALS.has(before) || before === 'will' || before === 'would';
  }
  return false;
}

/**
 * Relative pronouns of a clause about a person the look to the right steps over, when the clause does not start
 * right after the expression. Not "which": "the explosion on 20 April, which killed 11 workers" and "Saturday's
 * concert, which will be broadcast" tell of the dated event itself (Timeline17: both went wrong with it).
 */
const RELATIVE_OPENERS = new Set(['who', 'whose', 'whom']);
/**
 * Subordinators after a comma that open a clause of another time of its own ("…, after he placed conditions", "…,
 * though there is no certainty they will work", "at its council meeting on Thursday, as exchange rates have
 * stabilized"). Not "when", whose clause tells of the dated time itself ("until July
 * 15, when BP engineers sealed it").
 */
const SUBORDINATE_AFTER_COMMA = new Set(['after', 'before', 'while', 'though', 'although', 'as']);
/** Participles of a plan before "to": "is expected to hold", "is due to begin", "is scheduled to visit". */
const PLAN_PARTICIPLES = new Set(['expected', 'due', 'scheduled', 'set', 'slated', 'poised']);
/** Most tokens of an agent ("by the company") between a participle and the expression's preposition. */
const AGENT_REACH = 4;

/** Whether the tokens ending at `end` are "by" and a short agent without verbs, after a past participle: "imposed by the company". */
function participleWithAgent(tokens: readonly Token[], end: number, sentStart: number, modalsAhead: boolean): boolean {
  // (the "by" is looked for first, by its word alone; only then are the agent's words read for a verb)
  let near = false;
  for (let by = end; by >= Math.max(sentStart + 1, end - AGENT_REACH) && !near; by--) near = plain(tokens[by]) === 'by';
  if (!near) return false;
  for (let by = end; by >= Math.max(sentStart + 1, end - AGENT_REACH); by--) {
    const w = plain(tokens[by]);
    if (w === 'by') return by < end && /^[a-z]{3,}ed$/.test(tokens[by - 1].text) && signal(tokens, by - 1, true, modalsAhead) === 0 && !BE_FORMS.has(plain(tokens[by - 2]));
    if (!/^[\p{L}]/u.test(tokens[by].text) || signal(tokens, by, true, modalsAhead) !== 0) return false;
  }
  return false;
}

/** Nouns of what may come, before the preposition that opens what they look to: "prospects for", "the possibility of". */
const PROSPECT_NOUNS: ReadonlyMap<string, string> = new Map([['prospects', 'for'], ['prospect', 'of'], ['possibility', 'of'], ['likelihood', 'of'], ['chances', 'of'], ['choices', 'of'], ['choice', 'of'], ['options', 'of']]);
/** Acts a thing is put forward for: "submitted for approval in May", "sent for ratification by June". */
const PENDING_ACTS: ReadonlySet<string> = new Set(['approval', 'ratification', 'consideration', 'signature', 'signing', 'review']);
/** Most tokens between a prospect's noun and the expression: "prospects for a quota accord in October". */
const PROSPECT_REACH = 7;

/** Whether a prospect's noun and its preposition (or "working towards") open the phrase the expression closes, with no verb between. */
function prospectBefore(tokens: readonly Token[], first: number, sentStart: number): boolean {
  // (the opener is looked for first, by its words alone; only then are the words between read for a verb, the dear part)
  for (let k = first - 2; k >= Math.max(sentStart, first - PROSPECT_REACH); k--) {
    const w = plain(tokens[k]);
    const opens = (PROSPECT_NOUNS.has(w) && plain(tokens[k + 1]) === PROSPECT_NOUNS.get(w))
      // ("submitted to parliament for approval in May": an act a thing is put forward for lies ahead)
      || (w === 'for' && PENDING_ACTS.has(plain(tokens[k + 1])) && k + 2 === first - 1)
      // ("prior to the next International Coffee Organization session in September": the next of an event's sittings)
      || (w === 'next' && plain(tokens[k - 1]) === 'the' && plain(tokens[first - 1]) === 'in' && k + 1 < first - 1)
      // ("are more interested in working towards reimposing quotas from October 1": an aim worked towards now)
      || ((w === 'towards' || w === 'toward') && /^(?:working|work|works)$/.test(plain(tokens[k - 1])));
    if (opens) return noVerbBetween(tokens, k + 1, first - 2);
    if (!/^[\p{L}-]+$/u.test(tokens[k].text)) return false;
  }
  return false;
}

/** Whether no token from..to (inclusive) signals a tense, gerunds aside: "prospects for reaching agreement by Friday". */
function noVerbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (signal(tokens, k) !== 0 && !/ing$/.test(plain(tokens[k]))) return false;
  return true;
}

/** Participles whose past is their base form and that describe a noun right before them: "the target zone set in December" (not "cut", as often a noun itself: "expects the rate cut in May"). */
const PARTICIPLE_AFTER_NOUN: ReadonlySet<string> = new Set(['set']);
/** Words before such a participle that make it a verb or an infinitive rather than a noun's description. */
const NOT_A_NOUN_BEFORE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'to', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'shall', 'not', 'they', 'we', 'you', 'i', 'who', 'which', 'that', 'also', 'have', 'has', 'had', 'get', 'gets', 'got', 'and', 'or']);

/** Subordinators of time that open a clause of another event's time after the expression, without a comma. */
const TIME_SUBORDINATORS = new Set(['after', 'before']);
/** Personal pronouns that open a clause as its subject. */
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
/** Conjunctions after a comma that may open a clause of its own ("…, and officials expected …"). */
const COORDINATING = new Set(['and', 'but']);
/** Words that open a clause's subject: a determiner, a personal pronoun, a few plural nouns of the news ("officials"). */
const SUBJECT_STARTS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'he', 'she', 'it', 'they', 'we',
  'i', 'you', 'there', 'officials', 'some', 'many', 'most', 'other', 'both', 'no', 'few', 'several', 'early', 'initial',
  'analysts', 'experts', 'forecasters', 'forecasts', 'reports', 'scientists', 'investors', 'critics', 'sources',
  'witnesses', 'residents', 'police', 'protesters', 'troops', 'rebels',
]);
/** Whether the word after "and"/"but" opens a clause of its own (a subject), not a second predicate. */
const opensClause = (word: string) => SUBJECT_STARTS.has(word.toLowerCase()) || /^\p{Lu}/u.test(word);
/** Longest relative clause the look to the right steps over, in tokens. */
const MAX_RELATIVE = 20;

/** "the first … to be", "the only … to be": what was done, not planned. */
const ORDINAL_SUPERLATIVES = new Set(['first', 'last', 'only', 'second', 'latest']);
/** How far before the expression "to be held" may lie, in tokens. */
const PLANNED_BACK = 6;

/** Most tokens from a fronted expression's comma to the copula of its clause: "On Wednesday, [he] is due to". */
const FRONTED_SUBJECT = 6;

/**
 * Whether the expression first..last opens its sentence (after a preposition at most) before a comma, and the
 * copula at r, the first verb of the clause it frames, opens a plan: "is due to", "is set to", "is expected to",
 * "are to".
 */
function frontedPlan(tokens: readonly Token[], first: number, last: number, r: number, sentStart: number): boolean {
  if (!PRESENT.has(plain(tokens[r])) || plain(tokens[last + 1]) !== ',' || r - last > FRONTED_SUBJECT) return false;
  if (first !== sentStart && !(first === sentStart + 1 && FRONTED_OPENERS.has(plain(tokens[sentStart])))) return false;
  return plain(tokens[r + 1]) === 'to' || plansAfterCopula(tokens, r);
}

/** Most tokens from a participle opening an aside to the expression it dates. */
const PARTICIPLE_ASIDE_REACH = 6;

/** Prepositions after the participle of such an aside: ", signed by several hundred members in February,". */
const ASIDE_PREPOSITIONS = new Set(['in', 'on', 'by', 'at', 'during', 'from', 'for', 'since', 'last', 'early', 'late']);

/** Whether first..last closes an aside opened by a comma and a past participle: ", introduced in Japan in October,". */
function participleAside(tokens: readonly Token[], first: number, last: number, sentStart: number): boolean {
  if (tokens[last + 1]?.text !== ',') return false;
  for (let k = first - 1; k > sentStart && k >= first - PARTICIPLE_ASIDE_REACH; k--) {
    if (tokens[k].text === ',') return false;
    const w = tokens[k].text;
    // (a passive participle, a preposition after it: not "Donald Trump, announced American troops would leave Syria
    // soon, during a speech", the main verb after a subject set off by commas)
    if (tokens[k - 1].text === ',' && /^[a-z]{3,}ed$/.test(w) && !NOT_PAST_ED.has(w) && ASIDE_PREPOSITIONS.has(plain(tokens[k + 1]))) return true;
  }
  return false;
}

/** How far back, past the usual window, a modal may plan a weekday. */
const FAR_MODAL_REACH = 6;

/**
 * A modal that looks ahead between `window` and `window` + FAR_MODAL_REACH tokens before `first`, with no comma,
 * clause break, coordination or verb of saying anywhere between it and the expression ("must be returned to his
 * father, …, and set Friday as the deadline" is a verb of its own).
 */
function farModal(tokens: readonly Token[], first: number, window: number, sentStart: number): boolean {
  for (let k = first - 1; k >= sentStart && k >= first - window - FAR_MODAL_REACH; k--) {
    const w = tokens[k].text;
    // (nor a dash, which may close an aside with a modal of its own: "ranged from a low of near zero on Thursday -- for
    // which the Fed spokesman could give no particular reason -- to a high of nearly 750 mln dlrs on Tuesday")
    if (w === ',' || w === 'and' || w === 'or' || w === 'but' || CLAUSE_BREAK.has(w) || (DASH_TEXTS.has(w) && w !== '-') || REPORTING.has(w.toLowerCase())) return false;
    if (k < first - window && (MODALS.has(w) || w === 'will' || w === "'ll") && !/^(have|n't|not)$/.test(plain(tokens[k + 1]))) return true;
    // "is expected to hold tense talks with Turkish officials in Ankara over Syria on Tuesday": a plan in the present
    if (k < first - window && PLAN_PARTICIPLES.has(plain(tokens[k])) && plain(tokens[k + 1]) === 'to' && /^(is|are|'s)$/.test(plain(tokens[k - 1]))) return true;
  }
  return false;
}

/** "to be held", "to be signed" within a few tokens before `first`, no comma between, not after "was"/"were". */
function plannedBefore(tokens: readonly Token[], first: number, sentStart: number): boolean {
  for (let k = first - 1; k >= sentStart + 2 && k >= first - PLANNED_BACK; k--) {
    const w = plain(tokens[k]);
    if (w === ',' || CLAUSE_BREAK.has(w)) return false;
    // "The two plants scheduled to work on Saturday are Ford's": a plan's participle before its infinitive, whatever
    // the main verb after the expression says (not a past plan: "was scheduled to")
    // ("had been due to expire Friday evening" was a plan for a day gone by; "due to the cold January weather" is
    // "because of")
    if (w === 'to' && PLAN_PARTICIPLES.has(plain(tokens[k - 1])) && !/^(?:was|were|had|been)$/.test(plain(tokens[k - 2])) && !(plain(tokens[k - 1]) === 'due' && causeAfter(tokens, k + 1))) return true;
    if (plain(tokens[k - 1]) === 'be' && plain(tokens[k - 2]) === 'to' && (PAST_WORDS.has(w) || /[a-z]ed$/.test(w))) {
      const before = plain(tokens[k - 3]);
      // ("had to be moved on Saturday": an obligation of the past, met then)
      if (before === 'was' || before === 'were' || before === 'used' || before === 'appeared' || before === 'seemed' || before === 'had') return false;
      // "was found to be infected on Saturday": a report of what happened, not a plan
      if (reportedBefore(before)) return false;
      // "Bad weather caused cleanup efforts to be suspended over the weekend": brought about then, not planned
      if (causedInfinitive(tokens, k - 2)) return false;
      // "one of the first oil-covered birds to be cleaned up … in early May" tells of what was done
      for (let j = k - 3; j >= Math.max(sentStart, k - 6); j--) if (ORDINAL_SUPERLATIVES.has(plain(tokens[j]))) return false;
      return true;
    }
  }
  return false;
}

/** Words between a verb of saying and the expression that dates it: "told reporters on", "said late on", "told Reuters". */
const SAYING_LINKS = new Set(['on', 'late', 'early', 'reporters', 'journalists', 'parliament', 'congress', 'lawmakers', 'the', 'a', 'news', 'conference', 'briefing']);

/** Most tokens a verb of saying may lie before the expression it dates ("told Budget Committee Democrats Wednesday"). */
const SAYING_REACH = 5;

/**
 * A past verb of saying within SAYING_REACH tokens before `first`, with only links or names between ("said on", "told
 * Reuters on"): "He told reporters on Saturday it would be unwise" dates the saying, whatever the reported clause
 * after it says (not a passive "will be announced on Tuesday").
 */
export function sayingJustBefore(tokens: readonly Token[], first: number, sentStart: number): boolean {
  for (let k = first - 1; k >= sentStart && k >= first - SAYING_REACH; k--) {
    const w = plain(tokens[k]);
    if (w === 'said' || w === 'told' || w === 'announced' || w === 'stated') return !/^(?:be|been|being|is|are|was|were|will)$/.test(plain(tokens[k - 1]));
    if (!SAYING_LINKS.has(w) && !/^\p{Lu}/u.test(tokens[k].text)) return false;
  }
  return false;
}

/** Whether the expression at `first` follows an opening aside dash within MAX_RELATIVE_BACK tokens, with a tense signal between. */
function dashedAsideWithVerb(tokens: readonly Token[], first: number, sentStart: number): boolean {
  // find the dash by its text first: this runs for every dated expression, and most have none
  let dash = -1;
  for (let k = first - 1; k >= sentStart && k >= first - MAX_RELATIVE_BACK; k--) {
    if (asideDash(tokens, k)) { dash = k; break; }
    if (CLAUSE_BREAK.has(tokens[k].text)) return false;
  }
  for (let k = dash + 1; dash >= 0 && k < first; k++) if (signal(tokens, k, true) !== 0) return true;
  return false;
}

/** Relative pronouns that open a clause the expression may sit in. */
const RELATIVE_IN = new Set(['who', 'which', 'whom', 'whose']);
/** How far back the relative pronoun of a clause holding the expression may lie, in tokens. */
const MAX_RELATIVE_BACK = 15;

/**
 * Whether the expression at `first` lies in a relative clause opened after a comma or a dash ("X, who … on Tuesday,
 * …", "Wyoming -- which holds a caucus on Saturday -- Sanders claimed"), no comma between.
 */
export function insideRelativeClause(tokens: readonly Token[], first: number, sentStart: number): boolean {
  for (let k = first - 1; k > sentStart && k >= first - MAX_RELATIVE_BACK; k--) {
    const w = tokens[k].text;
    if (w === ',' || asideDash(tokens, k) || CLAUSE_BREAK.has(w)) return false;
    // ("''Opening Belle,'' which will be in bookstores on Tuesday, is": a closing quotation mark after the comma)
    if (RELATIVE_IN.has(w.toLowerCase())) return tokens[k - 1]?.text === ',' || asideDash(tokens, k - 1) || commaBeforeQuote(tokens, k - 1);
  }
  return false;
}

/** A closing quotation mark (one or two tokens: "''" may come split) at `q`, with a comma just before it. */
function commaBeforeQuote(tokens: readonly Token[], q: number): boolean {
  let k = q;
  while (k > q - 2 && QUOTE_CLOSES.has(tokens[k]?.text ?? '')) k--;
  return k < q && tokens[k]?.text === ',';
}

/** The comma that closes a relative clause starting at `from`, within MAX_RELATIVE tokens of its sentence, or -1. */
function closingComma(tokens: readonly Token[], from: number, sentEnd: number): number {
  for (let k = from; k < Math.min(sentEnd, from + MAX_RELATIVE); k++) {
    if (tokens[k].text === ',') return k;
    if (CLAUSE_BREAK.has(tokens[k].text)) return -1;
  }
  return -1;
}

/**
 * A reporting verb at `r` after the expression dates the saying when it follows right after ("The Home Office
 * on Saturday said") or when the expression closes a verbless phrase that opens the sentence with a preposition or
 * a participle ("During a visit to Jerusalem on Sunday, Bolton said", "Speaking in California on Wednesday, US
 * President Barack Obama said"), the speaker named within a few words after its comma; not after a clause of
 * its own ("…admit Poland in early March, an official said").
 */
function datesTheSaying(tokens: readonly Token[], first: number, last: number, r: number, sentStart: number): boolean {
  if (r === last + 1) return true;
  if (tokens[last + 1]?.text !== ',' || r - (last + 1) > MAX_SPEAKER_AFTER_COMMA) return false;
  // the speaker between the comma and the verb is one name ("…on Tuesday, Wednesday and Thursday, Singer said" lists dates)
  for (let k = last + 2; k < r; k++) if (/^(,|and|or)$/.test(tokens[k].text)) return false;
  let open = sentStart;
  while (open < first && LEADING_CONJUNCTIONS.has(tokens[open].text.toLowerCase())) open++;
  const opener = tokens[open].text.toLowerCase();
  if (!FRONTED_OPENERS.has(opener) && !(opener.endsWith('ing') && /^[A-Z]/.test(tokens[open].text))) return false;
  // a fronted phrase is short: the scan below stays bounded however long the sentence runs
  if (first - open > MAX_FRONTED) return false;
  for (let k = open; k < first; k++) if (tokens[k].text === ',' || signal(tokens, k, true) !== 0) return false;
  return true;
}

/** Words that open a fronted phrase before the subject: "During a visit …", "In his weekly radio address on Saturday". */
const FRONTED_OPENERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'following', 'with', 'from', 'since']);
const LEADING_CONJUNCTIONS = new Set(['but', 'and', 'so', 'yet']);
/** Longest fronted phrase before the expression, in tokens ("After successfully countering a takeover bid launched by T. Boone pickens in"). */
const MAX_FRONTED = 24;
/** Most tokens from the comma to the reporting verb: ", US President Barack Obama said". */
const MAX_SPEAKER_AFTER_COMMA = 6;

/** Whether a modal stands within six tokens before k: "could hang on until as late as …". */
function modalShortlyBefore(tokens: readonly Token[], k: number, sentStart: number): boolean {
  for (let j = k - 1; j >= Math.max(sentStart, k - 6); j--) if (MODALS.has(plain(tokens[j])) || FUTURE_MODALS.has(plain(tokens[j]))) return true;
  return false;
}

/** The token before a bracketed aside of at most six tokens ending at `close`, or `close` itself. */
function beforeAside(tokens: readonly Token[], close: number, sentStart: number): number {
  for (let k = close - 1; k >= Math.max(sentStart, close - 7); k--) {
    if (tokens[k].text === '(') return k - 1;
    if (tokens[k].text === ')') break;
  }
  return close;
}

/** A verb of saying among the `reach` tokens from `from`: "By December, the company said, it expects …". */
export function sayingWithin(tokens: readonly Token[], from: number, reach: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + reach); k++) if (REPORTING.has(plain(tokens[k]))) return true;
  return false;
}

/**
 * Whether a plan told in the past ("Mr. Netanyahu was to arrive at the White House on Monday") governs the weekday
 * at `first` from its left, within the look's reach and the clause. Written the day after that weekday, such a
 * plan is the wire's of the day before and the day has come; further back the story would tell what happened, so
 * the day still lies ahead (tag.ts reads it so).
 */
export function planToldInPast(tokens: readonly Token[], first: number, sentStart: number): boolean {
  for (let k = first - 1; k >= Math.max(sentStart, first - LEFT_WINDOW); k--) {
    if (CLAUSE_BREAK.has(tokens[k].text)) return false;
    if (planOfThePast(tokens, k)) return true;
  }
  return false;
}

/**
 * "The heads of several missions are gathering on Monday", "A federal judicial panel is meeting Thursday": a
 * present progressive just before a weekday is an arrangement, still to come (a day already past would take the
 * past tense). Not across a comma or into a question ("are asking whether Sunday's Super Bowl"), and only a few
 * words back: "is dialling down his bellicose rhetoric of Wednesday" keeps the day the rhetoric was written.
 */
function arrangedProgressive(tokens: readonly Token[], aux: number, first: number): boolean {
  if (!PRESENT.has(plain(tokens[aux])) || !progressiveVerb(plain(tokens[aux + 1]))) return false;
  for (let k = aux + 2; k < first; k++) {
    const w = plain(tokens[k]);
    if (w === ',' || w === 'whether' || w === 'if' || w === 'that' || EMBEDDED_QUESTION.has(w)) return false;
  }
  return true;
}
const PROGRESSIVE_REACH = 6;

/** Words ending in "-ing" that are no verb: "is during", "is something", "are morning people". */
const NOT_PROGRESSIVE = new Set(['during', 'nothing', 'something', 'anything', 'everything', 'king', 'thing', 'things', 'morning', 'evening', 'spring', 'string', 'ring', 'wing', 'according', 'being', 'going']);

/** A present participle right after "is"/"are": "gathering", "meeting", "flying". */
function progressiveVerb(word: string): boolean {
  return word.length > 4 && word.endsWith('ing') && !NOT_PROGRESSIVE.has(word);
}

/** Whether a past verb stands within PAST_JUST_BEFORE tokens before the expression at `first`. */
function pastJustBefore(tokens: readonly Token[], first: number, sentStart: number): boolean {
  for (let k = first - 1; k >= sentStart && k >= first - PAST_JUST_BEFORE; k--) if (signal(tokens, k, true) === -1) return true;
  return false;
}
const PAST_JUST_BEFORE = 4;

/** A present copula at `i` before a frame that plans: "is expected to", "are due to", "is scheduled to". */
function plansAfterCopula(tokens: readonly Token[], i: number): boolean {
  if (!PRESENT.has(plain(tokens[i]))) return false;
  // ("Wednesday is the deadline for individuals seeking restitution": a deadline told in the present is still to come)
  if (plain(tokens[i + 1]) === 'the' && DEADLINE_NOUNS.has(plain(tokens[i + 2]))) return true;
  return FUTURE_BEFORE_TO.has(plain(tokens[i + 1])) && plain(tokens[i + 2]) === 'to';
}
const DEADLINE_NOUNS = new Set(['deadline', 'cutoff', 'cut-off']);

/** Words that open a condition: "unless", "if". */
const CONDITIONS = new Set(['unless', 'if']);
