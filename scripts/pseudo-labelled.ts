/**
 * Reads the machine-labelled articles that scripts/pseudo-label-quotes.ts writes, as PolNeAR articles
 * whose annotator is `machine`, for self-training the attribution tagger (`train:quotes --pseudo`).
 */
import { readFileSync } from 'node:fs';
import type { Span } from '../src/model/span.js';
import type { GoldAttribution, PolnearArticle } from '../eval/quotes/polnear.js';
import { InputError, parseJsonLine } from './input-error.js';

const PSEUDO_ANNOTATOR = 'machine';

const ROLE_NAMES = ['source', 'cue', 'content'] as const;

function isSpanList(value: unknown, textLength: number): value is Span[] {
  return Array.isArray(value) && value.every((s) => Array.isArray(s) && s.length === 2 && Number.isInteger(s[0]) && Number.isInteger(s[1]) && 0 <= s[0] && s[0] < s[1] && s[1] <= textLength);
}

/** Every line of `file`; a line that is not such an article is an InputError naming the file and line. */
export function readPseudoLabelled(file: string): PolnearArticle[] {
  return readFileSync(file, 'utf8').split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    const where = `${file}:${i + 1}`;
    const row = (parseJsonLine(file, i, line) ?? {}) as { name?: unknown; published?: unknown; text?: unknown; attributions?: unknown };
    const { text, published, attributions } = row;
    if (typeof text !== 'string' || typeof published !== 'string' || !Array.isArray(attributions)) throw new InputError(`${where}: needs "text", "published" and "attributions"`);
    const parsed = attributions.map((at: Record<string, unknown>, k): GoldAttribution => {
      for (const role of ROLE_NAMES) if (!isSpanList(at?.[role], text.length)) throw new InputError(`${where}: attribution ${k + 1} has no valid "${role}" spans`);
      return { id: String(at.id ?? k), source: at.source as Span[], cue: at.cue as Span[], content: at.content as Span[] };
    });
    return [{ name: String(row.name ?? where), published, text, annotator: PSEUDO_ANNOTATOR, attributions: parsed }];
  });
}
