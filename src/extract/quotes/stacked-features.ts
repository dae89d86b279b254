import { FeatureSequenceBuilder, hashCombine, hashString, template, type FeatureSequence } from '../../ml/index.js';
import type { QuoteContext } from './context.js';
import type { TagRange } from './features.js';
import { bucket } from './token-facts.js';
import type { RoleSpan } from './tagger.js';

/*
 * Stacked sequential learning (Cohen & Carvalho 2005) for the attribution tagger: a second tagger reads,
 * beside the first tagger's own features, features built from the FIRST tagger's labels. A first-order
 * tagger sees its neighbours' labels only one step away; a cue is likely where a source stands before it and
 * a content after it anywhere in the sentence, and the second tagger can read that from the first's output.
 * At training time the first tagger's labels must be out-of-fold (a tagger trained without the article),
 * or the second learns to trust labels that are right only because the first saw the gold.
 *
 * Bump STACK_VERSION whenever a feature here changes: the stacked weights record it and refuse a mismatch.
 */
export const STACK_VERSION = 1;

const T = {
  p0: template('s.p0'),
  pm1: template('s.p-1'),
  pp1: template('s.p+1'),
  pm2: template('s.p-2'),
  pp2: template('s.p+2'),
  bigramPrev: template('s.p-1|p0'),
  bigramNext: template('s.p0|p+1'),
  triple: template('s.p-1|p0|p+1'),
  context: template('s.ctx|r0'),
  contextPos: template('s.ctx|pos'),
  contextCue: template('s.ctx|cue|rate'),
  cueDistance: template('s.dcue|r0'),
  cueDistancePos: template('s.dcue|pos'),
  level: template('s.level|r0'),
  word: template('s.p0|w'),
};

/** Label codes: 0 O, 1–12 the BILOU labels of SRC, CUE, CON (the tagger's order), 13 untagged, 14 outside the paragraph. */
const UNTAGGED = 13;
const OUTSIDE = 14;
const PREFIX = ['B', 'I', 'L', 'U'];
const ROLE_INDEX: Record<RoleSpan['role'], number> = { source: 0, cue: 1, content: 2 };

/** The first tagger's output as per-token codes over the whole document. */
export interface FirstPass {
  /** Label code of each token (see above). */
  label: Uint8Array;
  /** Role of each token: 0 none, 1 source, 2 cue, 3 content. */
  role: Uint8Array;
  /** For cue and content tokens: how many graded margins their span survives, plus one (0: not graded). */
  level: Uint8Array;
}

/**
 * Per-token codes of the first tagger's spans; tokens outside `tagged` (the stretches the first tagger
 * decoded) are marked untagged, since the first tagger said nothing about them.
 */
export function firstPassCodes(ctx: QuoteContext, spans: readonly RoleSpan[], tagged: readonly TagRange[]): FirstPass {
  const n = ctx.tokens.length;
  const label = new Uint8Array(n).fill(UNTAGGED);
  const role = new Uint8Array(n);
  const level = new Uint8Array(n);
  for (const r of tagged) label.fill(0, r.start, r.end);
  for (const s of spans) {
    const t = ROLE_INDEX[s.role];
    const len = s.tokenEnd - s.tokenStart;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const p = len === 1 ? 3 : i === s.tokenStart ? 0 : i === s.tokenEnd - 1 ? 2 : 1;
      label[i] = 1 + t * 4 + p;
      role[i] = t + 1;
      level[i] = s.marginLevel === undefined ? 0 : 1 + Math.min(s.marginLevel, 11);
    }
  }
  return { label, role, level };
}

/** A label code's name, for reading features while debugging. */
export function codeName(code: number): string {
  if (code === 0) return 'O';
  if (code === UNTAGGED) return '-';
  if (code === OUTSIDE) return '|';
  return `${PREFIX[(code - 1) % 4]}-${['SRC', 'CUE', 'CON'][Math.floor((code - 1) / 4)]}`;
}

/** Distance to the nearest first-pass cue token, 99 for none. */
const NO_CUE = 99;
const distanceKey = (d: number) => (d === NO_CUE ? 8 : bucket(d));

/**
 * The stacked features of each range (the same ranges as `rangeFeatures`, whose sequences they extend):
 * the first tagger's labels of the token and its neighbours, which roles it found earlier and later in the
 * token's sentence (with the token's own role, part of speech, cue class and learnt cue rate), how far its
 * nearest cue is on each side, and how sure it was of the token's span.
 */
