import type { Doc } from '../../src/model/doc.js';
import type { Entity, EventRecord } from '../../src/model/layers.js';
import { ploverCategory } from '../../src/extract/events/plover-rules.js';
import type { GsrRecord } from './gsr.js';
import { normCountry, sideMatches } from './score.js';

/**
 * Why a PLOVER gold sentence was missed, so fixes go to general causes rather than single sentences.
 * Type errors: `missed` (no event at all), `wrong-type` (events, none of the gold type); extra types in a
 * sentence are `spurious`. Argument errors (gold type found, countries wrong), per side and gold actor:
 * `no-entity` (no entity mention over the gold actor text), `no-country` (an entity, without a country),
 * `wrong-country`, `swapped` (found on the other side), `not-attached` (entity with the right country, not an
 * argument), `extra` (gold side empty, ours not). Sentence traits: passive, nominal trigger, several events.
 */
export class ErrorBreakdown {
  readonly counts = new Map<string, number>();
  readonly examples = new Map<string, string[]>();

  private bump(key: string, example: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    const list = this.examples.get(key) ?? [];
    if (list.length < (Number(process.env.BREAKDOWN_EXAMPLES) || 4)) list.push(example);
    this.examples.set(key, list);
  }

  add(r: GsrRecord, doc: Doc, events: EventRecord[], matched: boolean): void {
    const types = new Set(events.map((e) => ploverCategory(e)));
    const traits: string[] = [];
    if (/\b(was|were|been|being|is|are)\s+(\w+ly\s+)?\w+(ed|en)\b[^.]*\bby\b/i.test(r.text)) traits.push('passive');
    if (events.length > 1) traits.push('multi-event');
    this.bump('sentences', r.id);
    for (const t of types) if (t !== r.event) this.bump('type:spurious-type', `${r.id} ${t}`);
    if (!events.length) { this.bump('type:missed', r.id); return; }
    if (!types.has(r.event)) { this.bump('type:wrong-type', `${r.id} gold ${r.event} got ${[...types]}`); return; }
    this.bump('type:correct', r.id);
    if (matched) { this.bump('args:correct', r.id); return; }
    const ofType = events.filter((e) => ploverCategory(e) === r.event);
    const nominal = ofType.some((e) => /^[A-Z]?[a-z]+(tion|ment|s|ing|ure|ack|ike|ks)$/.test(doc.text.slice(e.trigger[0], e.trigger[1])) && !/ed$/.test(doc.text.slice(e.trigger[0], e.trigger[1])));
    if (nominal) traits.push('nominal');
    this.bump('args:wrong', `${r.id} [${traits}]`);
    for (const t of traits) this.bump(`args-trait:${t}`, r.id);
    this.side(r, doc, ofType, 'actor', r.source, 'actors', 'recipients');
    this.side(r, doc, ofType, 'recipient', r.target, 'recipients', 'actors');
  }

  private side(r: GsrRecord, doc: Doc, events: EventRecord[], label: string, gold: GsrRecord['source'], own: 'actors' | 'recipients', other: 'actors' | 'recipients'): void {
    const goldSet = new Set(gold.map((a) => normCountry(a.code)!).filter(Boolean));
    const countries = (ids: string[]) => new Set(ids.map((id) => normCountry(doc.entities.find((e) => e.id === id)?.country)).filter((c): c is string => !!c));
    if (events.some((e) => sideMatches(countries(e[own]), goldSet))) return;
    if (!goldSet.size) { this.bump(`${label}:extra`, `${r.id} ${events.map((e) => [...countries(e[own])]).join('|')}`); return; }
    for (const a of gold) {
      const code = normCountry(a.code);
      const entity = entityOver(doc.entities, r.text, a.actorText);
      let why: string;
      if (!entity) why = 'no-entity';
      else if (!entity.country) why = 'no-country';
      else if (normCountry(entity.country) !== code) why = 'wrong-country';
      else if (events.some((e) => e[other].includes(entity.id))) why = 'swapped';
      else why = 'not-attached';
      this.bump(`${label}:${why}`, `${r.id} "${a.actorText}"=${a.code}${entity ? ` ent ${entity.type}:${entity.name}/${entity.country}` : ''}`);
    }
  }

  print(): void {
    console.log('error breakdown (counts; first examples):');
    for (const [k, n] of [...this.counts.entries()].sort()) {
      const ex = k === 'sentences' || k.endsWith('correct') ? '' : `  e.g. ${this.examples.get(k)!.join('; ')}`;
      console.log(`  ${k.padEnd(26)} ${String(n).padStart(4)}${ex}`);
    }
  }
}

/** The entity with a mention overlapping the gold actor text (its first occurrence in the sentence). */
function entityOver(entities: readonly Entity[], text: string, actorText: string): Entity | null {
  const piece = actorText.split(/\s*(?:\.\.\.|\(|\))\s*/).find((p) => p && text.includes(p));
  if (!piece) return null;
  const start = text.indexOf(piece);
  const end = start + piece.length;
  for (const e of entities) for (const m of e.mentions) if (m.start < end && m.end > start) return e;
  return null;
}
