/**
 * Where the gold cues the attribution scope misses are lost, for choosing what to work on next:
 *   npx tsx eval/quotes/cue-losses.ts ../shared/data/quotes/polnear/data/dev [--fold tune --model FILE]
 * 1. Each missed gold cue by what the raw tagger (before assembly) found in its sentence: nothing; a source
 *    or content but no cue (a "cueless" sentence, which assembly cannot report); a cue overlapping the gold
 *    one (other edges, or found and dropped later); or only other cues.
 * 2. Each cue the raw tagger found, by the step of the attribution scope (stage.ts) that drops it — assembly
 *    (no content even after orphan-cues.ts), an edge rule moving it (cue-edges.ts), weak-cues.ts,
 *    role-margins.ts, nested-reports.ts — with how many of each pool are exactly right: restoring a pool pays
 *    only when more of it is right than about half the cue F1. The layout rules' override is not followed.
 */
import { assemble, type RawQuote } from '../../src/extract/quotes/assemble.js';
import { buildContext } from '../../src/extract/quotes/context.js';
import { CueLexicon } from '../../src/extract/quotes/cue-lexicon.js';
import { trimCueEdges } from '../../src/extract/quotes/cue-edges.js';
import { dropReportsInsideContent } from '../../src/extract/quotes/nested-reports.js';
import { createQuotesStage } from '../../src/extract/quotes/stage.js';
import { learnedCues, loadTagger, tagRoles, wordClassesOf, wordSensesOf, type RoleSpan } from '../../src/extract/quotes/tagger.js';
import { isWeakCue } from '../../src/extract/quotes/weak-cues.js';
import { DEFAULT_STAGES } from '../../src/pipeline/default-pipeline.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { Resources } from '../../src/pipeline/resources.js';
import type { QuoteContext } from '../../src/extract/quotes/context.js';
import { FOLD_OPTION, foldFilter, readPolnear } from './polnear.js';
import { scriptArgs } from '../../scripts/script-cli.js';

type Fate = 'kept' | 'no content' | 'edge rule' | 'weak cue' | 'low margin' | 'nested report';

const spanKey = (ctx: QuoteContext, s: { tokenStart: number; tokenEnd: number }) => `${ctx.tokens[s.tokenStart].start}:${ctx.tokens[s.tokenEnd - 1].end}`;

/** What the attribution scope does with each raw cue, step by step as stage.ts takes them. */
function fates(ctx: QuoteContext, lexicon: CueLexicon, spans: readonly RoleSpan[]): Map<string, Fate> {
  const quotes = assemble(ctx, spans);
  const quoteOf = new Map<RoleSpan, RawQuote>();
  for (const q of quotes) if (q.cue) quoteOf.set(q.cue, q);
  trimCueEdges(ctx, lexicon, quotes);
  const kept = new Set(dropReportsInsideContent(ctx, quotes.filter((q) => !isWeakCue(ctx, q) && !q.cue?.lowMargin)));
  const out = new Map<string, Fate>();
  for (const s of spans) {
    if (s.role !== 'cue') continue;
    const q = quoteOf.get(s);
    const fate: Fate = !q ? 'no content'
      : !q.cue || spanKey(ctx, q.cue) !== spanKey(ctx, s) ? 'edge rule'
      : isWeakCue(ctx, q) ? 'weak cue'
      : q.cue.lowMargin ? 'low margin'
      : kept.has(q) ? 'kept' : 'nested report';
    out.set(spanKey(ctx, s), fate);
  }
  return out;
}

