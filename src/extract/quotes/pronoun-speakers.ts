import type { Entity, EntityType, Quote, Sentence } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import { partitionPoint } from '../../text/partition-point.js';
import type { MentionIndex } from './mention-index.js';

/*
 * Who a pronoun source ("he said", "It added", "they told") stands for: the attribution it continues, a subject
 * in between, or the last fitting name, read the way a wire story chains its attributions.
 */

/**
 * What may stand before the subject at the start of a sentence: openers ("But the ministry …", "Yet, Mubarak …")
 * and capitalized words such as titles ("President Barack Obama noted"), but no preposition or subordinator
 * ("In Gaza, the Hamas rulers …" is not about Gaza), at most five words.
 */
const OPENER_WORDS = /^(?:the|but|and|yet|so|now|meanwhile|however|also|then|still|later|earlier|separately|instead|indeed|moreover|former)$/i;
const NOT_OPENERS = /^(?:in|on|at|for|after|before|with|from|by|during|under|over|asked|when|while|if|as|since|although|though|because|despite|according|to|of|about|against|among|between)$/i;
function opensSentence(prefix: string): boolean {
  const words = prefix.split(/[^\p{L}\p{N}.'’-]+/u).filter(Boolean);
  return words.length <= 5 && words.every((w) => !NOT_OPENERS.test(w) && (OPENER_WORDS.test(w) || /^\p{Lu}/u.test(w)));
}

/** The index of the sentence holding `offset` (the first that ends after it), by binary search. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  return partitionPoint(sentences.length, (k) => sentences[k].end <= offset);
}

/** A source's words in lower case without a conjunction the source boundary took in: "But he" is "he". */
export function bareSource(text: string, source: Span): string {
  return text.slice(source[0], source[1]).toLowerCase().replace(/^(?:(?:but|and|so|yet)\b\W*)+/, '');
}

/** First words of a source with no name that still refer back to one: "The airline", "his company", "which". */
const REFERS_BACK = new Set(['the', 'this', 'that', 'which', 'who', 'he', 'she', 'it', 'they', 'we', 'i', 'his', 'her', 'its', 'their', 'our', 'my']);
/** The pronouns whose source may continue the attribution before them (the first person is left to `lastBefore`). */
export const THIRD_PERSON = new Set(['he', 'she', 'him', 'her', 'it', 'they']);

/**
 * The speaker of a pronoun source. A pronoun that follows another attribution closely (same or next paragraph)
 * continues its source: "Clevite said J.P. Industries held back part of the price. It said a preliminary audit
 * showed …" is Clevite's, not the company named last; "…, local radio stations said. They said the planes
 * attacked …" is the stations', who have no name (no speaker, rather than the town named last). A sentence in
 * between that opens with another fitting name makes that one the subject ("Kerry said … Lavrov rejected the
 * idea. He said …"). Otherwise "he", "she" and "it" take the last entity of a fitting type, as before, and
 * "they" none: the last organization or place before it is seldom the one meant, and "they" continues only
 * an attribution of the sentence before or its own ("Other western officials are not so sure. They said …"
 * is not the ministry of two sentences back).
 */
export function pronounSpeaker(text: string, quote: Quote, types: readonly EntityType[], last: Quote | null, index: MentionIndex, paragraphOf: (offset: number) => number, sentences: readonly Sentence[]): string | null {
  const source = quote.source!;
  const plural = bareSource(text, source) === 'they';
  const fallback = () => (plural ? null : index.lastBefore(source[0], types)?.id ?? null);
  const fronted = frontedSubject(text, quote, types, index, sentences) ?? ownSubject(text, quote, types, index, sentences);
  if (fronted) return fronted.id;
  if (!last?.source || last.source[0] >= source[0] || paragraphOf(source[0]) - paragraphOf(last.source[0]) > 1) return fallback();
  if (plural && sentenceAt(sentences, source[0]) - sentenceAt(sentences, last.source[0]) > 1) return null;
  const subject = subjectBetween(text, last.source[0], source[0], types, index, sentences);
  const said = index.entity(last.speaker);
  if (subject && subject !== said) return subject.id;
  if (said) return types.includes(said.type) ? said.id : fallback();
  // The source before named no entity. A phrase with no name ("local radio stations", "a spokesman") is what the
  // pronoun continues, and it has no speaker either; a definite one ("The airline said … it said") or one that
  // opens with a pronoun refers back in turn, so the last fitting name stands.
  const first = /^\p{L}+/u.exec(bareSource(text, last.source))?.[0] ?? '';
  if (REFERS_BACK.has(first)) return fallback();
  // A person named in that attribution's sentence or after it is the likelier "he" or "she": the source may
  // have lost the name ("Jan Van Moerbeke, a male nurse, said" kept "a male nurse"; "Bank spokesman Arne Lund
  // said" kept "Bank"), or the person answers ("one lawmaker asked Thomas Perrelli whether …, he said"). "It"
  // after "analysts", "legal sources" stays theirs whatever organization they name.
  if (types.includes('PER')) {
    const person = index.lastBefore(source[0], ['PER']);
    const from = sentences[sentenceAt(sentences, last.source[0])]?.start ?? last.source[0];
    if (person && person.mentions.some((m) => m.start >= from && m.end <= source[0])) return person.id;
  }
  return null;
}

/** Words that open a clause whose subject a later pronoun may name: "When Hillary Clinton arrives …, she said". */
const SUBORDINATORS = new Set(['when', 'after', 'as', 'while', 'before', 'although', 'though', 'since', 'once', 'because', 'until']);

/**
 * The subject of a subordinate clause that opens the pronoun's own sentence, when the pronoun's report
 * follows it ("When Hillary Rodham Clinton arrives in China on Friday …, she said she hopes …"): the first
 * fitting name within four words of the subordinator. Not for a report whose content comes first ("J.P.
 * Industries disputed the balance, it said"), where the names before the pronoun are what is reported.
 */
function frontedSubject(text: string, quote: Quote, types: readonly EntityType[], index: MentionIndex, sentences: readonly Sentence[]): Entity | null {
  const source = quote.source!;
  if (quote.content[0] < source[0]) return null;
  const sentence = sentences[sentenceAt(sentences, source[0])];
  if (!sentence || sentence.start >= source[0]) return null;
  const opener = /^\W*(\p{L}+)\s/u.exec(text.slice(sentence.start, source[0]));
  if (!opener || !SUBORDINATORS.has(opener[1].toLowerCase())) return null;
  const m = index.firstFrom(sentence.start + opener[0].length);
  if (!m || m.start >= source[0] || text.slice(sentence.start + opener[0].length, m.start).split(/\s+/).filter(Boolean).length > 4) return null;
  return types.includes(m.entity.type) ? m.entity : null;
}

/**
 * The subject that opens the pronoun's own sentence, when the report follows the pronoun and no other name of a
 * fitting type stands between: "Donald Trump blamed the Syrian government … and ordered cruise missile strikes on
 * the airbase from which he said it had been launched" is Trump's, whoever spoke in the sentence before. (Not for
 * a report whose content comes first, "Taiwan will retender for the corn, they said", where the opening name is
 * what is reported.)
 */
function ownSubject(text: string, quote: Quote, types: readonly EntityType[], index: MentionIndex, sentences: readonly Sentence[]): Entity | null {
  const source = quote.source!;
  if (quote.content[0] < source[0]) return null;
  const sentence = sentences[sentenceAt(sentences, source[0])];
  if (!sentence || sentence.start >= source[0]) return null;
  const m = index.firstFrom(sentence.start);
  if (!m || m.end > source[0] || !types.includes(m.entity.type) || !opensSentence(text.slice(sentence.start, m.start))) return null;
  // another fitting name between the subject and the pronoun may be the one meant ("Obama met Putin and he said")
  const last = index.lastBefore(source[0], types);
  return last === m.entity ? m.entity : null;
}

/**
 * The entity of a fitting type that opens the last sentence after the one holding `from` and before the one
 * holding `to` (a sentence's subject is its first name, after at most an opener such as "But the"), or null.
 */
function subjectBetween(text: string, from: number, to: number, types: readonly EntityType[], index: MentionIndex, sentences: readonly Sentence[]): Entity | null {
  let s = sentenceAt(sentences, from) + 1;
  let found: Entity | null = null;
  // (not the pronoun's own sentence: in "Taiwan will retender for the corn, they said" its opening name is reported)
  for (; s < sentences.length && sentences[s].end <= to; s++) {
    const m = index.firstFrom(sentences[s].start);
    if (!m || m.start >= Math.min(to, sentences[s].end) || !opensSentence(text.slice(sentences[s].start, m.start))) continue;
    if (types.includes(m.entity.type)) found = m.entity;
  }
  return found;
}
