import type { Entity, EntityType, Mention, Timex, Token } from '../../src/model/layers.js';

/** A name to find in a text and the entity it stands for (used by the behaviour runner, oracle scoring and tests). */
export interface KnownName {
  surface: string;
  type: EntityType;
  country: string | null;
  sector?: string | null;
  /** Entities sharing a key become one entity (e.g. "Abbas" and "Mahmoud Abbas"). */
  key?: string;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/**
 * Entities from a list of known names, matched at word boundaries on token edges, longest name first, so a
 * document can be annotated the way the entities stage would without depending on it.
 */
export function entitiesFromNames(text: string, tokens: readonly Token[], names: readonly KnownName[], ignoreCase = false): Entity[] {
  const haystack = ignoreCase ? text.toLowerCase() : text;
  const tokenStarts = new Set(tokens.map((t) => t.start));
  const tokenEnds = new Set(tokens.map((t) => t.end));
  const taken = new Uint8Array(text.length);
  const byKey = new Map<string, Entity>();
  // The canonical name of an entity is the first surface listed for its key.
  const canonical = new Map<string, string>();
  for (const n of names) if (!canonical.has(n.key ?? n.surface)) canonical.set(n.key ?? n.surface, n.surface);
  const sorted = [...names].sort((a, b) => b.surface.length - a.surface.length);
  for (const name of sorted) {
    if (!name.surface) continue;
    let from = 0;
    for (;;) {
      const at = haystack.indexOf(ignoreCase ? name.surface.toLowerCase() : name.surface, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + name.surface.length;
      if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
      if (!tokenStarts.has(at) || !tokenEnds.has(end)) continue;
      let free = true;
      for (let i = at; i < end; i++) if (taken[i]) { free = false; break; }
      if (!free) continue;
      taken.fill(1, at, end);
      const key = name.key ?? name.surface;
      let entity = byKey.get(key);
      if (!entity) {
        entity = { id: '', type: name.type, name: ignoreCase ? text.slice(at, end) : canonical.get(key)!, kb: null, country: name.country, sector: name.sector ?? null, mentions: [] };
        byKey.set(key, entity);
      }
      const mention: Mention = { start: at, end, kind: 'name' };
      entity.mentions.push(mention);
    }
  }
  const entities = [...byKey.values()].filter((e) => e.mentions.length);
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  entities.forEach((e, i) => { e.id = `E${i + 1}`; e.mentions.sort((a, b) => a.start - b.start); });
  return entities;
}

/** Time expressions for given surfaces and values (first occurrence of each), for hand-built documents. */
export function timexesFromList(text: string, list: readonly { text: string; value: string; type?: Timex['type'] }[]): Timex[] {
  const out: Timex[] = [];
  for (const item of list) {
    const at = text.indexOf(item.text);
    if (at < 0) throw new Error(`timex "${item.text}" not in text`);
    out.push({ start: at, end: at + item.text.length, text: item.text, type: item.type ?? 'DATE', value: item.value });
  }
  return out.sort((a, b) => a.start - b.start);
}
