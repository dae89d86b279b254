import type { Lattice } from '../../ml/index.js';
import type { CompactTagger } from './compact-tagger.js';

/*
 * How sure the tagger is of a cue: a cue it no longer finds once every cue label costs CUE_MARGIN more (a
 * second Viterbi pass over the same emissions, with that cost on each move into a cue label) won by a
 * small margin. On the held-out `tune` fold of PolNeAR train (model trained on `fit`) such cues are right
 * about one time in six (14 of 93 at a margin of 50, 37 of 171 at 100), against two in three for the rest,
 * so the attribution scope drops their quotes (stage.ts).
 *
 * CUE_MARGIN is in the units of the shipped weights' scores (summed feature weights; a feature's weight is
 * typically 3, a transition's 44). It was chosen on the held-out folds `tune` and `tune:5` with models
 * trained on `fit` and `fit:5` the same way as the shipped one (exact F1 source / cue / content; before:
 * tune 67.2 / 65.9 / 57.9, tune:5 70.2 / 66.9 / 58.5): 50 → 67.5 / 66.3 / 58.0 and 70.2 / 67.3 / 58.7;
 * 75 → 67.5 / 66.3 / 58.1 and 70.2 / 67.7 / 58.7; 100 → 67.6 / 66.3 / 57.9 and 70.3 / 67.7 / 58.8; 125 and
 * 150 gain a little more on tune:5 but cost dev source 0.3–0.4 (more right sources go with their quote).
 * Retraining the tagger changes the scale of its scores: check the margin again on the folds.
 */
export const CUE_MARGIN = 75;

const lattices = new WeakMap<CompactTagger, Lattice>();

/** The tagger's lattice with each move into a cue label costing `CUE_MARGIN` more. */
export function cueCostLattice(model: CompactTagger): Lattice {
  let lattice = lattices.get(model);
  if (!lattice) {
    const L = model.labelCount;
    const transitions = Float32Array.from(model.transitions);
    model.labels.forEach((label, y) => {
      if (isCueLabel(label)) for (let p = 0; p <= L; p++) transitions[p * L + y] -= CUE_MARGIN;
    });
    lattice = { labelCount: L, transitions, endScores: model.endScores };
    lattices.set(model, lattice);
  }
  return lattice;
}

export const isCueLabel = (label: string): boolean => label.endsWith('-CUE');

/** Whether no token of `[start, end)` holds a cue label in the costlier path (`null`: it has no cue at all). */
export function lostAtMargin(costlier: Int32Array | null, isCue: Uint8Array, start: number, end: number): boolean {
  if (!costlier) return true;
  for (let i = start; i < end; i++) if (isCue[costlier[i]]) return false;
  return true;
}
