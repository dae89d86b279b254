import type { Doc } from '../../src/model/doc.js';
import type { Entity } from '../../src/model/layers.js';
import { ploverCategory } from '../../src/extract/events/plover-rules.js';
import { eventsStage } from '../../src/extract/events/stage.js';
import { createDefaultPipeline } from '../../src/pipeline/default-pipeline.js';
import { Resources } from '../../src/pipeline/resources.js';
import { ErrorBreakdown } from './breakdown.js';
import { readGsr, type GsrRecord } from './gsr.js';
import { entitiesFromNames, type KnownName } from './name-entities.js';
import { fmt, normCountry, prf, setsEqual, sideMatches, type Prf } from './score.js';

export interface GsrOptions { oracleActors: boolean; limit?: number; errors: boolean; breakdown?: boolean }

/** Gold actor texts as names to find (diagnostic mode: isolates event coding from entity recognition). */
function oracleNames(r: GsrRecord): KnownName[] {
  const names: KnownName[] = [];
  for (const a of [...r.source, ...r.target]) {
    // Gold actor texts are sometimes ellipsed or unbalanced ("Revolutionary United Front (RUF"); keep the pieces found in the text.
    for (const piece of a.actorText.split(/\s*(?:\.\.\.|\(|\))\s*/)) {
      if (piece && r.text.includes(piece)) names.push({ surface: piece, type: 'ORG', country: a.code.slice(0, 3), sector: a.sector ?? null, key: piece });
    }
  }
  return names;
}

function countriesOf(ids: string[], entities: readonly Entity[]): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    const c = normCountry(entities.find((e) => e.id === id)?.country);
    if (c) out.add(c);
  }
  return out;
}

export function runGsr(path: string, opts: GsrOptions): void {
  let records = readGsr(path);
  if (opts.limit) records = records.slice(0, opts.limit);
  const resources = new Resources();
  const pipeline = createDefaultPipeline(resources);
  const codeEvents = eventsStage.create(resources);
  const perType = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (t: string, k: 'tp' | 'fp' | 'fn') => {
    if (!perType.has(t)) perType.set(t, { tp: 0, fp: 0, fn: 0 });
    perType.get(t)![k]++;
  };
  let typeTp = 0, typeFp = 0, typeFn = 0;
  let argTp = 0, argFp = 0, argFn = 0;
  let strictTp = 0, strictFp = 0;
  let withEntities = 0;
  const breakdown = new ErrorBreakdown();
  const started = performance.now();
  for (const r of records) {
    const doc: Doc = pipeline.annotate({ id: r.id, published: '2000-01-01', title: null, source: null, url: null, text: r.text });
    if (opts.oracleActors) {
      doc.entities = entitiesFromNames(r.text, doc.tokens, oracleNames(r));
      doc.events = codeEvents(doc).events!;
    }
    if (doc.entities.length) withEntities++;
    const predicted = doc.events.map((e) => ({
      type: ploverCategory(e), actors: countriesOf(e.actors, doc.entities), recipients: countriesOf(e.recipients, doc.entities),
    }));
    const goldActors = new Set(r.source.map((a) => normCountry(a.code)!).filter(Boolean));
    const goldRecipients = new Set(r.target.map((a) => normCountry(a.code)!).filter(Boolean));
    // Reciprocal gold codings list every party as source; so does PLOVER (and Dateline) for meetings.
    const types = new Set(predicted.map((p) => p.type));
    if (types.has(r.event)) { typeTp++; bump(r.event, 'tp'); } else { typeFn++; bump(r.event, 'fn'); }
    for (const t of types) if (t !== r.event) { typeFp++; bump(t, 'fp'); }
    // Event + actor + recipient countries: distinct predicted tuples against the one gold tuple.
    const tuples = new Map<string, (typeof predicted)[number]>();
    for (const p of predicted) tuples.set(`${p.type}|${[...p.actors].sort()}|${[...p.recipients].sort()}`, p);
    let matched = false;
    let strict = false;
    for (const p of tuples.values()) {
      const ok = p.type === r.event && sideMatches(p.actors, goldActors) && sideMatches(p.recipients, goldRecipients);
      if (ok && !matched) { matched = true; argTp++; } else argFp++;
      if (p.type === r.event && setsEqual(p.actors, goldActors) && setsEqual(p.recipients, goldRecipients) && !strict) { strict = true; strictTp++; } else strictFp++;
    }
    if (!matched) argFn++;
    breakdown.add(r, doc, doc.events, matched);
    if (opts.errors && (!types.has(r.event) || !matched)) {
      const got = doc.events.map((e) => `${ploverCategory(e)}:${e.cameo}[${doc.text.slice(e.trigger[0], e.trigger[1])}] ${[...countriesOf(e.actors, doc.entities)]}→${[...countriesOf(e.recipients, doc.entities)]}`).join('; ');
      console.log(`✗ ${r.id} gold ${r.event} ${[...goldActors]}→${[...goldRecipients]} | got ${got || '—'}\n   ${r.text}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const typeScore = prf(typeTp, typeFp, typeFn);
  const argScore = prf(argTp, argFp, argFn);
  const strictScore = prf(strictTp, strictFp, records.length - strictTp);
  console.log(`PLOVER gold sentences: ${records.length} (${withEntities} with entities from the ${opts.oracleActors ? 'gold actor texts (oracle diagnostic)' : 'pipeline'}) in ${seconds.toFixed(1)} s`);
  console.log(`event type                      ${fmt(typeScore)}`);
  console.log(`event + actor + recipient ctry  ${fmt(argScore)}`);
  console.log(`  (strict: same country sets)   ${fmt(strictScore)}`);
  console.log('per event type (F1):');
  for (const [t, c] of [...perType.entries()].sort()) {
    const s: Prf = prf(c.tp, c.fp, c.fn);
    console.log(`  ${t.padEnd(10)} ${s.f1.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
  }
  if (opts.breakdown) breakdown.print();
}
