import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RESOURCES_DIR } from '../../src/paths.js';
import { charSpan, type RawQuote } from '../../src/extract/quotes/assemble.js';
import { buildContext, type QuoteContext } from '../../src/extract/quotes/context.js';
import { CueLexicon } from '../../src/extract/quotes/cue-lexicon.js';
import { learnedCues, loadTagger, wordClassesOf, wordSensesOf, type Role, type RoleSpan } from '../../src/extract/quotes/tagger.js';
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

let shipped: { resources: Resources; lexicon: CueLexicon; tagger: NonNullable<ReturnType<typeof loadTagger>> } | null = null;

/** The quote context of `text` as the stage builds it, with the shipped tagger's learnt cues and word classes. */
export function taggedContext(text: string): QuoteContext {
  if (!shipped) {
    const resources = new Resources();
    shipped = { resources, lexicon: CueLexicon.load(resources), tagger: loadTagger(resources)! };
  }
  const { resources, lexicon, tagger } = shipped;
  const doc = plainDoc(text);
  return buildContext(doc.text, doc.tokens, doc.sentences, lexicon, learnedCues(tagger), doc, wordClassesOf(tagger, resources), wordSensesOf(tagger, resources));
}

/** The quote context of `text` from the tokenizer and the cue lexicon alone (no tagger, no syntax): what assembly rules read. */
export function plainContext(text: string): QuoteContext {
  const { tokens, sentences } = segment(text);
  return buildContext(text, tokens, sentences, CueLexicon.load(new Resources()));
}

/** A raw quote's parts as the text they cover. */
export const showQuote = (ctx: QuoteContext, q: RawQuote) => ({
  source: q.source ? ctx.text.slice(...charSpan(ctx, q.source)) : null,
  cue: q.cue ? ctx.text.slice(...charSpan(ctx, q.cue)) : null,
  content: q.content.map((c) => ctx.text.slice(...charSpan(ctx, c))),
});

/** The token range of the first occurrence of `words` (space-separated tokens, any case). */
export function tokenRange(ctx: QuoteContext, words: string): { tokenStart: number; tokenEnd: number } {
  const w = words.split(' ');
  for (let i = 0; i + w.length <= ctx.lower.length; i++) if (w.every((x, k) => ctx.lower[i + k] === x.toLowerCase())) return { tokenStart: i, tokenEnd: i + w.length };
  throw new Error(`no "${words}"`);
}

/** The role span covering the first occurrence of `surface` (what the tagger would have output). */
export function roleSpan(ctx: QuoteContext, r: Role, surface: string): RoleSpan {
  const at = ctx.text.indexOf(surface);
  assert.ok(at >= 0, surface);
  const tokenStart = ctx.tokens.findIndex((t) => t.start >= at);
  const tokenEnd = ctx.tokens.findIndex((t) => t.start >= at + surface.length);
  return { role: r, tokenStart, tokenEnd: tokenEnd < 0 ? ctx.tokens.length : tokenEnd };
}

/** Runs `body` with resources holding every shipped file but `quotes/<file>` (links, so nothing is copied). */
export function withoutQuotesResource(file: string, body: (resources: Resources) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-without-'));
  try {
    for (const entry of readdirSync(RESOURCES_DIR)) if (entry !== 'quotes') symlinkSync(join(RESOURCES_DIR, entry), join(dir, entry));
    mkdirSync(join(dir, 'quotes'));
    for (const entry of readdirSync(join(RESOURCES_DIR, 'quotes'))) if (entry !== file) symlinkSync(join(RESOURCES_DIR, 'quotes', entry), join(dir, 'quotes', entry));
    body(new Resources(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
