/*
 * Span ↔ tag conversions for the usual chunk encodings.
 *   IOB1  — I-X inside a chunk; B-X only where a chunk follows another of the same type (CoNLL-2003 files).
 *   IOB2  — B-X starts every chunk, I-X continues it.
 *   BILOU — B-X begin, I-X inside, L-X last, U-X a one-token chunk; learns chunk ends explicitly.
 * Reading tags back is lenient the way conlleval is: an I-X that cannot continue a chunk starts one, so
 * IOB1 and IOB2 read the same way and a model's ill-formed output still yields spans.
 */

export type TagScheme = 'IOB1' | 'IOB2' | 'BILOU';

/** A labelled token range `[start, end)`. */
export interface LabelSpan {
  type: string;
  start: number;
  end: number;
}

function split(tag: string): [string, string] {
  if (tag === 'O' || tag.length < 2 || tag[1] !== '-') return ['O', ''];
  return [tag[0], tag.slice(2)];
}

/** The spans a tag sequence encodes (any of the three schemes). */
export function spansFromTags(tags: readonly string[]): LabelSpan[] {
  const spans: LabelSpan[] = [];
  let open: LabelSpan | null = null;
  let openCanContinue = false;
  const close = () => {
    if (open) spans.push(open);
    open = null;
  };
  for (let i = 0; i < tags.length; i++) {
    const [prefix, type] = split(tags[i]);
    if (prefix === 'O') {
      close();
      continue;
    }
    const continues = open !== null && openCanContinue && (open as LabelSpan).type === type && (prefix === 'I' || prefix === 'L' || prefix === 'E');
    if (continues) {
      (open as LabelSpan).end = i + 1;
    } else {
      close();
      open = { type, start: i, end: i + 1 };
    }
    openCanContinue = prefix === 'B' || prefix === 'I';
    if (prefix === 'L' || prefix === 'E' || prefix === 'U' || prefix === 'S') close();
  }
  close();
  return spans;
}

/** Encodes spans (sorted, not overlapping) as `n` tags in the given scheme. */
export function tagsFromSpans(spans: readonly LabelSpan[], n: number, scheme: TagScheme): string[] {
  const tags: string[] = new Array(n).fill('O');
  let previous: LabelSpan | null = null;
  for (const span of spans) {
    const len = span.end - span.start;
    for (let i = span.start; i < span.end; i++) {
      let prefix: string;
      if (scheme === 'BILOU') {
        prefix = len === 1 ? 'U' : i === span.start ? 'B' : i === span.end - 1 ? 'L' : 'I';
      } else if (scheme === 'IOB2') {
        prefix = i === span.start ? 'B' : 'I';
      } else {
        const touchesSameType = previous !== null && previous.end === span.start && previous.type === span.type;
        prefix = i === span.start && touchesSameType ? 'B' : 'I';
      }
      tags[i] = `${prefix}-${span.type}`;
    }
    previous = span;
  }
  return tags;
}

/** Converts a tag sequence from any scheme to another (through spans). */
export function convertTags(tags: readonly string[], scheme: TagScheme): string[] {
  return tagsFromSpans(spansFromTags(tags), tags.length, scheme);
}

/**
 * The legal label moves of a strict scheme, for `TrainOptions.allowedTransition`: `from` null is the
 * sequence start, `to` null its end.
 */
export function iobAllowed(scheme: 'IOB2' | 'BILOU'): (from: string | null, to: string | null) => boolean {
  return (from, to) => {
    const [fp, ft] = from === null ? ['O', ''] : split(from);
    const [tp, tt] = to === null ? ['O', ''] : split(to);
    const inside = scheme === 'BILOU' ? fp === 'B' || fp === 'I' : false;
    if (scheme === 'BILOU') {
      // After B/I the chunk must go on (I) or end (L) with the same type; elsewhere it may not.
      if (inside) return (tp === 'I' || tp === 'L') && tt === ft;
      return tp === 'O' || tp === 'B' || tp === 'U';
    }
    // IOB2: I-X only after B-X or I-X.
    if (tp === 'I') return (fp === 'B' || fp === 'I') && ft === tt;
    return true;
  };
}
