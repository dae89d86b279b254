/**
 * Measures kept quotes without a source: whether the gold attribution with the same cue has a source, where
 * it lies, and how often simple candidates (the noun phrase just before the cue, just after it) are exactly it.
 *   npx tsx eval/quotes/sourceless.ts DIR [--fold tune:K] [--model FILE] [--filter FILTER.json] [--cue-boundary CHOOSER.json] [--boundary CHOOSER.json] --out OUT.jsonl
 */
import { writeFileSync } from 'node:fs';
import type { Doc } from '../../src/model/doc.js';
import { createQuotesStage } from '../../src/extract/quotes/stage.js';
import { DEFAULT_STAGES } from '../../src/pipeline/default-pipeline.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { Resources } from '../../src/pipeline/resources.js';
import { CUE_BOUNDARY_OPTION, FILTER_OPTION, foldModels, SOURCE_BOUNDARY_OPTION } from './fold-models.js';
import { FOLD_OPTION, foldFilter, readPolnear } from './polnear.js';
import { scriptArgs } from '../../scripts/script-cli.js';

function main(argv: string[]): void {
  const { values, positionals: [dir], fail } = scriptArgs({
    command: 'npx tsx eval/quotes/sourceless.ts',
    description: 'Kept quotes without a source and candidate sources.',
    args: [{ name: 'DIR', path: true, help: 'PolNeAR compartment, e.g. ../shared/data/quotes/polnear/data/train' }],
    options: {
      fold: FOLD_OPTION,
      model: { type: 'string', value: 'FILE', path: true, help: 'attribution tagger weights to use instead of the shipped ones' },
      filter: FILTER_OPTION,
      'cue-boundary': CUE_BOUNDARY_OPTION,
      boundary: SOURCE_BOUNDARY_OPTION,
      out: { type: 'string', value: 'OUT.jsonl', help: 'write one JSON line per sourceless kept quote: its gold source and the candidate sources' },
    },
  }, argv);
  if (!values.out) fail('give --out OUT.jsonl');
  const articles = readPolnear(dir, Infinity, foldFilter(values.fold));
  const resources = new Resources();
  const upTo = DEFAULT_STAGES.findIndex((s) => s.name === 'quotes');
  const upstream = new Pipeline(DEFAULT_STAGES.slice(0, upTo), resources);
  const run = createQuotesStage({ scope: 'attribution', modelFile: values.model, ...foldModels(values), participleSources: false }).create(resources);
  const lines: string[] = [];
  for (const a of articles) {
    const doc = upstream.annotate({ id: a.name, published: a.published, title: null, source: null, url: null, text: a.text }) as Doc;
    const quotes = (run(doc as Readonly<Doc>).quotes ?? []).filter((q) => !q.partial);
    const toks = doc.tokens;
    const tokAt = (c: number) => toks.findIndex((t) => t.start <= c && c < t.end);
    const tokEndAt = (c: number) => toks.findIndex((t) => t.start < c && c <= t.end);
    const goldSources = new Set(a.attributions.flatMap((x) => x.source.map((s) => `${s[0]}:${s[1]}`)));
    const held = quotes.flatMap((q) => [q.source, q.cue, q.content, ...(q.contentParts ?? [])]).filter((s) => s) as [number, number][];
    for (const q of quotes) {
      if (q.source || !q.cue) continue;
      const [cs, ce] = q.cue;
      const g = a.attributions.find((x) => x.cue.some((c) => c[0] === cs && c[1] === ce));
      const ci = tokAt(cs), cj = tokEndAt(ce);
      // NP chunk ending right before the cue
      const npEndingAt = (j: number): [number, number] | null => {
        if (j < 0 || !/NP$/.test(doc.chunks[j])) return null;
        let i = j;
        while (i > 0 && doc.chunks[i] !== 'B-NP') i--;
        // extend over possessive / preceding NP joined by 's or of? keep simple
        return [toks[i].start, toks[j].end];
      };
      const npStartingAt = (i: number): [number, number] | null => {
        if (i >= toks.length || doc.chunks[i] !== 'B-NP') return null;
        let j = i;
        while (j + 1 < toks.length && doc.chunks[j + 1] === 'I-NP') j++;
        return [toks[i].start, toks[j].end];
      };
      const before = npEndingAt(ci - 1);
      // the NP before the cue grown back over "of"/"'s"/"for"/"in" and the NP before it (a head noun's modifiers)
      let wide: [number, number] | null = before;
      while (wide) {
        const i = tokAt(wide[0]);
        const prev = i - 1;
        if (prev < 1) break;
        const w = toks[prev].text.toLowerCase();
        if (doc.pos[prev] === 'POS' || /NP$/.test(doc.chunks[prev])) { const m = npEndingAt(prev); if (!m || m[0] === wide[0]) break; wide = [m[0], wide[1]]; continue; }
        if (['of', 'for', 'in', 'at', 'from'].includes(w)) { const m = npEndingAt(prev - 1); if (!m) break; wide = [m[0], wide[1]]; continue; }
        break;
      }
      const sentI = doc.sentences.find((x) => x.start <= cs && cs < x.end)!;
      const subj = sentI.tokenStart < ci ? npStartingAt(sentI.tokenStart) : null;
      const after = npStartingAt(cj + 1);
      const ov = (s: [number, number] | null) => !!s && held.some((h) => h[0] < s[1] && s[0] < h[1]);
      const content = q.content;
      const postposed = content[1] <= cs;
      const gs = g?.source ?? [];
      let where = 'nogold';
      if (g && gs.length === 0) where = 'goldnosource';
      else if (g) {
        const s = gs[0];
        const sent = doc.sentences.find((x) => x.start <= cs && cs < x.end)!;
        if (s[1] <= cs) where = s[0] >= sent.start ? (tokEndAt(s[1]) === ci - 1 ? 'before-adjacent' : 'before-sentence') : 'before-other';
        else if (s[0] >= ce) where = s[1] <= sent.end ? (tokAt(s[0]) === cj + 1 ? 'after-adjacent' : 'after-sentence') : 'after-other';
        else where = 'overlap';
      }
      lines.push(JSON.stringify({
        article: a.name, cue: doc.text.slice(cs, ce), where, postposed, direct: q.direct,
        gold: gs.map((s) => doc.text.slice(s[0], s[1])),
        before: before && { text: doc.text.slice(before[0], before[1]), right: goldSources.has(`${before[0]}:${before[1]}`), held: ov(before), pos: doc.pos.slice(tokAt(before[0]), ci).join(' ') },
        after: after && { text: doc.text.slice(after[0], after[1]), right: goldSources.has(`${after[0]}:${after[1]}`), held: ov(after), pos: doc.pos.slice(cj + 1, tokEndAt(after[1]) + 1).join(' ') },
        wide: wide && { text: doc.text.slice(wide[0], wide[1]), right: goldSources.has(`${wide[0]}:${wide[1]}`), held: ov(wide) },
        subj: subj && subj[1] <= cs ? { text: doc.text.slice(subj[0], subj[1]), right: goldSources.has(`${subj[0]}:${subj[1]}`), held: ov(subj) } : null,
        ctx: doc.text.slice(Math.max(0, cs - 80), Math.min(doc.text.length, ce + 60)).replace(/\s+/g, ' '),
      }));
    }
  }
  writeFileSync(values.out as string, lines.join('\n') + '\n');
  console.log(`${lines.length} sourceless kept quotes → ${values.out}`);
}

main(process.argv.slice(2));
