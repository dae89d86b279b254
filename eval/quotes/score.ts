import type { Entity, Quote } from '../../src/model/layers.js';
import type { Span } from '../../src/model/span.js';
import { ROLES, type GoldAttribution, type Role } from './polnear.js';

/** Counts for one role: exact-span matches and overlap matches on each side. */
export interface RoleCounts {
  gold: number;
  pred: number;
  exact: number;
  /** Predicted spans that overlap some gold span of the role. */
  overlapPred: number;
  /** Gold spans that some predicted span of the role overlaps. */
  overlapGold: number;
}

export interface Counts {
  roles: Record<Role, RoleCounts>;
  /** Gold attributions with a source whose content a predicted quote overlaps. */
  speakerMatched: number;
  speakerCorrect: number;
}

export function emptyCounts(): Counts {
  const roles = {} as Record<Role, RoleCounts>;
  for (const r of ROLES) roles[r] = { gold: 0, pred: 0, exact: 0, overlapPred: 0, overlapGold: 0 };
  return { roles, speakerMatched: 0, speakerCorrect: 0 };
}

/** Adds one set of counts (e.g. an article's) into another (e.g. a corpus total). */
export function addCounts(into: Counts, from: Counts): void {
  for (const r of ROLES) {
    const a = into.roles[r];
    const b = from.roles[r];
    a.gold += b.gold;
    a.pred += b.pred;
    a.exact += b.exact;
    a.overlapPred += b.overlapPred;
    a.overlapGold += b.overlapGold;
  }
  into.speakerMatched += from.speakerMatched;
  into.speakerCorrect += from.speakerCorrect;
}

/** A span as a map key. */
export const key = (s: Span) => `${s[0]}:${s[1]}`;
export const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

/** Every fragment a predicted quote claims for a role (content may be split around its cue). */
export function predictedSpans(q: Quote, role: Role): Span[] {
  if (role === 'source') return q.source ? [q.source] : [];
  if (role === 'cue') return q.cue ? [q.cue] : [];
  return q.contentParts?.length ? q.contentParts : [q.content];
}

/** The spans without repeats (one per start and end). */
export function unique(spans: Span[]): Span[] {
  const seen = new Map<string, Span>();
  for (const s of spans) seen.set(key(s), s);
  return [...seen.values()];
}

function overlapLength(a: Span[], b: Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
  return n;
}

/**
 * Scores one article. Each role is scored as a set of fragments (a discontinuous PolNeAR span counts as
 * its pieces, the way a token tagger sees it), duplicates removed (several attributions may share a
 * source). Speaker accuracy: for each gold attribution with a source, the predicted quote whose content
 * overlaps it most must name that source — its source span overlaps the gold one, or its speaker entity
 * has a mention there.
 */
export function scoreArticle(gold: GoldAttribution[], quotes: Quote[], entities: Entity[], into: Counts): void {
  for (const role of ROLES) {
    const g = unique(gold.flatMap((a) => a[role]));
    const p = unique(quotes.flatMap((q) => predictedSpans(q, role)));
    const gk = new Set(g.map(key));
    const c = into.roles[role];
    c.gold += g.length;
    c.pred += p.length;
    c.exact += p.filter((s) => gk.has(key(s))).length;
    c.overlapPred += p.filter((s) => g.some((x) => overlaps(s, x))).length;
    c.overlapGold += g.filter((s) => p.some((x) => overlaps(s, x))).length;
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const a of gold) {
    if (!a.source.length || !a.content.length) continue;
    let best: Quote | null = null;
    let bestLen = 0;
    for (const q of quotes) {
      const len = overlapLength(a.content, predictedSpans(q, 'content'));
      if (len > bestLen) { best = q; bestLen = len; }
    }
    if (!best) continue;
    into.speakerMatched++;
    const src = best.source;
    const entity = best.speaker ? byId.get(best.speaker) : undefined;
    const ok = (src !== null && a.source.some((s) => overlaps(s, src)))
      || (entity?.mentions.some((m) => a.source.some((s) => overlaps(s, [m.start, m.end]))) ?? false);
    if (ok) into.speakerCorrect++;
  }
}

export interface RoleScore { exactP: number; exactR: number; exactF1: number; overlapP: number; overlapR: number; overlapF1: number }

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const div = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function roleScore(c: RoleCounts): RoleScore {
  const exactP = div(c.exact, c.pred);
  const exactR = div(c.exact, c.gold);
  const overlapP = div(c.overlapPred, c.pred);
  const overlapR = div(c.overlapGold, c.gold);
  return { exactP, exactR, exactF1: f1(exactP, exactR), overlapP, overlapR, overlapF1: f1(overlapP, overlapR) };
}
