import type { Entity, EntityType, Quote } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import { partitionPoint } from '../../text/partition-point.js';

const PRONOUN_TYPES: Record<string, EntityType[]> = {
  he: ['PER'], she: ['PER'], him: ['PER'], her: ['PER'], i: ['PER'],
  they: ['ORG', 'GPE', 'PER', 'NORP'], it: ['ORG', 'GPE'], we: ['ORG', 'GPE', 'PER'],
};
/** Which entity a phrase names when it holds several ("Kremlin's spokesperson Dmitry Peskov"): people first. */
const TYPE_RANK: Record<EntityType, number> = { PER: 0, ORG: 1, GPE: 2, LOC: 3, NORP: 4, MISC: 5 };

interface MentionRef {
  entity: Entity;
  start: number;
  end: number;
}

function isWholePhrase(text: string, span: Span, m: { start: number; end: number }): boolean {
  const before = text.slice(span[0], m.start).trim().toLowerCase();
  const after = text.slice(m.end, span[1]).trim();
  return (before === '' || before === 'the') && (after === '' || after === ',');
}

/** Entity mentions of a document in text order, for span look-ups. */
export class MentionIndex {
  readonly mentions: MentionRef[];
  /** The largest mention end up to each mention, and each type's mentions by number (for `lastBefore`). */
  private readonly endsUpTo: Float64Array;
  private readonly ofType = new Map<EntityType, number[]>();

  constructor(entities: readonly Entity[]) {
    this.mentions = entities.flatMap((entity) => entity.mentions.map((m) => ({ entity, start: m.start, end: m.end }))).sort((a, b) => a.start - b.start);
    this.endsUpTo = new Float64Array(this.mentions.length);
    let end = -Infinity;
    this.mentions.forEach((m, k) => {
      end = Math.max(end, m.end);
      this.endsUpTo[k] = end;
      const list = this.ofType.get(m.entity.type);
      if (list) list.push(k);
      else this.ofType.set(m.entity.type, [k]);
    });
  }

  /**
   * The entity a phrase names: among the mentions inside it, the best-ranked type, and of those the last
   * (the head of "the Palestinian ambassador to Russia, Hafeez Nofal" is Nofal).
   */
  entityIn(span: Span, text?: string): Entity | null {
    let best: MentionRef | null = null;
    // Mentions that start before the phrase are never inside it: start at the first that does not.
    const first = partitionPoint(this.mentions.length, (i) => this.mentions[i].start < span[0]);
    // A person named first and set off by a comma is the head, whoever the apposition after it names ("Wayne
    // Newton, the crooner who succeeded Bob Hope as head of USO's talent effort, told …")
    const opening = this.mentions[first];
    if (text && opening && opening.start === span[0] && opening.end < span[1] && opening.entity.type === 'PER' && /^\s*,/.test(text.slice(opening.end, span[1]))) return opening.entity;
    for (let k = first; k < this.mentions.length; k++) {
      const m = this.mentions[k];
      if (m.start >= span[1]) break;
      if (m.end <= span[0] || m.start < span[0] || m.end > span[1]) continue;
      // A place or nationality speaks only when it is the whole phrase ("Israel said"), not a modifier
      // ("the Gaza Health Ministry", "ministers in Beirut").
      if (text && (m.entity.type === 'GPE' || m.entity.type === 'LOC' || m.entity.type === 'NORP') && !isWholePhrase(text, span, m)) continue;
      if (!best || TYPE_RANK[m.entity.type] < TYPE_RANK[best.entity.type] || (TYPE_RANK[m.entity.type] === TYPE_RANK[best.entity.type] && m.start >= best.start)) best = m;
    }
    return best?.entity ?? null;
  }

  /**
   * The entity of the nearest mention ending before `offset` whose type is one of `types`: the last such
   * mention, in text order, of those before the first mention that ends after `offset`. A pronoun asked
   * this of every mention before it, which is quadratic in a text of thousands of quoted pronouns; the
   * first mention ending after `offset` is found by binary search over the largest end so far, and the
   * last of each type before it by binary search over that type's mentions.
   */
  lastBefore(offset: number, types: readonly EntityType[]): Entity | null {
    const before = partitionPoint(this.mentions.length, (k) => this.endsUpTo[k] <= offset);
    let last = -1;
    for (const type of types) {
      const list = this.ofType.get(type);
      if (!list) continue;
      const n = partitionPoint(list.length, (x) => list[x] < before);
      if (n > 0) last = Math.max(last, list[n - 1]);
    }
    return last >= 0 ? this.mentions[last].entity : null;
  }
}

/**
 * Speakers: the entity the source phrase names (names, aliases and role nouns such as "the Russian leader"
 * are mentions the entities layer resolved); a bare pronoun source goes to the last entity of a fitting
 * type before it; a quote with no source continues the speaker of the quote just before it, when that one
 * is in the same or the previous paragraph (a quotation paragraph after "Erdan stated that …").
 */
export function resolveSpeakers(text: string, quotes: Quote[], index: MentionIndex, paragraphOf: (offset: number) => number): void {
  let previous: Quote | null = null;
  for (const q of quotes) {
    if (q.source) {
      const entity = index.entityIn(q.source, text);
      if (entity) q.speaker = entity.id;
      else {
        const word = text.slice(q.source[0], q.source[1]).toLowerCase();
        const types = PRONOUN_TYPES[word];
        if (types) q.speaker = index.lastBefore(q.source[0], types)?.id ?? null;
      }
    } else if (!q.cue && previous && paragraphOf(q.content[0]) - paragraphOf(previous.content[1]) <= 1) {
      q.speaker = previous.speaker;
    }
    previous = q;
  }
}
