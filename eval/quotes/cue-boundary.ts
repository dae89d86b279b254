/**
 * Out-of-fold training data for the learned cue boundary chooser (src/extract/quotes/cue-boundary.ts), and
 * its score against the cues as they are, in one pass over the articles (the upstream stages run once per
 * article, the quotes stage once per setting):
 *
 *   npx tsx eval/quotes/cue-boundary.ts DIR [--fold tune:K] [--model FILE] [--filter FILTER.json] --dump OUT.jsonl
 *       one JSON line per kept quote of the attribution scope: its cue's variants (the current cue first),
 *       their features, and whether each is exactly a gold cue (first annotator file, what eval:quotes
 *       scores); with --fold tune:K, the tagger trained on fit:K and a cue filter trained without tenth K the
 *       quotes are out of fold
 *   npx tsx eval/quotes/cue-boundary.ts DIR [--fold tune:K] [--model FILE] [--filter FILTER.json] --boundary CHOOSER.json [--margins 0,0.1,0.2]
 *       exact F1 source / cue / content without the chooser and with it at each margin (default: the
 *       file's), and how many cues it fixed and broke
 *   add --per-article OUT.jsonl to write each article's gold / predicted / exact counts per role and setting
 *       (for breaking a figure down by month, annotator or publisher with metadata.tsv)
 */
import { runBoundaryEval } from './boundary-eval.js';

runBoundaryEval('cue', process.argv.slice(2));
