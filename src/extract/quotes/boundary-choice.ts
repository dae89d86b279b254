import { logisticProbability, type LogisticModel } from '../../ml/logistic.js';
import type { RawQuote } from './assemble.js';

/*
 * What the learned boundary choosers of the attribution scope share (cue-boundary.ts for cues,
 * source-boundary.ts for sources): a logistic regression that gives each variant of a span, the current span
 * included, the chance that it is exactly PolNeAR's span, and a margin the best variant must beat the
 * current span's chance by before it replaces it (a change that is only a little likelier is as often wrong).
 */
export interface BoundaryChooser {
  model: LogisticModel;
  /** A variant wins when its probability exceeds the current span's by more than this. */
  margin: number;
}

/** Checks the shape of a chooser read from JSON; `what` names it in the error. */
export function parseBoundaryChooser(raw: unknown, name: string, what: string): BoundaryChooser {
  const f = raw as Partial<BoundaryChooser> | null;
  const ok = f !== null && typeof f === 'object' && typeof f.margin === 'number' && f.margin >= 0 && f.margin <= 1
    && typeof f.model === 'object' && f.model !== null && typeof f.model.bias === 'number' && typeof f.model.weights === 'object' && f.model.weights !== null;
  if (!ok) throw new Error(`${name}: not a ${what} (expected {"model": {"bias", "weights"}, "margin"} with a margin in [0, 1])`);
  return { model: f.model!, margin: f.margin! };
}

/**
 * The variant a chooser takes among `variants` (each a feature list, the current span first): the likeliest
 * other variant when it beats the current span by more than the margin, else 0 (the span as it is). Ties
 * go to the earlier variant.
 */
export function pickVariant(chooser: BoundaryChooser | null, variants: readonly (readonly string[])[]): number {
  if (!chooser || variants.length < 2) return 0;
  const p = variants.map((f) => logisticProbability(chooser.model, f));
  let best = 1;
  for (let k = 2; k < p.length; k++) if (p[k] > p[best]) best = k;
  return p[best] > p[0] + chooser.margin ? best : 0;
}

/** Tokens a chosen span never takes in: punctuation that closes a clause, quotation marks, brackets, dashes. */
export const STOP = new Set([',', '.', ';', '!', '?', '"', '“', '”', "''", '``', '‘', '’', "'", '(', ')', '[', ']', '--', '—', '–', '-']);
export const QUOTE_MARKS = new Set(['"', '“', '”', "''", '``', '‘', '’', "'"]);

/** Every token a quote's source, cue or content holds, over `quotes`: what no variant may take. */
export function occupiedTokens(n: number, quotes: readonly RawQuote[]): Uint8Array {
  const occupied = new Uint8Array(n);
  for (const q of quotes) {
    for (const span of [q.source, q.cue, ...q.content]) if (span) occupied.fill(1, span.tokenStart, span.tokenEnd);
  }
  return occupied;
}
