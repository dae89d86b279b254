import { readdirSync, readFileSync } from 'node:fs';
import { emptyDoc, type Doc } from '../../src/model/doc.js';
import type { Entity, EntityType, Timex } from '../../src/model/layers.js';
import type { Span } from '../../src/model/span.js';
import { createDefaultPipeline } from '../../src/pipeline/default-pipeline.js';
import { segment } from '../../src/text/segment.js';
import { syntaxStage } from '../../src/extract/syntax/stage.js';
import { Resources } from '../../src/pipeline/resources.js';

let tagSyntax: ReturnType<typeof syntaxStage.create> | null = null;

/** A Doc with tokens, sentences and their POS tags and chunks (the real syntax stage); tests add entities and timexes by hand. */
export function plainDoc(text: string, published = '2024-08-13'): Doc {
  const doc = emptyDoc({ id: 'test', published, text, title: null, source: null, url: null });
  Object.assign(doc, segment(text));
  tagSyntax ??= syntaxStage.create(new Resources());
  Object.assign(doc, tagSyntax(doc));
  return doc;
}

/** An entity whose mentions are every occurrence of the given surfaces. */
export function entity(doc: Doc, id: string, type: EntityType, name: string, surfaces: string[]): Entity {
  const mentions = surfaces.flatMap((s) => {
    const out: { start: number; end: number; kind: 'name' }[] = [];
    for (let at = doc.text.indexOf(s); at >= 0; at = doc.text.indexOf(s, at + s.length)) out.push({ start: at, end: at + s.length, kind: 'name' });
    return out;
  });
  return { id, type, name, kb: null, country: null, sector: null, mentions };
}

export function timex(doc: Doc, surface: string, value: string): Timex {
  const start = doc.text.indexOf(surface);
  return { start, end: start + surface.length, text: surface, type: 'DATE', value };
}

export function textOf(doc: { text: string }, span: Span | null | undefined): string | null {
  return span ? doc.text.slice(span[0], span[1]) : null;
}

/** Every example article (dated-text format, header dropped) as a `plainDoc`, in file-name order. */
export function exampleDocs(): { file: string; doc: Doc }[] {
  const dir = new URL('../../examples/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, doc: plainDoc(readFileSync(new URL(file, dir), 'utf8').replace(/^\s*date \S+ /, '')) }));
}

let pipeline: ReturnType<typeof createDefaultPipeline> | null = null;

/** Runs the whole default pipeline on one of the example articles (dated-text format). */
export function annotateExample(file: string): Doc {
  const raw = readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8');
  const header = /^\s*date (\d{4}-\d{2}-\d{2}) /.exec(raw);
  if (!header) throw new Error(`${file} has no date header`);
  pipeline ??= createDefaultPipeline();
  return pipeline.annotate({ id: file, published: header[1], title: null, source: null, url: null, text: raw.slice(header[0].length) });
}
