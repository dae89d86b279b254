import type { Entity, EntityType, Token } from '../../model/layers.js';
import { partitionPoint } from './partition-point.js';

/*
 * The entities layer read token by token, for the attribution tagger's features: sources are mostly people
 * and organisations, and a stance cue ("has pooh-poohed", "bristled at") mostly follows one. A token's tag
 * packs the type of the mention that covers it and its place in that mention (BILU), in one small number
 * a feature key can hold.
 */

/** Entity types as numbers 1–6 (0: no entity). */
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'GPE', 'NORP', 'MISC'];
/** Distinct entity type numbers, none included. */
export const ENTITY_TYPE_COUNT = ENTITY_TYPES.length + 1;
/** Distinct token tags, none included: 1 + type × position. */
export const ENTITY_TAG_COUNT = 1 + ENTITY_TYPES.length * 4;

const enum Place {
  Begin = 0,
  Inside = 1,
  Last = 2,
  Unit = 3,
}

/** The type number (0–6) of a token tag. */
export function entityTypeOf(tag: number): number {
  return tag === 0 ? 0 : ((tag - 1) >> 2) + 1;
}

/** Whether a token tag ends its mention (L or U). */
export function endsMention(tag: number): boolean {
  const place = (tag - 1) & 3;
  return tag !== 0 && (place === Place.Last || place === Place.Unit);
}

/** Whether a token tag begins its mention (B or U). */
export function beginsMention(tag: number): boolean {
  const place = (tag - 1) & 3;
  return tag !== 0 && (place === Place.Begin || place === Place.Unit);
}

/**
 * Per token: 0 outside every mention, else 1 + 4 × (type number − 1) + the token's place in the mention
 * (B, I, L, U). A token belongs to a mention when its middle lies inside (as gold role spans are read). Where
 * mentions overlap, the longest keeps its tokens: "White House spokesman" stays one mention.
 */
export function entityTags(tokens: readonly Token[], entities: readonly Entity[]): Uint8Array {
  const tags = new Uint8Array(tokens.length);
  const mentions = entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: ENTITY_TYPES.indexOf(e.type) + 1 })));
  mentions.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const m of mentions) {
    if (m.type === 0) continue;
    const first = partitionPoint(tokens.length, (i) => tokens[i].end <= m.start);
    let from = -1;
    let to = -1;
    for (let i = first; i < tokens.length && tokens[i].start < m.end; i++) {
      const mid = (tokens[i].start + tokens[i].end) / 2;
      if (mid < m.start || mid >= m.end) continue;
      if (from < 0) from = i;
      to = i + 1;
    }
    if (from < 0) continue;
    let free = true;
    for (let i = from; i < to; i++) if (tags[i] !== 0) free = false;
    if (!free) continue;
    const base = 1 + 4 * (m.type - 1);
    if (to - from === 1) tags[from] = base + Place.Unit;
    else for (let i = from; i < to; i++) tags[i] = base + (i === from ? Place.Begin : i === to - 1 ? Place.Last : Place.Inside);
  }
  return tags;
}
