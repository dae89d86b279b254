import type { Quote } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import type { StageDefinition } from '../../pipeline/stage.js';
import { assemble, charSpan, isDirect, type RawQuote } from './assemble.js';
import { buildContext, type QuoteContext } from './context.js';
import { CueLexicon } from './cue-lexicon.js';
import { dashAttributions } from './dash-attributions.js';
import { headlineAttributions } from './headline-attributions.js';
import { transcriptTurns } from './transcript-turns.js';
import { isWeakCue } from './weak-cues.js';
import { publishesFinding } from './published-findings.js';
import { modifiesNoun } from './attributive-participles.js';
import { cueFilterFeatures, keepsCue, loadCueFilter, type CueFilter } from './cue-filter.js';
import { separateQuoteParts } from './disjoint-parts.js';
import { sureContent } from './role-margins.js';
import { chooseCueBoundaries, cueEdgeFeatures, loadCueBoundary, type CueBoundary, type CueChoice } from './cue-boundary.js';
import { addParticipleSources } from './participle-source.js';
import { chooseSourceBoundaries, loadSourceBoundary, type SourceBoundary } from './source-boundary.js';
import { partitionPoint } from '../../text/partition-point.js';
import { trimCueEdges } from './cue-edges.js';
import { directQuotes, postposedAttributions } from './direct-rules.js';
import { addWhereFree, mergeQuotes, overrideWith, sharesContent } from './merge.js';
import { dropReportsInsideContent } from './nested-reports.js';
import { partialQuotes } from './partial-quotes.js';
import { convenes, onlyNames, phones } from './naming-cues.js';
import { reportsNothing } from './non-reports.js';
import { claimsLives, respondsInDeed } from './response-actions.js';
import { MentionIndex } from './mention-index.js';
import { resolveSpeakers } from './speakers.js';
import { learnedCues, loadTagger, tagRolesWithExtra, wordClassesOf, wordSensesOf, type RoleSpan } from './tagger.js';
import type { ExtraCueOptions } from './extra-cues.js';
import { cueContent } from './cue-contents.js';
import { returnSubjectsToContent, splitFrontedSources } from './according-to-subject.js';
import { trimSourcePunctuation } from './source-punctuation.js';
import { trimFrontedPhrases } from './fronted-pronoun-sources.js';
import { keepWholeWords } from './whole-words.js';
import { completeParentheticals } from './parenthetical-attributions.js';
import { pollAttributions, yieldToFrontedPolls } from './poll-attributions.js';
import { addresseeOf } from './addressees.js';
import { withImpliedContents } from './implied-contents.js';
import { startAtThat } from './said-to-that.js';
import { dropDateSources } from './date-sources.js';

export interface QuotesOptions {
  /**
   * `speech` (the default) keeps what someone said: direct quotations and attributions whose cue is a
   * speech word (said, told, according to, stated, …). `attribution` keeps every attribution the tagger
   * finds, PolNeAR's broader definition that also counts beliefs, plans and findings ("is expected to",
   * "polls show") — what `npm run eval:quotes` scores.
   */
  scope?: 'speech' | 'attribution';
  /** A weights file to use instead of the shipped one (for comparing trained models). */
  modelFile?: string;
  /**
   * The attribution scope's learned cue filter (`cue-filter.ts`): by default the shipped one when
   * `resources/quotes/cue-filter.json` exists, else none (the hand filters decide); null for none.
   */
  cueFilter?: CueFilter | null;
  /**
   * Called, in the attribution scope, with each document's candidate quotes (every assembled quote with a
   * cue, before any filter) and their filter features — for training the filter (eval/quotes/cue-filter.ts).
   */
  observeCueCandidates?: (candidates: { cue: Span; source: Span | null; content: Span[]; features: string[] }[]) => void;
  /**
   * In the attribution scope with a learned filter or `observeCueCandidates`, also offer the filter the
   * extra recall candidates of `extra-cues.ts` (a filter file that was trained with them says so itself,
   * and its setting wins) — for dumping its training data.
   */
  extraCues?: ExtraCueOptions;
  /**
   * The attribution scope's learned cue boundary chooser (`cue-boundary.ts`): by default the shipped one when
   * `resources/quotes/cue-boundary.json` exists, else none (the cues keep the edges the tagger and
   * `cue-edges.ts` gave them); null for none.
   */
  cueBoundary?: CueBoundary | null;
  /**
   * Called, in the attribution scope, with each document's kept quotes' cue variants and the chooser's
   * choice (none without a chooser) — for training the chooser (eval/quotes/cue-boundary.ts).
   */
  observeCueVariants?: (choices: { quote: Pick<Quote, 'cue' | 'source'>; variants: { cue: Span; features: string[] }[]; chosen: number }[]) => void;
  /**
   * The attribution scope's learned source boundary chooser (`source-boundary.ts`), run after the cue
   * chooser: by default the shipped one when `resources/quotes/source-boundary.json` exists, else none;
   * null for none.
   */
  sourceBoundary?: SourceBoundary | null;
  /**
   * Called, in the attribution scope, with each document's kept quotes' source variants and the chooser's
   * choice — for training the chooser (eval/quotes/source-boundary.ts).
   */
  observeSourceVariants?: (choices: { variants: { source: Span; features: string[] }[]; chosen: number }[]) => void;
  /**
   * In the attribution scope, give a sourceless quote with a participle cue its sentence's opening noun
   * phrase (participle-source.ts); default true. False to score without it.
   */
  participleSources?: boolean;
}

