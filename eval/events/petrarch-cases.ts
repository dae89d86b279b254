import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../../src/model/layers.js';
import { eventsStage } from '../../src/extract/events/stage.js';
import { createDefaultPipeline } from '../../src/pipeline/default-pipeline.js';
import { Resources } from '../../src/pipeline/resources.js';
import { entitiesFromNames, type KnownName } from './name-entities.js';

/**
 * PETRARCH-2's unit-test sentences as behaviour cases. Their actors are fictional (Arnor, Gondor, …), so the
 * entities come from the suite's own actor dictionary (PETR.Validate.actors.txt); the events stage then codes
 * each sentence and we compare CAMEO codes and source/target countries with the expected codings.
 */
interface Coding { sourcecode: string; targetcode: string; eventcode: string }
interface Case { id: string; category: string; evaluate: string; text: string; codings: Coding[] }

export function readValidationActors(path: string): KnownName[] {
  const names: KnownName[] = [];
  let lastCode: string | null = null;
  for (const raw of readFileSync(path, 'latin1').split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').replace(/<!--.*?-->/g, '').trim();
    if (!line || line.startsWith('<!') || line.startsWith('-->')) continue;
    const synonym = line.startsWith('+');
    const m = /^\+?([^[\]]+?)\s*(?:\[([^\]]*)\])?\s*$/.exec(line);
    if (!m) continue;
    const surface = m[1].replace(/_+$/, '').replace(/_/g, ' ').trim();
    const code: string | null = m[2] ? m[2].trim().split(/\s+/)[0] : synonym ? lastCode : null;
    if (!synonym) lastCode = code;
    if (!surface || !code || code === '---') continue;
    names.push({ surface, type: 'ORG', country: code.slice(0, 3).toUpperCase(), sector: code.length >= 6 ? code.slice(3, 6).toUpperCase() : null, key: code });
  }
  return names;
}

function countries(ids: string[], entities: readonly Entity[]): Set<string> {
  return new Set(ids.map((id) => entities.find((e) => e.id === id)?.country ?? '').filter(Boolean));
}

export function runPetrarchCases(dir: string, opts: { errors: boolean; limit?: number }): void {
  const names = readValidationActors(join(dir, 'PETR.Validate.actors.txt'));
  let cases = readFileSync(join(dir, 'PETR.UnitTest.records.jsonl'), 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case)
    .filter((c) => c.evaluate === 'true' && c.codings.some((k) => k.eventcode));
  if (opts.limit) cases = cases.slice(0, opts.limit);
  const resources = new Resources();
  const pipeline = createDefaultPipeline(resources);
  const codeEvents = eventsStage.create(resources);
  let codings = 0, exact = 0, root = 0, rootOnly = 0, dyad = 0;
  const byCategory = new Map<string, [number, number]>();
  for (const c of cases) {
    const doc = pipeline.annotate({ id: c.id, published: '1995-01-01', title: null, source: null, url: null, text: c.text });
    doc.entities = entitiesFromNames(c.text, doc.tokens, names, true);
    const events = codeEvents(doc).events!;
    for (const k of c.codings) {
      if (!k.eventcode) continue;
      codings++;
      const src = (k.sourcecode ?? '').slice(0, 3).toUpperCase();
      const tgt = (k.targetcode ?? '').slice(0, 3).toUpperCase();
      const sideOk = (e: (typeof events)[number]) => {
        const a = countries(e.actors, doc.entities);
        const r = countries(e.recipients, doc.entities);
        return a.has(src) && (!tgt || r.has(tgt) || (e.recipients.length === 0 && a.has(tgt)));
      };
      const isExact = events.some((e) => e.cameo === k.eventcode && sideOk(e));
      const isRoot = events.some((e) => e.cameo?.slice(0, 2) === k.eventcode.slice(0, 2) && sideOk(e));
      const isRootOnly = events.some((e) => e.cameo?.slice(0, 2) === k.eventcode.slice(0, 2));
      if (events.some((e) => sideOk(e))) dyad++;
      if (isExact) exact++;
      if (isRoot) root++;
      if (isRootOnly) rootOnly++;
      const cat = byCategory.get(c.category) ?? [0, 0];
      cat[0] += isRoot ? 1 : 0; cat[1]++;
      byCategory.set(c.category, cat);
      if (opts.errors && !isRoot) {
        const got = events.map((e) => `${e.cameo}[${doc.text.slice(e.trigger[0], e.trigger[1])}] ${[...countries(e.actors, doc.entities)]}→${[...countries(e.recipients, doc.entities)]}`).join('; ');
        console.log(`✗ ${c.id} want ${k.eventcode} ${src}→${tgt} | got ${got || '—'}\n   ${c.text}`);
      }
    }
  }
  const pct = (n: number) => `${((100 * n) / Math.max(1, codings)).toFixed(1)}%`;
  console.log(`PETRARCH-2 behaviour cases: ${cases.length} sentences, ${codings} expected codings`);
  console.log(`  exact CAMEO code + source/target country: ${exact} (${pct(exact)})`);
  console.log(`  CAMEO root + source/target country:       ${root} (${pct(root)})`);
  console.log(`  CAMEO root anywhere in the sentence:      ${rootOnly} (${pct(rootOnly)})`);
  console.log(`  source → target countries, any code:      ${dyad} (${pct(dyad)})`);
  console.log('  (the suite predates CAMEO 1.1: many expected codes use its older numbering, e.g. 032 for a visit)');
  console.log('  by category (root + countries):');
  for (const [cat, [ok, n]] of [...byCategory.entries()].sort()) console.log(`    ${cat.padEnd(10)} ${ok}/${n}`);
}
