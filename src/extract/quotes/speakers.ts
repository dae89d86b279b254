import type { Entity, EntityType, Quote, Sentence } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import type { MentionIndex } from './mention-index.js';
import { bareSource, pronounSpeaker, sentenceAt, THIRD_PERSON } from './pronoun-speakers.js';
import { isFindingCue } from './published-findings.js';

// (Maps, not object literals: a source reading "constructor" must find nothing)
const PRONOUN_TYPES = new Map<string, EntityType[]>([
  ['he', ['PER']], ['she', ['PER']], ['him', ['PER']], ['her', ['PER']], ['i', ['PER']],
  // ("they" is never one person: "I asked the leaders …, and they acknowledged")
  ['they', ['ORG', 'GPE', 'NORP']], ['it', ['ORG', 'GPE']], ['we', ['ORG', 'GPE', 'PER']],
]);
/** Relative pronouns, whose source is the name right before them when it fits: "Robert Gibbs, who said …". */
const RELATIVE_PRONOUNS = new Map<string, EntityType[]>([['who', ['PER']], ['which', ['ORG', 'GPE', 'NORP']], ['that', ['ORG', 'GPE', 'NORP']]]);
/**
 * Sources that name the business the story is about without its name: "the company said", "the airline said".
 * Unless an organization named with that noun came before, they go to the last organization that spoke, or else
 * the one the article names most. Not "the group", "the agency", "the ministry", which go only to a name holding
 * the noun: in Timeline17 those were as often a body the story had not named ("The group said police turned into
 * monsters" had gone to the Interior Ministry).
 */
const ORGANIZATION_NOUNS = new Set(['company', 'firm', 'airline', 'carrier', 'bank', 'utility', 'insurer', 'retailer', 'automaker', 'manufacturer', 'maker', 'corporation'].map((n) => `the ${n}`));

/**
 * Head nouns of organizations that "the" and the noun can name ("the ministry said" after "the Ministry of
 * Finance"). Not persons' roles ("the president"), nor "the military" or "the report", which name no one body.
 */
const ORGANIZATION_HEADS = new Set([
  'ministry', 'department', 'agency', 'group', 'committee', 'commission', 'council', 'court', 'exchange', 'university',
  'institute', 'society', 'center', 'centre', 'union', 'association', 'federation', 'foundation', 'fund', 'trust',
  'board', 'bureau', 'authority', 'organization', 'organisation', 'coalition', 'alliance', 'partnership',
  'observatory', 'office', 'embassy', 'mission', 'party', 'parliament', 'assembly',
].map((n) => `the ${n}`));

/**
 * The entity named right before a relative pronoun source ("Gibbs, who said"; only a comma may stand between),
 * when its type fits ("Andy Partridge of the band XTC, who has always insisted" is not the band's).
 */
function antecedent(text: string, source: Span, index: MentionIndex, types: readonly EntityType[]): Entity | null {
  const before = index.lastEndingBefore(source[0]);
  return before && types.includes(before.entity.type) && /^\s*,?\s*$/.test(text.slice(before.end, source[0])) ? before.entity : null;
}

/**
 * Whether a cue with no source is a participle that goes on from the attribution before it in the same
 * sentence: "“…,” he said, adding “Without this mark revaluation effect …”" is still his.
 */
function continuesWithParticiple(text: string, before: Span, cue: Span, sentences: readonly Sentence[]): boolean {
  if (before[1] > cue[0] || !/^\p{L}+ing\b/u.test(text.slice(cue[0], cue[1]))) return false;
  return sentenceAt(sentences, before[0]) === sentenceAt(sentences, cue[0]);
}

/**
 * Speakers: the entity the source phrase names (names, aliases and role nouns such as "the Russian leader"
 * are mentions the entities layer resolved); a bare pronoun source goes to the speaker it continues
 * (`pronounSpeaker`), a relative pronoun to the name right before it, "the company" to the organization that
 * spoke last; a quote with no source continues the speaker of the quote just before it, when that one is in
 * the same or the previous paragraph (a quotation paragraph after "Erdan stated that …").
 */
/** A cue in the passive of a verb of telling or asking: its subject was spoken to. */
const PASSIVE_HEARING = /^(?:(?:has|have|had)\s+)?(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?(?:told|asked|informed|advised|warned|assured|reminded)\b/i;

export function resolveSpeakers(text: string, quotes: Quote[], index: MentionIndex, paragraphOf: (offset: number) => number, sentences: readonly Sentence[] = []): void {
  let previous: Quote | null = null;
  let lastSourced: Quote | null = null;
  let lastOrganization: Entity | null = null;
  for (const q of quotes) {
    // A document or a monitor that published a finding is not who a later "he said", "the company said" or bare
    // quotation continues.
    if (q.source && q.cue && isFindingCue(text.slice(q.cue[0], q.cue[1]))) {
      q.speaker = index.entityIn(q.source, text)?.id ?? null;
      continue;
    }
    // "He was told that …", "Trump was asked whether …": the source is who heard it; who spoke is not named
    // (nor is it an attribution a later "he said" continues: "Trump was asked about it. He said …" is Trump's,
    // whom the sentence opens with)
    if (q.source && q.cue && PASSIVE_HEARING.test(text.slice(q.cue[0], q.cue[1]))) {
      previous = q;
      continue;
    }
    if (q.source) {
      const entity = index.entityIn(q.source, text);
      if (entity) q.speaker = entity.id;
      else {
        const word = bareSource(text, q.source);
        const types = PRONOUN_TYPES.get(word);
        const relative = RELATIVE_PRONOUNS.get(word);
        // the first person is the writer's or a transcript turn's, which the last name before tells best
        if (types) q.speaker = THIRD_PERSON.has(word) ? pronounSpeaker(text, q, types, lastSourced, index, paragraphOf, sentences) : index.lastBefore(q.source[0], types)?.id ?? null;
        else if (relative) q.speaker = antecedent(text, q.source, index, relative)?.id ?? null;
        else if (ORGANIZATION_HEADS.has(word) || ORGANIZATION_NOUNS.has(word)) {
          // "the ministry said" after "the Ministry of Finance": the last organization named with that head noun;
          // a business noun else the organization that spoke last, or the one the article names most
          const named = index.lastNamedWith(q.source[0], word.slice(4), ['ORG']);
          q.speaker = (named ?? (ORGANIZATION_NOUNS.has(word) ? lastOrganization ?? index.mostMentioned('ORG') : null))?.id ?? null;
        }
      }
      const said = index.entity(q.speaker);
      if (said?.type === 'ORG') lastOrganization = said;
      lastSourced = q;
    } else if (!q.cue && previous && paragraphOf(q.content[0]) - paragraphOf(previous.content[1]) <= 1) {
      q.speaker = previous.speaker;
    } else if (q.cue && lastSourced?.cue && continuesWithParticiple(text, lastSourced.cue, q.cue, sentences)) {
      q.speaker = lastSourced.speaker;
    }
    previous = q;
  }
}