function isSpeech(ctx: QuoteContext, lexicon: CueLexicon, q: RawQuote): boolean {
  // A quotation with no cue continues the previous speaker; one with a cue needs a speech cue
  // (not 'Russia's ruling party "United Russia"').
  if (!q.cue) return isDirect(ctx, q.content);
  if (onlyNames(ctx, q.cue.tokenStart, q.cue.tokenEnd) || convenes(ctx, q.cue.tokenStart, q.cue.tokenEnd) || phones(ctx, q.cue.tokenStart, q.cue.tokenEnd)) return false;
  const contentStart = q.content[0]?.tokenStart ?? q.cue.tokenEnd;
  if (respondsInDeed(ctx, q.cue.tokenStart, q.cue.tokenEnd, contentStart) || claimsLives(ctx, q.cue.tokenEnd, contentStart)) return false;
  for (let i = q.cue.tokenStart; i < q.cue.tokenEnd; i++) if (lexicon.isSpeech(ctx.lower[i])) return true;
  return publishesFinding(ctx, lexicon, q);
}

/** The first token that ends after `offset` (-1 for none), by binary search: token ends only grow. */
function firstTokenEndingAfter(ctx: QuoteContext, offset: number): number {
  const t = partitionPoint(ctx.tokens.length, (i) => ctx.tokens[i].end <= offset);
  return t < ctx.tokens.length ? t : -1;
}

/**
 * The quotes of the alternative reading (`tagRolesWithExtra`) whose cue is one only it found, edges trimmed;
 * none that a layout rule's quote reads otherwise or whose cue overlaps a first-reading candidate's cue.
 * With `contentRules`, a cue that only a content bonus gave a content gets the content its sentence implies
 * instead (cue-contents.ts), and, when the bonus path left it without a source, the first path's source right
 * next to it that no first-reading quote took (the bonus often relabels that source as content).
 */
function extraQuotes(ctx: QuoteContext, lexicon: CueLexicon, alternative: readonly RoleSpan[], layout: readonly RawQuote[], first: readonly RawQuote[], firstSpans: readonly RoleSpan[], contentRules: boolean): RawQuote[] {
  const layoutSet = new Set(layout);
  const found = overrideWith(assemble(ctx, alternative), layout)
    .filter((q) => !layoutSet.has(q) && (q.cue?.extraLevel !== undefined || q.cue?.contentExtraLevel !== undefined));
  trimCueEdges(ctx, lexicon, found);
  const extras = found.filter((q) => !first.some((o) => o.cue && o.cue.tokenStart < q.cue!.tokenEnd && q.cue!.tokenStart < o.cue.tokenEnd));
  if (contentRules) {
    const taken = new Set(first.map((o) => o.source && `${o.source.tokenStart}:${o.source.tokenEnd}`));
    for (const q of extras) {
      const cue = q.cue!;
      if (cue.contentExtraLevel === undefined || cue.extraLevel !== undefined) continue;
      if (!q.source) {
        const s = ctx.sentenceOf[cue.tokenStart];
        q.source = firstSpans.find((x) => x.role === 'source' && ctx.sentenceOf[x.tokenStart] === s && !taken.has(`${x.tokenStart}:${x.tokenEnd}`)
          && (x.tokenEnd === cue.tokenStart || x.tokenStart === cue.tokenEnd)) ?? null;
      }
      const made = cueContent(ctx, lexicon, q);
      if (!made) continue;
      q.content = made.content;
      if (made.dropSource) q.source = null;
      q.cue = { ...cue, contentRule: made.rule };
    }
  }
  return extras;
}