export function stackedFeatures(ctx: QuoteContext, first: FirstPass, ranges: readonly TagRange[]): FeatureSequence[] {
  const { label, role, level } = first;
  const out: FeatureSequence[] = [];
  const b = new FeatureSequenceBuilder();
  const posHash = new Map<string, number>();
  const hashOfPos = (p: string) => {
    let h = posHash.get(p);
    if (h === undefined) posHash.set(p, (h = hashString(p)));
    return h;
  };
  for (const range of ranges) {
    const [ps, pe] = ctx.paragraphs[range.paragraph];
    const at = (j: number) => (j < ps || j >= pe ? OUTSIDE : label[j]);
    b.reset();
    let sentence = -1;
    // Roles seen so far in the sentence and in all of it, and the nearest cue token on each side.
    let seenLeft = 0;
    let inSentence = new Uint8Array(0);
    let lastCue = -1;
    let nextCue: Int32Array = new Int32Array(0);
    let ss = 0;
    for (let i = range.start; i < range.end; i++) {
      const s = ctx.sentenceOf[i];
      if (s !== sentence) {
        sentence = s;
        ({ tokenStart: ss } = ctx.sentences[s]);
        const se = ctx.sentences[s].tokenEnd;
        seenLeft = 0;
        lastCue = -1;
        // suffix facts of the sentence: roles to the right of each token, next cue token
        inSentence = new Uint8Array(se - ss + 1);
        nextCue = new Int32Array(se - ss + 1).fill(-1);
        for (let j = se - 1; j >= ss; j--) {
          const k = j - ss;
          const next = j + 1 < se ? role[j + 1] : 0;
          inSentence[k] = inSentence[k + 1] | (next ? 1 << (next - 1) : 0);
          nextCue[k] = next === 2 ? j + 1 : nextCue[k + 1];
        }
        for (let j = ss; j < i; j++) {
          if (role[j]) seenLeft |= 1 << (role[j] - 1);
          if (role[j] === 2) lastCue = j;
        }
      }
      const k = i - ss;
      const right = inSentence[k];
      const r0 = role[i];
      const p0 = at(i);
      const pm1 = at(i - 1);
      const pp1 = at(i + 1);
      const ctxBits = seenLeft | (right << 3);
      const pos = hashOfPos(ctx.pos[i]);
      b.add(hashCombine(T.p0, p0));
      b.add(hashCombine(T.pm1, pm1));
      b.add(hashCombine(T.pp1, pp1));
      b.add(hashCombine(T.pm2, at(i - 2)));
      b.add(hashCombine(T.pp2, at(i + 2)));
      b.add(hashCombine(T.bigramPrev, pm1 * 16 + p0));
      b.add(hashCombine(T.bigramNext, p0 * 16 + pp1));
      b.add(hashCombine(T.triple, (pm1 * 16 + p0) * 16 + pp1));
      b.add(hashCombine(T.context, ctxBits * 4 + r0));
      b.add(hashCombine(hashCombine(T.contextPos, ctxBits * 4 + r0), pos));
      b.add(hashCombine(T.contextCue, ((ctxBits * 4 + r0) * 10 + ctx.cue[i]) * 10 + ctx.cueRate[i]));
      const dl = lastCue < 0 ? NO_CUE : i - lastCue;
      const dr = nextCue[k] < 0 ? NO_CUE : nextCue[k] - i;
      const dKey = distanceKey(dl) * 10 + distanceKey(dr);
      b.add(hashCombine(T.cueDistance, dKey * 4 + r0));
      b.add(hashCombine(hashCombine(T.cueDistancePos, dKey * 4 + r0), pos));
      b.add(hashCombine(T.level, level[i] * 4 + r0));
      b.add(hashCombine(hashCombine(T.word, p0), hashString(ctx.lower[i])));
      b.next();
      if (r0) seenLeft |= 1 << (r0 - 1);
      if (r0 === 2) lastCue = i;
    }
    out.push(b.build());
  }
  return out;
}

/** One sequence with each token's features of `a` then those of `b` (same length). */
export function joinSequences(a: FeatureSequence, b: FeatureSequence): FeatureSequence {
  if (a.length !== b.length) throw new Error(`cannot join feature sequences of ${a.length} and ${b.length} tokens`);
  const hashes = new Uint32Array(a.hashes.length + b.hashes.length);
  const offsets = new Uint32Array(a.length + 1);
  let at = 0;
  for (let i = 0; i < a.length; i++) {
    offsets[i] = at;
    hashes.set(a.hashes.subarray(a.offsets[i], a.offsets[i + 1]), at);
    at += a.offsets[i + 1] - a.offsets[i];
    hashes.set(b.hashes.subarray(b.offsets[i], b.offsets[i + 1]), at);
    at += b.offsets[i + 1] - b.offsets[i];
  }
  offsets[a.length] = at;
  return { length: a.length, hashes, offsets };
}
