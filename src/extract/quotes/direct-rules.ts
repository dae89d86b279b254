import { CueClass, isReportingVerb } from './cue-lexicon.js';
import { QuoteState, type QuoteContext } from './context.js';
import { holdsVerb } from './verb-tags.js';
import type { RawQuote } from './assemble.js';
import type { RoleSpan } from './tagger.js';

/*
 * Rules for direct quotes: a quotation in marks followed by its attribution (“…,” Peskov said. / “…,” said
 * Caddell.), or preceded by it (The Kremlin said “…”. / Caddell continued: “…”), and the quotes that run on
 * in the same paragraph after an attributed one (“…,” she said. “…”). Token-driven: every region is looked
 * at once and only a few tokens around it are read.
 */

const MAX_SOURCE = 10;
/** Words that end a postposed source: "said Caddell in a statement", "said Erdan on Monday". */
const SOURCE_STOP = new Set([',', '.', ';', ':', 'in', 'on', 'at', 'of', 'during', 'after', 'before', 'when', 'to', 'about', 'as', 'while', 'and', 'but', 'who', 'which', '(', '—', '–', '-', '"', '“', '”']);

function span(role: RoleSpan['role'], tokenStart: number, tokenEnd: number): RoleSpan {
  return { role, tokenStart, tokenEnd };
}

/** Token range of a quote region: first token (opening mark) to one past the closing mark. */
function regionTokens(ctx: QuoteContext, r: number, from: number): [number, number] {
  let a = from;
  while (a < ctx.tokens.length && ctx.region[a] !== r) a++;
  let b = a;
  while (b < ctx.tokens.length && ctx.region[b] === r) b++;
  return [a, b];
}

/** A capitalized word, a pronoun or a determiner can open a source noun phrase. */
function canStartSource(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i].text;
  const c = t.charCodeAt(0);
  return (c >= 65 && c <= 90) || /^(he|she|they|i|we|it|the|a|an|his|her|their|its|one|another|some)$/.test(ctx.lower[i]);
}

/** Words that open an appositive after a postposed name: "said Patrick McGinley, a law professor at …". */
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'one']);
/** The longest appositive read into a postposed source, in tokens. */
const MAX_APPOSITIVE = 25;

/**
 * The end of a postposed source that stopped at the comma after its name: PolNeAR (and a reader) takes the
 * appositive that follows into the source ("said [Len Burman, head of the centrist Tax Policy Center]", "says
 * [Paul Rieckhoff, founder and CEO of Iraq and Afghanistan Veterans of America]"), with a relative clause inside
 * it ("a retired Belgian general who works on European defense policy") and a second appositive after a comma
 * ("…for the Center for American Progress, a liberal think tank"), to the sentence's end or to a comma that
 * opens something else. A verb outside a relative clause, a reporting verb or a quotation means the words are no
 * appositive; so does a relative clause or an adjective with its own complement right after the name ("who
 * fled Homs", "due to the sheer number …"). `stop` is where the name stopped.
 */