/** Direct and indirect quotes with speakers. */
export function createQuotesStage(options: QuotesOptions = {}): StageDefinition {
  const scope = options.scope ?? 'speech';
  return {
    name: 'quotes',
    requires: ['tokens', 'sentences', 'pos', 'chunks', 'entities', 'timexes'],
    produces: ['quotes'],
    create: (resources) => {
      const lexicon = CueLexicon.load(resources);
      const model = loadTagger(resources, options.modelFile);
      const learned = model ? learnedCues(model) : new Map<string, number>();
      const classes = model ? wordClassesOf(model, resources) : null;
      const senses = model ? wordSensesOf(model, resources) : null;
      const cueFilter = scope === 'attribution' ? (options.cueFilter === undefined ? loadCueFilter(resources) : options.cueFilter) : null;
      const observe = scope === 'attribution' ? options.observeCueCandidates : undefined;
      const extraCues = cueFilter || observe ? cueFilter?.extraCues ?? options.extraCues ?? null : null;
      const cueBoundary = scope === 'attribution' ? (options.cueBoundary === undefined ? loadCueBoundary(resources) : options.cueBoundary) : null;
      const observeVariants = scope === 'attribution' ? options.observeCueVariants : undefined;
      const sourceBoundary = scope === 'attribution' ? (options.sourceBoundary === undefined ? loadSourceBoundary(resources) : options.sourceBoundary) : null;
      const observeSources = scope === 'attribution' ? options.observeSourceVariants : undefined;
      return (doc) => {
        const ctx = buildContext(doc.text, doc.tokens, doc.sentences, lexicon, learned, doc, classes, senses);
        // Headlines ("Pence: …"), dash-signed testimonials and transcript turns are layouts the tagger does
        // not know well: in both scopes their rules replace whatever else reads the same words, and what they
        // find is speech whatever their cue (a dash, a colon).
        const isPlace = (start: number, end: number) =>
          doc.entities.some((e) => (e.type === 'GPE' || e.type === 'LOC') && e.mentions.some((m) => m.start === start && m.end === end));
        const layout = [...headlineAttributions(ctx, isPlace), ...dashAttributions(ctx), ...transcriptTurns(ctx)];
        // The attribution scope checks how sure the tagger is of its cues and contents (role-margins.ts).
        const { spans, alternative } = model
          ? tagRolesWithExtra(model, ctx, scope === 'attribution', cueFilter !== null || observe !== undefined, extraCues)
          : { spans: [] as RoleSpan[], alternative: null };
        const contentless: RawQuote[] = [];
        const assembled = overrideWith(model ? assemble(ctx, spans, scope === 'speech' ? contentless : undefined) : [], layout);
        trimCueEdges(ctx, lexicon, assembled);
        let raw: RawQuote[];
        // The layout rules' quotes among those kept (their copies, once contents are trimmed to the sure ones).
        const layoutKept = new Set<RawQuote>();
        const laidOut = (q: RawQuote): RawQuote => {
          const copy = { ...q, content: sureContent(q.content) };
          layoutKept.add(copy);
          return copy;
        };
        if (scope === 'attribution' && (cueFilter || observe)) {
          // The learned filter replaces the hand filters (it reads them as features); the layout rules'
          // quotes are kept whatever it says, as the hand filters keep them; one attribution per token, as below.
          const fromLayout = new Set<RawQuote>(layout);
          const tagged = assembled.filter((q) => !fromLayout.has(q));
          const features = cueFilterFeatures(ctx, tagged, spans);
          // Extra recall candidates (extra-cues.ts): the quotes of the alternative reading whose cue only it has,
          // their features read among the first reading's quotes (whose own features stay as they were).
          const extras = alternative ? extraQuotes(ctx, lexicon, alternative, layout, tagged, spans, extraCues?.contentRules === true) : [];
          if (extras.length) {
            const more = cueFilterFeatures(ctx, [...tagged, ...extras], alternative!);
            for (const q of extras) features.set(q, more.get(q)!);
          }
          // What lies at the cue's edges, as the cue boundary chooser reads it (the word and class after and
          // before it, its first and last word): a real attribution whose cue has PolNeAR's other boundary
          // ("said Friday", "said in a statement") is told from a wrong cue by these more than by its words
          // (twelfth session). A filter trained without them gives them no weight.
          for (const [q, f] of features) f.push(...cueEdgeFeatures(ctx, q));
          const candidates = extras.length ? [...assembled, ...extras].sort((a, b) => a.content[0].tokenStart - b.content[0].tokenStart) : assembled;
          observe?.([...features].map(([q, f]) => ({
            cue: charSpan(ctx, q.cue!),
            source: q.source ? charSpan(ctx, q.source) : null,
            content: sureContent(q.content).map((c) => charSpan(ctx, c)),
            features: f,
          })));
          const handKeep = (q: RawQuote) => !isWeakCue(ctx, q) && !q.cue?.lowMargin;
          const keep = (q: RawQuote) => q.cue !== null && (fromLayout.has(q) || !cueFilter || keepsCue(cueFilter, features.get(q)!, handKeep(q), q.source !== null, sureContent(q.content).length));
          raw = dropReportsInsideContent(ctx, candidates.filter((q) => (cueFilter ? keep(q) : handKeep(q)) && !modifiesNoun(ctx, q) && !(q.cue && phones(ctx, q.cue.tokenStart, q.cue.tokenEnd))))
            .filter((q) => q.cue !== null)
            .map((q) => (fromLayout.has(q) ? laidOut(q) : { ...q, content: sureContent(q.content) }));
        } else if (scope === 'attribution') {
          // PolNeAR gives each token to one attribution and keeps the outer of a reported report, and every
          // attribution has a cue. The speech scope keeps both reports ("Wafa reported that Nofal told …":
          // Nofal said it, Wafa reported it) and a quotation paragraph that continues the previous speaker.
          // A sourceless cue of no reporting word is mostly wrong (weak-cues.ts): it goes first, so that what
          // its content held stays.
          // A cue the tagger found by a small margin is mostly wrong, and so is its quote; so is a content
          // fragment found by a small margin next to a surer one (role-margins.ts).
          const fromLayout = new Set<RawQuote>(layout);
          raw = dropReportsInsideContent(ctx, assembled.filter((q) => !isWeakCue(ctx, q) && !q.cue?.lowMargin && !modifiesNoun(ctx, q)))
            .filter((q) => q.cue !== null)
            .map((q) => (fromLayout.has(q) ? laidOut(q) : { ...q, content: sureContent(q.content) }));
        } else {
          // The rules' direct quotes are surer than the tagger's where they fire, but follow their own span
          // conventions; the attribution scope keeps the tagger's, which is what PolNeAR measures.
          // A transcript turn's paragraph, read as a bare quotation ("WALLACE: …"), is that turn.
          const rules = [...directQuotes(ctx), ...postposedAttributions(ctx)].filter((r) => !layout.some((l) => sharesContent(l, r)));
          const said = new Set(layout);
          raw = mergeQuotes(assembled, rules, 'rules').filter((q) => said.has(q) || isSpeech(ctx, lexicon, q));
          // A speech cue the tagger gave no content ("Peskov told reporters the meeting was useful") gets the one its
          // sentence implies (cue-contents.ts), where no kept quote holds those words.
          raw = withImpliedContents(ctx, lexicon, raw, contentless.filter((q) => isSpeech(ctx, lexicon, q)));
        }
        if (scope === 'attribution') {
          // Polls as sources ("… in the most recent Fox poll"), which the tagger seldom finds: kept, as the
          // layout rules' quotes are, where no kept quote holds any of their words (poll-attributions.ts).
          const found = pollAttributions(ctx);
          const polls = addWhereFree(ctx.tokens.length, yieldToFrontedPolls(ctx, raw, found), found);
          raw = [...polls.quotes];
          for (const p of polls.added) layoutKept.add(p);
        }
        if (scope === 'attribution' && (cueBoundary || observeVariants)) {
          // The cues' edges, chosen among variants by the learned chooser (cue-boundary.ts); the layout
          // rules' cues stay as their rules read them. Sources and contents do not change.
          const choices = chooseCueBoundaries(ctx, cueBoundary, raw, (q) => layoutKept.has(q));
          observeVariants?.(choices.map((c: CueChoice) => ({
            quote: { cue: charSpan(ctx, c.quote.cue!), source: c.quote.source ? charSpan(ctx, c.quote.source) : null },
            variants: c.variants.map((v) => ({ cue: charSpan(ctx, { role: 'cue', tokenStart: v.start, tokenEnd: v.end }), features: v.features })),
            chosen: c.chosen,
          })));
        }
        if (scope === 'attribution' && (sourceBoundary || observeSources)) {
          // The sources' edges likewise (source-boundary.ts), with the cues as the cue chooser left them.
          const choices = chooseSourceBoundaries(ctx, sourceBoundary, raw, (q) => layoutKept.has(q));
          observeSources?.(choices.map((c) => ({
            variants: c.variants.map((v) => ({ source: charSpan(ctx, { role: 'source', tokenStart: v.start, tokenEnd: v.end }), features: v.features })),
            chosen: c.chosen,
          })));
        }
        // After the choosers: a source found here keeps the edges its rule gives it.
        if (scope === 'attribution' && options.participleSources !== false) addParticipleSources(ctx, raw, (q) => layoutKept.has(q));
        // "In January [the group] declared …" read with "January" as the source: a date speaks for no one.
        if (scope === 'speech') dropDateSources(ctx, raw, doc.timexes);
        // "said in a filing with the Securities and Exchange Commission that …": who heard it is no part of what was said
        if (scope === 'speech') startAtThat(ctx, raw);
        // "According to the New York Times, Mattis ordered …": the content's subject is no part of the source.
        returnSubjectsToContent(ctx, raw);
        splitFrontedSources(ctx, raw);
        keepWholeWords(ctx, raw);
        completeParentheticals(ctx, raw);
        if (scope === 'speech') trimSourcePunctuation(ctx, raw);
        // "In his speech he said": the source is the pronoun, which the speakers below resolve (both scopes)
        trimFrontedPhrases(ctx, raw);
        // Last: no content keeps a token of its own quote's cue or source (disjoint-parts.ts), as PolNeAR gives
        // each token one role. Not in the speech scope, where a cut would change what reads as direct speech.
        if (scope === 'attribution') raw = separateQuoteParts(ctx, raw);
        // The speech scope leaves out what reports nothing said ("did not respond to requests for comment", "It's
        // worth noting that …", non-reports.ts), but only after the speakers are read: "BP declined to comment" still
        // tells who "the company" and "he" are in the sentences after it.
        const silent = scope === 'speech' ? raw.map((q) => q.cue !== null && reportsNothing(ctx, q.cue.tokenStart, q.cue.tokenEnd)) : [];
        const quotes: Quote[] = raw.map((q) => {
          const parts = q.content.map((p) => charSpan(ctx, p));
          const quote: Quote = {
            speaker: null,
            source: q.source ? charSpan(ctx, q.source) : null,
            cue: q.cue ? charSpan(ctx, q.cue) : null,
            content: [parts[0][0], parts[parts.length - 1][1]],
            direct: isDirect(ctx, q.content),
            addressee: null,
            addresseeSpan: addresseeOf(ctx, lexicon, q),
            sentence: q.sentence,
          };
          if (parts.length > 1) quote.contentParts = parts;
          return quote;
        });
        const index = new MentionIndex(doc.entities);
        const paragraphOf = (offset: number) => {
          const t = firstTokenEndingAfter(ctx, offset);
          return t < 0 ? Infinity : ctx.sentences[ctx.sentenceOf[t]]?.paragraph ?? 0;
        };
        resolveSpeakers(doc.text, quotes, index, paragraphOf, doc.sentences);
        // (with the text, so that "Turkish reporters" are no one's and "a detachment of Russian soldiers" not Russia's)
        for (const q of quotes) if (q.addresseeSpan) q.addressee = index.entityIn(q.addresseeSpan, doc.text)?.id ?? null;
        if (scope === 'attribution') return { quotes };
        const spoken = quotes.filter((_, k) => !silent[k]);
        const all = [...spoken, ...partialQuotes(ctx, spoken)].sort((a, b) => a.content[0] - b.content[0]);
        return { quotes: all };
      };
    },
  };
}

export const quotesStage: StageDefinition = createQuotesStage();
