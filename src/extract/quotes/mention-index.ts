import type { Entity, EntityType } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import { partitionPoint } from '../../text/partition-point.js';

/** Which entity a phrase names when it holds several ("Kremlin's spokesperson Dmitry Peskov"): people first. */
const TYPE_RANK: Record<EntityType, number> = { PER: 0, ORG: 1, GPE: 2, LOC: 3, NORP: 4, MISC: 5 };

export interface MentionRef {
  entity: Entity;
  start: number;
  end: number;
}

/** One word of a nationality: "Kurdish", "Syrian", "Chinese" (not after a title: "Mr. English"). */
const NATIONALITY_WORD = /^\p{Lu}\p{Ll}+(?:ish|ian|ese)$/u;
/** Words that make a name the object of a phrase rather than its head. */
const LINKS_BEFORE_NAME = /(?:^|[\s—–-])(?:for|of|to|at|in|with|by|from|on|like|about|against|than|and|or|[a-z]+ing|[a-z]+ed)\s/;
/** The most characters a title may take before the head name ("Agriculture Secretary", "Democratic strategist"). */
const HEAD_LEAD = 60;

/**
 * The first person, organization or other name in the phrase, from mention `first` on, that no comma precedes and a comma
 * follows: the head a postposed appositive describes. Undefined when there is none.
 */
function setOffHead(mentions: readonly MentionRef[], first: number, span: Span, text: string): MentionRef | undefined {
  const firstComma = text.indexOf(',', span[0]);
  for (let k = first; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.start >= span[1] || (firstComma >= 0 && firstComma < m.start)) return undefined;
    // "A spokesman for Mr Bush, Scott McClellan", "One pastor supporting Mr. Cruz, Darran Whiting": a name after a
    // preposition or a participle is the object of the head noun before it, and the name after the comma is the head
    if (m.start - span[0] > HEAD_LEAD || LINKS_BEFORE_NAME.test(text.slice(span[0], m.start))) return undefined;
    if (m.end >= span[1] || (m.entity.type !== 'PER' && m.entity.type !== 'ORG' && m.entity.type !== 'MISC')) continue;
    // a name the recognizer left as MISC may head ("Kristen Day, executive director of …"), a nationality word
    // may not ("Several Kurdish, military and diplomatic sources")
    if (m.entity.type === 'MISC' && NATIONALITY_WORD.test(text.slice(m.start, m.end)) && !/(?:Mr|Mrs|Ms|Dr)\.?\s+$/.test(text.slice(Math.max(span[0], m.start - 6), m.start))) continue;
    if (/^\s*,/.test(text.slice(m.end, Math.min(span[1], m.end + 8)))) return m;
  }
  return undefined;
}

function isWholePhrase(text: string, span: Span, m: { start: number; end: number }): boolean {
  const before = text.slice(span[0], m.start).trim().toLowerCase();
  const after = text.slice(m.end, span[1]).trim();
  return (before === '' || before === 'the') && (after === '' || after === ',');
}

/** The words before a mention end with a participle and "by": the mention is its agent. */
const AGENT_BEFORE = /\S\s+([a-z]+(?:ed|en|wn))\s+by\s+(?:the\s+)?$/;
/** Participles whose agent wrote what the source says: "a report published by the UN" is the UN's. */
const AUTHORING = new Set(['published', 'released', 'issued', 'compiled', 'analyzed', 'analysed', 'written', 'conducted', 'sent', 'signed', 'posted', 'produced', 'prepared', 'drafted', 'filed', 'commissioned']);
/** A participle and "by" inside one comma-free stretch. */
const PARTICIPLE_BY = /\s([a-z]+(?:ed|en|wn))\s+by\s/;

/**
 * The participle of an agent in apposition before the mention: "Those inspired by the movement's leader, [Abdullah
 * Öcalan]" — the words before end with a comma, and the stretch since the comma before it holds "…ed by" after the
 * phrase's first word. Read on that last stretch alone, so that it stays linear in the phrase.
 */
function agentInApposition(before: string): RegExpExecArray | null {
  const body = before.replace(/,\s*$/, '');
  if (body.length === before.length) return null;
  const from = body.lastIndexOf(',') + 1;
  const m = PARTICIPLE_BY.exec(body.slice(from));
  return m && from + m.index > 0 ? m : null;
}
/**
 * The object of an -ing participle after the head: "the lawyers representing [Elsheikh's mother]", "volunteers
 * fighting with [the Kurds]", "analysts tracking [Iran]". ("Officials working for the UN" keep the UN, and
 * "including" lists speakers; "during" is a preposition.)
 */