function throughAppositive(ctx: QuoteContext, stop: number, sentEnd: number): number {
  if (ctx.lower[stop] !== ',' || !opensAppositive(ctx, stop + 1, sentEnd)) return stop;
  const first = stop + 1;
  let last = sentEnd;
  while (last > first && /^[.!?"”’']$|^''$/.test(ctx.lower[last - 1])) last--;
  let relative = false;
  for (let k = first; k < last; k++) {
    if (k - first >= MAX_APPOSITIVE) return stop;
    const w = ctx.lower[k];
    // (a reporting word read as a verb: "a liberal think tank" has none)
    if (ctx.quote[k] !== QuoteState.Outside || w === ';' || (isReportingVerb(ctx.cue[k]) && ctx.pos[k].startsWith('VB'))) return stop;
    if (w === ',') {
      // another appositive goes on; anything else ends this one at its comma
      if (!opensAppositive(ctx, k + 1, last)) return k;
      relative = false;
      continue;
    }
    if (RELATIVE_PRONOUNS.has(w)) relative = true;
    else if (!relative && /^(VBD|VBZ|VBP|MD)$/.test(ctx.pos[k])) return stop;
  }
  return last;
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whose']);
/** Words that open a time, not an appositive: "Elyas, a Kurdish officer, last week". */
const TIME_WORDS = new Set(['last', 'next', 'this', 'earlier', 'later', 'early', 'late', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight']);

/** Whether the words at `i` open an appositive noun phrase: "a law professor", "House editor", "executive director". */
function opensAppositive(ctx: QuoteContext, i: number, end: number): boolean {
  if (i >= end || ctx.lower[i + 1] === 'to' || TIME_WORDS.has(ctx.lower[i])) return false;
  return APPOSITIVE_OPENERS.has(ctx.lower[i]) || /^(NN|NNS|NNP|NNPS|JJ)$/.test(ctx.pos[i]);
}

/** Attribution after the closing mark: [source] cue, or cue [source]. */
function attributionAfter(ctx: QuoteContext, j: number, sentEnd: number): { source: RoleSpan | null; cue: RoleSpan } | null {
  if (j >= sentEnd) return null;
  if (isReportingVerb(ctx.cue[j])) {
    let k = j + 1;
    while (k < sentEnd && k - j - 1 < MAX_SOURCE && !SOURCE_STOP.has(ctx.lower[k])) k++;
    return { source: k > j + 1 && canStartSource(ctx, j + 1) ? span('source', j + 1, throughAppositive(ctx, k, sentEnd)) : null, cue: span('cue', j, j + 1) };
  }
  if (!canStartSource(ctx, j)) return null;
  for (let k = j + 1; k < sentEnd && k - j <= MAX_SOURCE; k++) {
    if (ctx.quote[k] !== QuoteState.Outside) return null;
    if (isReportingVerb(ctx.cue[k])) return { source: span('source', j, k), cue: span('cue', k, k + 1) };
    if (ctx.lower[k] === '.' || ctx.lower[k] === ';') return null;
  }
  return null;
}

/** Attribution before the opening mark: the sentence opens with [source] and a cue stands just before the mark. */
function attributionBefore(ctx: QuoteContext, open: number, sentStart: number): { source: RoleSpan | null; cue: RoleSpan } | null {
  let k = open - 1;
  if (k >= sentStart && (ctx.lower[k] === ':' || ctx.lower[k] === ',')) k--;
  if (k < sentStart || !isReportingVerb(ctx.cue[k])) return null;
  const cue = span('cue', k, k + 1);
  // "Ryan and Trump will meet next week, Spicer said, adding, “…”": a participle after a report of its own
  // speaks with that report's source, not with the sentence's opening words
  const carried = carriedSource(ctx, k, sentStart);
  if (carried !== undefined) return { source: carried, cue };
  // "In a statement Friday, Trump said:", "Lamenting their luck, Mexicans often say,": a sentence that opens
  // with a phrase, not a noun, has its speaker right before the cue
  if (opensWithPhrase(ctx, sentStart, k)) {
    // "Trump was asked:" — a passive cue's subject was spoken to, the speaker is not named
    if (ctx.pos[k] === 'VBN' && PASSIVE.has(ctx.lower[k - 1] ?? '')) return { source: null, cue };
    let e = k;
    // (an adverb or auxiliary before the cue is no part of the speaker: "Mexicans often say", "Erdoğan had said")
    while (e > sentStart && (ctx.pos[e - 1]?.startsWith('RB') || ctx.pos[e - 1] === 'MD' || AUXILIARIES.has(ctx.lower[e - 1]))) e--;
    let b = e;
    // (a preposition ends the speaker's words: "mocked Trump's messages by saying" names none)
    while (b > sentStart && e - b < MAX_SOURCE && ctx.cue[b - 1] === CueClass.None && !SOURCE_STOP.has(ctx.lower[b - 1]) && ctx.pos[b - 1] !== 'IN') b--;
    return { source: b < e && canStartSource(ctx, b) ? span('source', b, e) : null, cue };
  }
  // "Senior officials were informed …, and after news reports surfaced on Wednesday morning, Trump tweeted:": a
  // clause of its own before the last comma; the speaker is the subject right before the cue
  const subject = subjectAfterLastComma(ctx, sentStart, k);
  if (subject) return { source: subject, cue };
  if (!canStartSource(ctx, sentStart)) return { source: null, cue };
  let e = sentStart;
  while (e < k && e - sentStart < MAX_SOURCE && ctx.cue[e] === CueClass.None && ctx.lower[e] !== ',') e++;
  return { source: e > sentStart ? span('source', sentStart, e) : null, cue };
}

/**
 * For a participle cue at `k` right after ", <source> <reporting verb>," ("…, Spicer said, adding, “…”"): that
 * source (null when the verb has none before it in its clause); undefined when the cue follows no such report.
 */
function carriedSource(ctx: QuoteContext, k: number, sentStart: number): RoleSpan | null | undefined {
  const verb = k - 2;
  if (verb < sentStart || ctx.lower[k - 1] !== ',' || !ctx.lower[k].endsWith('ing') || !isReportingVerb(ctx.cue[verb])) return undefined;
  // the report's verb is a finite one ("said", "says"), not a noun the lexicon also knows ("… to allay fears, adding")
  if (ctx.pos[verb] && ctx.pos[verb] !== 'VBD' && ctx.pos[verb] !== 'VBZ' && ctx.pos[verb] !== 'VBP') return undefined;
  let b = verb;
  while (b > sentStart && verb - b < MAX_SOURCE && ctx.lower[b - 1] !== ',' && ctx.cue[b - 1] === CueClass.None) b--;
  // a pronoun ("…, it declared, adding:") is left to the report it continues, whose speaker the quote then takes
  if (verb - b === 1 && PRONOUN_SOURCES.has(ctx.lower[b])) return null;
  return b < verb && canStartSource(ctx, b) ? span('source', b, verb) : null;
}
const PRONOUN_SOURCES = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/** Longest subject read between the last comma and the cue, in tokens ("the prime minister's spokesman"). */
const MAX_SUBJECT_AFTER_COMMA = 4;

/**
 * The subject between the sentence's last comma before the cue at `cue` and the cue, when the words before that
 * comma hold a verb of their own (a clause, not an appositive: "Scott Pruitt, the attorney general, said:" keeps
 * its opening name): a name or a pronoun of at most MAX_SUBJECT_AFTER_COMMA words, no cue word among them.
 */
function subjectAfterLastComma(ctx: QuoteContext, sentStart: number, cue: number): RoleSpan | null {
  let comma = cue - 1;
  while (comma > sentStart && cue - comma <= MAX_SUBJECT_AFTER_COMMA + 1 && ctx.lower[comma] !== ',') comma--;
  if (ctx.lower[comma] !== ',' || comma <= sentStart) return null;
  let b = comma + 1;
  while (b < cue && LEADING_CONJUNCTIONS.has(ctx.lower[b])) b++;
  if (b >= cue || !canStartSource(ctx, b)) return null;
  for (let i = b; i < cue; i++) if (ctx.cue[i] !== CueClass.None || ctx.pos[i]?.startsWith('VB')) return null;
  // the words before the comma must be a clause: a finite verb among them
  for (let i = sentStart; i < comma; i++) if (ctx.pos[i] === 'VBD' || ctx.pos[i] === 'VBZ' || ctx.pos[i] === 'VBP') return span('source', b, cue);
  return null;
}

const AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'did', 'does', 'do']);
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

/** Words that may open a sentence before its subject without being part of it. */
const LEADING_CONJUNCTIONS = new Set(['but', 'and', 'so', 'yet']);

/** The sentence opens with a preposition, adverb or participle (after a conjunction) and a comma comes before the cue. */
function opensWithPhrase(ctx: QuoteContext, sentStart: number, cue: number): boolean {
  let first = sentStart;
  while (first < cue && LEADING_CONJUNCTIONS.has(ctx.lower[first])) first++;
  const tag = ctx.pos[first] ?? '';
  if (!(tag === 'IN' || tag === 'TO' || tag === 'VBG' || tag.startsWith('RB'))) return false;
  for (let i = first; i < cue; i++) if (ctx.lower[i] === ',') return true;
  return false;
}

/** A verb or modal among tokens [from, to) (true when the document has no part-of-speech tags). */
function hasVerb(ctx: QuoteContext, from: number, to: number): boolean {
  return !ctx.pos[from] || holdsVerb(ctx, from, to);
}

/** Tokens that end a sentence-final attribution: "…, Wafa news agency reported." / "… reported RIA News on Tuesday." */

const isClauseEnd = (w: string) => w === '.' || w === ',' || w === ';' || w === 'on' || w === 'in' || w === 'late' || w === 'earlier';

/**
 * Reported clauses whose attribution follows them after a comma at the end of the sentence or clause:
 * "Mr Abbas arrived in Moscow on Monday, Palestinian official Wafa news agency reported, …" and
 * "…, reported RIA News on Tuesday." The content is the clause from the sentence start to the comma.
 */
export function postposedAttributions(ctx: QuoteContext): RawQuote[] {
  const out: RawQuote[] = [];
  for (let s = 0; s < ctx.sentences.length; s++) {
    const { tokenStart, tokenEnd } = ctx.sentences[s];
    for (let c = tokenStart + 3; c < tokenEnd; c++) {
      if (ctx.lower[c] !== ',' || ctx.quote[c] !== QuoteState.Outside) continue;
      if (ctx.quote[tokenStart] !== QuoteState.Outside) break; // quotations are the direct rules' business
      const j = c + 1;
      // a sentence can end on its comma (", , , …" in a broken text): nothing follows to attribute it
      if (j >= tokenEnd) continue;
      let found: { source: RoleSpan | null; cue: RoleSpan } | null = null;
      // "…, said Mr. Smith." — not a participle, which opens a clause of its own ("…, saying the troops would stay")
      if (ctx.cue[j] === CueClass.Verb && !ctx.lower[j].endsWith('ing')) {
        let k = j + 1;
        while (k < tokenEnd && k - j - 1 < MAX_SOURCE && !SOURCE_STOP.has(ctx.lower[k])) k++;
        const end = throughAppositive(ctx, k, tokenEnd);
        if (k > j + 1 && canStartSource(ctx, j + 1) && (k >= tokenEnd || isClauseEnd(ctx.lower[k]))) found = { source: span('source', j + 1, end), cue: span('cue', j, j + 1) };
      } else if (canStartSource(ctx, j)) {
        for (let k = j + 1; k < tokenEnd && k - j <= MAX_SOURCE; k++) {
          if (SOURCE_STOP.has(ctx.lower[k]) && ctx.lower[k] !== ',' ) break;
          if (isReportingVerb(ctx.cue[k])) {
            if (k + 1 >= tokenEnd || isClauseEnd(ctx.lower[k + 1])) found = { source: span('source', j, k), cue: span('cue', k, k + 1) };
            break;
          }
        }
      }
      // what a postposed attribution reports is a clause: "The Turkish leader, Recep Tayyip Erdoğan, said in a
      // phone call …" opens with the source's title, not with a report
      if (found && hasVerb(ctx, tokenStart, c)) {
        out.push({ source: found.source, cue: found.cue, content: [span('content', tokenStart, c)], sentence: s });
        break;
      }
    }
  }
  return out;
}

/** Direct quotes the rules are sure of, as raw quotes (token ranges). */
export function directQuotes(ctx: QuoteContext): RawQuote[] {
  const out: RawQuote[] = [];
  let from = 0;
  let lastInParagraph: { quote: RawQuote; paragraph: number } | null = null;
  for (let r = 0; r < ctx.regions.length; r++) {
    const region = ctx.regions[r];
    if (region.single) continue;
    const [a, b] = regionTokens(ctx, r, from);
    from = b;
    if (b - a < 4) continue; // too short to be a full quotation ("unacceptable" is a partial one)
    const sentStart = ctx.sentences[ctx.sentenceOf[a]];
    const sentLast = ctx.sentences[ctx.sentenceOf[b - 1]];
    const paragraph = sentStart.paragraph;
    const content = span('content', a, b);
    const inner = ctx.lower[b - 2];
    const after = b < sentLast.tokenEnd && ctx.lower[b] === ',' ? b + 1 : b;
    const endsOpen = inner === ',' || inner === '?' || inner === '!' || inner === '—' || after > b;
    const post = endsOpen ? attributionAfter(ctx, after, sentLast.tokenEnd) : null;
    const atSentenceEnd = b >= sentLast.tokenEnd - 1;
    const pre = !post && atSentenceEnd && a > sentStart.tokenStart ? attributionBefore(ctx, a, sentStart.tokenStart) : null;
    const found = post ?? pre;
    if (found) {
      // A quotation closing a sentence that began outside it ("… the cause “at all levels,” Nofal told
      // Wafa.") quotes only part of what is reported: the content is the whole clause.
      const whole = post && a > sentStart.tokenStart && ctx.sentenceOf[a] === ctx.sentenceOf[b - 1] ? span('content', sentStart.tokenStart, b) : content;
      const quote: RawQuote = { source: found.source, cue: found.cue, content: [whole], sentence: ctx.sentenceOf[found.cue.tokenStart] };
      out.push(quote);
      lastInParagraph = { quote, paragraph };
      continue;
    }
    // A quotation that opens a sentence and runs to its end, right after an attributed one in the same
    // paragraph, continues it.
    if (lastInParagraph && lastInParagraph.paragraph === paragraph && a === sentStart.tokenStart && atSentenceEnd) {
      lastInParagraph.quote.content.push(content);
      continue;
    }
    // A paragraph that is one bare quotation: its speaker is the previous quote's (resolved later).
    const [ps, pe] = ctx.paragraphs.find(([s, e]) => a >= s && a < e) ?? [0, 0];
    if (a === ps && b >= pe - 1) {
      out.push({ source: null, cue: null, content: [content], sentence: ctx.sentenceOf[a] });
    }
    if (lastInParagraph && lastInParagraph.paragraph !== paragraph) lastInParagraph = null;
  }
  return out;
}
