import { readFileSync } from 'node:fs';
import type { Article } from '../../src/model/article.js';
import type { Doc } from '../../src/model/doc.js';
import type { NerSpan, NerType } from '../../src/model/layers.js';
import { emptyDoc } from '../../src/model/doc.js';
import { entitiesStage } from '../../src/extract/entities/stage.js';
import { segment } from '../../src/text/segment.js';
import { Resources } from '../../src/pipeline/resources.js';
import { datedTextReader } from '../../src/ingest/readers/dated-text.js';

const resources = new Resources();
export const runEntities = entitiesStage.create(resources);

export function article(text: string, published = '2024-08-13'): Article {
  return { id: 'test', published, text, title: null, source: null, url: null };
}

/** A Doc with tokens and sentences, and recognizer spans given as [surface, type] (every occurrence). */
export function docOf(a: Article, ner: Array<[string, NerType]> = []): Doc {
  const doc = emptyDoc(a);
  Object.assign(doc, segment(doc.text));
  doc.nerSpans = nerSpansFor(doc, ner);
  doc.entities = runEntities(doc).entities!;
  return doc;
}

export function nerSpansFor(doc: Doc, ner: Array<[string, NerType]>): NerSpan[] {
  const spans: NerSpan[] = [];
  for (const [surface, type] of ner) {
    let at = doc.text.indexOf(surface);
    while (at >= 0) {
      const end = at + surface.length;
      const before = doc.text[at - 1];
      const after = doc.text[end];
      if (!(before && /\w/.test(before)) && !(after && /\w/.test(after))) {
        const tokenStart = doc.tokens.findIndex((t) => t.start === at);
        const tokenEnd = doc.tokens.findIndex((t) => t.end === end) + 1;
        if (tokenStart >= 0 && tokenEnd > 0) spans.push({ start: at, end, type, tokenStart, tokenEnd });
      }
      at = doc.text.indexOf(surface, end);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function seed(name: string): Article {
  const content = readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
  const [first] = datedTextReader.read(content, name, {});
  if (!first || !('article' in first)) throw new Error(`cannot read ${name}`);
  return { ...first.article, id: name };
}

export function entityNamed(doc: Doc, name: string) {
  return doc.entities.find((e) => e.name === name);
}

/** Start of the n-th occurrence of `surface` as whole words (not "Russia" inside "Russian"). */
export function wordAt(text: string, surface: string, occurrence = 0): number {
  let at = -1;
  let seen = -1;
  while (seen < occurrence) {
    at = text.indexOf(surface, at + 1);
    if (at < 0) return -1;
    const before = text[at - 1];
    const after = text[at + surface.length];
    if (!(before && /[\p{L}\p{N}]/u.test(before)) && !(after && /[\p{L}\p{N}]/u.test(after))) seen++;
  }
  return at;
}

export function entityAt(doc: Doc, surface: string, occurrence = 0) {
  const at = wordAt(doc.text, surface, occurrence);
  return doc.entities.find((e) => e.mentions.some((m) => m.start === at && m.end === at + surface.length));
}
