import type { Lattice } from '../../ml/index.js';
import type { CompactTagger, MarginCheck } from './compact-tagger.js';
import type { RoleSpan } from './tagger.js';

/*
 * How sure the tagger is of a span: a span it no longer finds once every label of its role costs a margin
 * more (a second Viterbi pass over the same emissions, with that cost on each move into such a label) won
 * by a small margin. On the held-out `tune` fold of PolNeAR train (model trained on `fit`), a cue lost at a
 * margin of 50 is right 14 times in 93 and one lost at 100 37 in 171, against two in three for the rest;
 * sources lost at 50 are right 37 in 163 (72 % for the rest), contents 38 in 170 (58 %). PolNeAR marks
 * beliefs, stances and plans as attributions, and the tagger's guesses at those are what this catches.
 *
 * The attribution scope (stage.ts) therefore drops a quote whose cue won by less than CUE_MARGIN, and a
 * content fragment that won by less than CONTENT_MARGIN when its quote has a surer one (a quote is not left
 * without content: dropping those cost every role). Sources are not checked: dropping those that won by
 * less than 50 moved F1 by ±0.2 but cost 1.6–2.2 points of speaker accuracy (a quote without a source has
 * no speaker).
 *
 * The margins are in the units of the shipped weights' scores (summed feature weights; a feature's weight
 * is typically 3, a transition's 44) and were chosen on the held-out folds `tune` and `tune:5`, with
 * models trained on `fit` and `fit:5` the same way as the shipped one, one role after the other (figures in
 * docs/quotes-and-claims.md). Retraining the tagger changes the scale of its scores: check them again.
 * The sixth session's weights (word classes, cost-augmented training) score on a larger scale; on both folds
 * a cue margin of 125 beat 50, 75 and 100 and matched 150 (200 lowered `tune`), so it went from 75 to 125.
 */
export const CUE_MARGIN = 125;
export const CONTENT_MARGIN = 100;

/**
 * The margins a learned cue filter grades cues and contents by (`cue-filter.ts`), each role's own margin
 * among them: the number of these a span survives says how sure the tagger was, where the filters above
 * only see lost-or-not at one margin. Each is one more Viterbi pass per stretch with a span of the role.
 */
export const GRADED_MARGINS: Record<'cue' | 'content', readonly number[]> = {
  cue: [25, 50, 75, CUE_MARGIN, 175, 250, 350, 500, 750, 1000],
  content: [50, CONTENT_MARGIN, 250, 500],
};

const checks = new WeakMap<CompactTagger, MarginCheck[]>();
const gradedChecks = new WeakMap<CompactTagger, MarginCheck[]>();

/** The graded margins of a role other than its own (whose check `marginChecks` runs anyway). */
const extraMargins = (role: 'cue' | 'content') => GRADED_MARGINS[role].filter((m) => m !== (role === 'cue' ? CUE_MARGIN : CONTENT_MARGIN));

/**
 * The margin checks of a tagger, in the order cue, content; with `graded`, then the checks of the other
 * GRADED_MARGINS of cues and of contents in that order (see `GRADED_CHECKS`).
 */
export function marginChecks(model: CompactTagger, graded = false): MarginCheck[] {
  let out = checks.get(model);
  if (!out) {
    out = [costlier(model, '-CUE', CUE_MARGIN), costlier(model, '-CON', CONTENT_MARGIN)];
    checks.set(model, out);
  }
  if (!graded) return out;
  let more = gradedChecks.get(model);
  if (!more) {
    more = [...out, ...extraMargins('cue').map((m) => costlier(model, '-CUE', m)), ...extraMargins('content').map((m) => costlier(model, '-CON', m))];
    gradedChecks.set(model, more);
  }
  return more;
}

/** Where each role's graded checks other than its own margin's lie in `marginChecks(model, true)`: [first, end). */
export const GRADED_CHECKS: Record<'cue' | 'content', [number, number]> = {
  cue: [2, 2 + extraMargins('cue').length],
  content: [2 + extraMargins('cue').length, 2 + extraMargins('cue').length + extraMargins('content').length],
};

/** The index in `marginChecks` of each role's check (-1: none). */
export const CHECK_OF: Record<RoleSpan['role'], number> = { cue: 0, source: -1, content: 1 };

/** The tagger's lattice with each move into a label of type `suffix` costing `margin` more. */
function costlier(model: CompactTagger, suffix: string, margin: number): MarginCheck {
  const L = model.labelCount;
  const transitions = Float32Array.from(model.transitions);
  const labels = Uint8Array.from(model.labels, (label) => (label.endsWith(suffix) ? 1 : 0));
  for (let y = 0; y < L; y++) if (labels[y]) for (let p = 0; p <= L; p++) transitions[p * L + y] -= margin;
  const lattice: Lattice = { labelCount: L, transitions, endScores: model.endScores };
  return { lattice, labels };
}

/** Whether no token of `[start, end)` holds a checked label in the costlier path (`null`: it has none at all). */
export function lostAtMargin(costlier: Int32Array | null, check: MarginCheck, start: number, end: number): boolean {
  if (!costlier) return true;
  for (let i = start; i < end; i++) if (check.labels[costlier[i]]) return false;
  return true;
}

/** The content fragments to keep: the sure ones, or all when none is sure. */
export function sureContent(content: RoleSpan[]): RoleSpan[] {
  const sure = content.filter((c) => !c.lowMargin);
  return sure.length ? sure : content;
}