const OBJECT_OF_ING = /(\S+)\s+([a-z]{3,}ing)\s+(?:(?:with|against|on|in|at|about|alongside)\s+)?(?:(?:the|a|an|his|her|its|their)\s+)?$/;
/** Characters of the words before a mention that the -ing pattern reads. */
const ING_TAIL = 160;
const ING_SPEAKERS = new Set(['including', 'according', 'speaking', 'representing', 'during']);
/** -ing words that are adjectives or nouns before a name: "Egypt's ruling party", "the incoming BP CEO". */
const ING_MODIFIERS = new Set(['ruling', 'incoming', 'outgoing', 'leading', 'upcoming', 'ongoing', 'grouping', 'building', 'meeting', 'briefing', 'hearing', 'funding', 'founding', 'opening', 'closing', 'evening', 'morning', 'following', 'remaining', 'existing', 'reigning', 'sitting', 'acting', 'visiting', 'governing']);
/** Words right before an -ing word that make it a modifier, not a participle after the head. */
const DETERMINERS = /^(?:the|a|an|'s|’s|his|her|its|their|our|and|or)$/i;
const agentOfParticiple = (before: string) => {
  const m = AGENT_BEFORE.exec(before) ?? agentInApposition(before);
  if (m !== null && !AUTHORING.has(m[1])) return true;
  // the pattern is anchored at the end: its last few words are all it reads (and a bounded tail keeps it linear
  // whatever the phrase holds)
  const ing = OBJECT_OF_ING.exec(before.slice(-ING_TAIL));
  return ing !== null && !ING_SPEAKERS.has(ing[2]) && !ING_MODIFIERS.has(ing[2]) && !DETERMINERS.test(ing[1]);
};

/** The mention is the phrase's last word(s), before at most a closing comma: its head. */
function endsPhrase(text: string, span: Span, m: { end: number }): boolean {
  const after = text.slice(m.end, span[1]).trim();
  return after === '' || after === ',';
}

/** A relative clause inside a source phrase, and who named in it may still be the speaker. */
interface RelativeClause { from: number; to: number; speaks: readonly EntityType[] }

/** Words that open the subject of an object relative: "which [the New York Times] described", "that [BP] denied". */
const SUBJECT_START = /^(?:\p{Lu}|(?:the|a|an|his|her|its|their)\b)/u;

/**
 * The relative clauses inside a source phrase, each from its pronoun to the next comma (or the phrase's end):
 * "analysts [who support the Fed's actions]", "Fred Upton, [who heads the House Energy and Commerce Committee],".
 * A name after that comma is the phrase's again ("the company that makes the dispersant, Nalco,"). A clause whose
 * pronoun is the object ("an assessment which the New York Times [called …]", "an allegation that BP [denied]")
 * has the speaker for its subject, so its names speak; after "which" or "that" a person does anyway ("a figure
 * which assistant director general Keiji Fukuda [described as]").
 */
function relativeClauses(text: string, span: Span): RelativeClause[] {
  const phrase = text.slice(span[0], span[1]);
  const out: RelativeClause[] = [];
  for (const m of phrase.matchAll(/\b(?:who|whom|whose|which|that)\b/g)) {
    const after = m.index! + m[0].length;
    const comma = phrase.indexOf(',', after);
    const object = SUBJECT_START.test(phrase.slice(after).trimStart());
    const speaks: EntityType[] = object ? ['PER', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC'] : m[0] === 'which' || m[0] === 'that' ? ['PER'] : [];
    out.push({ from: span[0] + m.index!, to: span[0] + (comma < 0 ? phrase.length : comma), speaks });
  }
  return out;
}

/** Entity mentions of a document in text order, for span look-ups. */
export class MentionIndex {
  readonly mentions: MentionRef[];
  /** The largest mention end up to each mention, and each type's mentions by number (for `lastBefore`). */
  private readonly endsUpTo: Float64Array;
  private readonly ofType = new Map<EntityType, number[]>();
  private readonly byId: Map<string, Entity>;
  private readonly mostOfType = new Map<EntityType, Entity | null>();

  constructor(entities: readonly Entity[]) {
    this.byId = new Map(entities.map((e) => [e.id, e]));
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
    // Newton, the crooner who succeeded Bob Hope as head of USO's talent effort, told …", "Democratic strategist
    // David Axelrod, a longtime Emanuel ally"); so is an organization ("the Syrian Democratic Forces, an alliance
    // that includes the YPG"), unless the apposition names a person ("Massey Combines Corp, 45 pct owned by
    // Varity Corp, said" is Massey's). Only words without a comma may stand before it.
    const opening = text === undefined ? undefined : setOffHead(this.mentions, first, span, text);
    if (opening?.entity.type === 'PER') return opening.entity;
    const relative = text ? relativeClauses(text, span) : [];
    for (let k = first; k < this.mentions.length; k++) {
      const m = this.mentions[k];
      if (m.start >= span[1]) break;
      if (m.end <= span[0] || m.start < span[0] || m.end > span[1]) continue;
      // a name inside a relative clause is not who speaks: "analysts who support the Fed's actions say"
      if (relative.some((r) => m.start >= r.from && m.start < r.to && !r.speaks.includes(m.entity.type))) continue;
      // nor the agent of a participle after the head: "One Kurdish leader contacted by the Guardian said",
      // "rebels backed by Turkey said"
      if (text && m.start > span[0] && agentOfParticiple(text.slice(span[0], m.start))) continue;
      // A place or nationality speaks only when it is the whole phrase ("Israel said"), not a modifier
      // ("the Gaza Health Ministry", "ministers in Beirut").
      if (text && (m.entity.type === 'GPE' || m.entity.type === 'LOC' || m.entity.type === 'NORP') && !isWholePhrase(text, span, m)) continue;
      // Nor does a name of the other kinds (MISC: "Democratic", "anti-Assad", "Kurdish-led") unless it ends the
      // phrase as its head ("Leading Democrats"): "a Democratic source", "a commander in the pro-Assad forces"
      // have no named speaker.
      if (text && m.entity.type === 'MISC' && !endsPhrase(text, span, m)) continue;
      if (!best || TYPE_RANK[m.entity.type] < TYPE_RANK[best.entity.type] || (TYPE_RANK[m.entity.type] === TYPE_RANK[best.entity.type] && m.start >= best.start)) best = m;
    }
    if (opening && (opening.entity.type === 'ORG' || opening.entity.type === 'MISC') && best?.entity.type !== 'PER') return opening.entity;
    return best?.entity ?? null;
  }

  entity(id: string | null): Entity | null {
    return id === null ? null : this.byId.get(id) ?? null;
  }

  /** The mention that ends last at or before `offset` (the longest of those ending there), or null. */
  lastEndingBefore(offset: number): MentionRef | null {
    let best: MentionRef | null = null;
    // mentions are sorted by start; the one ending last before `offset` starts before it, near the end
    for (let k = partitionPoint(this.mentions.length, (i) => this.mentions[i].start < offset) - 1; k >= 0; k--) {
      const m = this.mentions[k];
      if (m.end <= offset && (!best || m.end > best.end || (m.end === best.end && m.start < best.start))) best = m;
      // an earlier mention can end later only if some mention up to it does: stop once none reaches `best`
      if (best && this.endsUpTo[k] < best.end) break;
    }
    return best;
  }

  /**
   * The entity of one of `types` whose last mention before `offset` comes last among those whose name holds
   * `noun` as a word ("Ministry of Finance" for "the ministry"), looking back over at most 400 mentions.
   */
  lastNamedWith(offset: number, noun: string, types: readonly EntityType[]): Entity | null {
    const word = new RegExp(`\\b${noun.replace(/[^a-z]/g, '')}\\b`, 'i');
    const before = partitionPoint(this.mentions.length, (k) => this.mentions[k].start < offset);
    for (let k = before - 1; k >= Math.max(0, before - 400); k--) {
      const m = this.mentions[k];
      if (m.end <= offset && types.includes(m.entity.type) && word.test(m.entity.name)) return m.entity;
    }
    return null;
  }

  /** The entity of `type` with the most mentions (of equals, the first to reach that count), or null; computed once per type. */
  mostMentioned(type: EntityType): Entity | null {
    if (this.mostOfType.has(type)) return this.mostOfType.get(type)!;
    let best: Entity | null = null;
    let count = 0;
    const counts = new Map<Entity, number>();
    for (const k of this.ofType.get(type) ?? []) {
      const e = this.mentions[k].entity;
      const n = (counts.get(e) ?? 0) + 1;
      counts.set(e, n);
      if (n > count) { best = e; count = n; }
    }
    this.mostOfType.set(type, best);
    return best;
  }

  /** The first mention that starts at or after `offset`, or null. */
  firstFrom(offset: number): MentionRef | null {
    return this.mentions[partitionPoint(this.mentions.length, (k) => this.mentions[k].start < offset)] ?? null;
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
