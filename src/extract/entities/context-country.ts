import type { Entity, Sentence } from '../../model/layers.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { sentenceAt } from '../../text/segment.js';

/**
 * Words of a name that make a body supranational ("International Labor Office", "Association of African
 * Jurists", "World Health Organization"): such a body is not the country its article is about.
 */
const SUPRANATIONAL = /\b(international|world|global|united nations|u\.?n\.?|nations|asia|asian|pacific|africa|african|europe|european|arab|islamic conference|atlantic|commonwealth|regional|inter|intergovernmental)\b/i;

/** Share of an article's country mentions the leading country needs to stand for the article. */
const ARTICLE_MAJORITY = 0.6;

/**
 * A person, organisation or group the knowledge base gives no country ("Judge Alejandro Rivera", "the Umma
 * party", "Islamic fundamentalists", an unknown town) takes the country its context names, as CAMEO and
 * PLOVER coders code a domestic actor by the country the story is about: the one country its sentences name,
 * else, when they name none, the country that dominates the article (an unknown town: only a country its
 * sentences name as a place; a MISC name: only its sentences). Several countries in its sentences leave it
 * without a country. Supranational bodies and places the KB knows are left alone.
 */
export function withContextCountries(text: string, entities: Entity[], sentences: readonly Sentence[], kb: KnowledgeBase): Entity[] {
  const isCountry = (c: string | null): c is string => !!c && !!kb.country(c);
  const sentenceOf = (offset: number): number => sentenceAt(sentences, offset);
  // Countries named in each sentence, and how often each is named in the article. An unknown place takes only a
  // country named as a place ("in Iraq", "Sudan's"), not the nationality of a party ("Iraqi youths", "one U.S.
  // soldier"): where it is does not follow from who was there.
  const bySentence = new Map<number, Set<string>>();
  const placesBySentence = new Map<number, Set<string>>();
  const counts = new Map<string, number>();
  let total = 0;
  for (const e of entities) {
    if (!isCountry(e.country)) continue;
    for (const m of e.mentions) {
      const si = sentenceOf(m.start);
      if (!bySentence.has(si)) bySentence.set(si, new Set());
      bySentence.get(si)!.add(e.country);
      if (e.type === 'GPE' && !/^\s+[a-z]/.test(text.slice(m.end, m.end + 2))) {
        if (!placesBySentence.has(si)) placesBySentence.set(si, new Set());
        placesBySentence.get(si)!.add(e.country);
      }
      counts.set(e.country, (counts.get(e.country) ?? 0) + 1);
      total++;
    }
  }
  let dominant: string | null = null;
  for (const [c, n] of counts) if (n / total >= ARTICLE_MAJORITY && (!dominant || n > counts.get(dominant)!)) dominant = c;

  return entities.map((e) => {
    if (e.country || !needsContext(e)) return e;
    const named = new Set<string>();
    const evidence = e.type === 'LOC' ? placesBySentence : bySentence;
    for (const m of e.mentions) for (const c of evidence.get(sentenceOf(m.start)) ?? []) named.add(c);
    // The article's country stands in only where the sentences name none (several named: ambiguous), and not
    // for MISC names, which are as often a holiday or a title ("New Year", "GMT") as a people.
    const country = named.size === 1 ? [...named][0] : named.size === 0 && e.type !== 'LOC' && e.type !== 'MISC' ? dominant : null;
    return country ? { ...e, country, countryFrom: 'context' as const } : e;
  });
}

/** An actor-like entity with no country of its own: unlinked, or linked to a record with no country. */
function needsContext(e: Entity): boolean {
  if (e.type === 'GPE' || (e.type === 'NORP' && !!e.kb)) return false;
  // A place the KB knows without a country is a region ("the Middle East"), not a town of the story's country.
  if (e.type === 'LOC' && e.kb) return false;
  return !SUPRANATIONAL.test(e.name);
}