function main(argv: string[]): void {
  const { values, positionals: [dir] } = scriptArgs({
    command: 'npx tsx eval/quotes/cue-losses.ts',
    description: 'Where the gold cues the attribution scope misses are lost: by what the raw tagger found, and by the step that drops it.',
    args: [{ name: 'DIR', path: true, help: 'PolNeAR compartment, e.g. ../shared/data/quotes/polnear/data/dev' }],
    options: { fold: FOLD_OPTION, model: { type: 'string', value: 'FILE', path: true, help: 'attribution tagger weights to use instead of the shipped ones' } },
  }, argv);
  const modelFile = values.model;
  const articles = readPolnear(dir, Infinity, foldFilter(values.fold));
  const resources = new Resources();
  const model = loadTagger(resources, modelFile);
  if (!model) throw new Error('no attribution tagger');
  const lexicon = CueLexicon.load(resources);
  const classes = wordClassesOf(model, resources);
  const senses = wordSensesOf(model, resources);
  const upTo = DEFAULT_STAGES.findIndex((s) => s.name === 'quotes');
  const pipeline = new Pipeline([...DEFAULT_STAGES.slice(0, upTo), createQuotesStage({ scope: 'attribution', modelFile })]);
  let gold = 0;
  let missed = 0;
  const bySentence = { 'no raw span': 0, 'cueless (source or content, no cue)': 0, 'a raw cue overlapping it': 0, 'another raw cue only': 0 };
  let cuelessSentences = 0;
  const missedRawExact = new Map<Fate, number>();
  const pools = new Map<Fate, { right: number; all: number }>();
  for (const a of articles) {
    const doc = pipeline.annotate({ id: a.name, published: a.published, title: null, source: null, url: null, text: a.text });
    const ctx = buildContext(doc.text, doc.tokens, doc.sentences, lexicon, learnedCues(model), doc, classes, senses);
    const spans = tagRoles(model, ctx, true);
    const withCue = new Set<number>();
    const withSpan = new Set<number>();
    for (const s of spans) {
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        withSpan.add(ctx.sentenceOf[i]);
        if (s.role === 'cue') withCue.add(ctx.sentenceOf[i]);
      }
    }
    cuelessSentences += [...withSpan].filter((s) => !withCue.has(s)).length;
    const fate = fates(ctx, lexicon, spans);
    const goldCues = new Set(a.attributions.flatMap((x) => x.cue.map((c) => `${c[0]}:${c[1]}`)));
    for (const [k, f] of fate) {
      const pool = pools.get(f) ?? { right: 0, all: 0 };
      pool.all++;
      if (goldCues.has(k)) pool.right++;
      pools.set(f, pool);
    }
    const predicted = new Set(doc.quotes.filter((q) => q.cue).map((q) => `${q.cue![0]}:${q.cue![1]}`));
    for (const k of goldCues) {
      gold++;
      if (predicted.has(k)) continue;
      missed++;
      const start = Number(k.split(':')[0]);
      const t = doc.tokens.findIndex((tok) => tok.end > start);
      const s = t < 0 ? -1 : ctx.sentenceOf[t];
      if (!withSpan.has(s)) bySentence['no raw span']++;
      else if (!withCue.has(s)) bySentence['cueless (source or content, no cue)']++;
      else {
        const end = Number(k.split(':')[1]);
        const overlapped = spans.some((c) => c.role === 'cue' && ctx.tokens[c.tokenStart].start < end && start < ctx.tokens[c.tokenEnd - 1].end);
        bySentence[overlapped ? 'a raw cue overlapping it' : 'another raw cue only']++;
      }
      const f = fate.get(k);
      if (f) missedRawExact.set(f, (missedRawExact.get(f) ?? 0) + 1);
    }
  }
  console.log(`PolNeAR ${dir}: ${articles.length} articles, ${gold} gold cues, ${missed} missed; ${cuelessSentences} cueless sentences in the raw tagging`);
  console.log('missed gold cues by what the raw tagger found in their sentence:');
  for (const [k, v] of Object.entries(bySentence)) console.log(`  ${k.padEnd(38)} ${v}`);
  console.log(`missed gold cues the raw tagger found exactly: ${[...missedRawExact.values()].reduce((x, y) => x + y, 0)}`);
  console.log('raw cues by the step that drops them:   right / all   (missed gold among them)');
  for (const [f, p] of [...pools].sort((x, y) => y[1].all - x[1].all)) {
    console.log(`  ${f.padEnd(14)} ${String(p.right).padStart(5)} / ${String(p.all).padEnd(5)} ${(100 * p.right / p.all).toFixed(0).padStart(3)} %   (${missedRawExact.get(f) ?? 0})`);
  }
}

main(process.argv.slice(2));
