import type { RawQuote } from './assemble.js';
import { occupiedTokens } from './boundary-choice.js';
import { OverlapIndex } from './overlap-index.js';
import { overlaps, within, type TokenRange } from './token-ranges.js';

/** Whether some part of one quote's content overlaps some part of the other's. */
export const sharesContent = (a: RawQuote, b: RawQuote) => a.content.some((x) => b.content.some((y) => overlaps(x, y)));

/**
 * Two quotes clash when they are the same attribution seen twice: their cues overlap, or their contents
 * overlap while neither cue sits inside the other's content (a reported report — "X said that Y hopes …,
 * RIA reported" — is two attributions, nested, and both stay).
 */
function clash(a: RawQuote, b: RawQuote): boolean {
  if (a.cue && b.cue && overlaps(a.cue, b.cue)) return true;
  if (!sharesContent(a, b)) return false;
  // Contents that open on the same token are one quotation, even when one side swallowed the other's cue.
  if (a.content[0].tokenStart === b.content[0].tokenStart) return true;
  return !within(a.cue, b.content) && !within(b.cue, a.content);
}

/** Every quote's cue and content parts, to find the quotes that may clash with one without trying them all. */
class ClashIndex {
  private readonly cues: OverlapIndex;
  private readonly contents: OverlapIndex;
  /** Quote → its range in `cues` (-1 for none), and → the first of its ranges in `contents`. */
  private readonly cueOf: Int32Array;
  private readonly contentFrom: Int32Array;
  private readonly cueOwner: number[] = [];
  private readonly contentOwner: number[] = [];

  constructor(private readonly quotes: readonly RawQuote[]) {
    const cues: TokenRange[] = [];
    const contents: TokenRange[] = [];
    this.cueOf = new Int32Array(quotes.length).fill(-1);
    this.contentFrom = new Int32Array(quotes.length + 1);
    quotes.forEach((q, i) => {
      if (q.cue) {
        this.cueOf[i] = cues.length;
        cues.push(q.cue);
        this.cueOwner.push(i);
      }
      this.contentFrom[i] = contents.length;
      for (const c of q.content) {
        contents.push(c);
        this.contentOwner.push(i);
      }
    });
    this.contentFrom[quotes.length] = contents.length;
    this.cues = new OverlapIndex(cues);
    this.contents = new OverlapIndex(contents);
  }

  /** Switches quote `i` on (found by `forEachNear`) or off. Every quote starts off. */
  set(i: number, on: boolean): void {
    if (this.cueOf[i] >= 0) this.cues.set(this.cueOf[i], on);
    for (let k = this.contentFrom[i]; k < this.contentFrom[i + 1]; k++) this.contents.set(k, on);
  }

  /**
   * Calls `visit` with every quote switched on whose cue overlaps `q`'s cue or whose content overlaps
   * `q`'s content — every quote that can clash with `q`, and some twice.
   */
  forEachNear(q: RawQuote, visit: (i: number) => void): void {
    if (q.cue) this.cues.forEachOverlapping(q.cue, (k) => visit(this.cueOwner[k]));
    for (const c of q.content) this.contents.forEachOverlapping(c, (k) => visit(this.contentOwner[k]));
  }
}

/**
 * Joins the tagger's quotes and the direct-quote rules' quotes. A rule quote replaces the tagger quotes it
 * overlaps when `prefer` is 'rules', and otherwise only fills what the tagger left out.
 *
 * Rule by rule, in order: a rule quote that clashes with a rule quote already taken is dropped (earlier
 * rules win), and so is one that clashes with any quote when the tagger is preferred; otherwise it is taken
 * and the tagger quotes it clashes with go. The quotes it could clash with are found through a
 * `ClashIndex` of the quotes still in, not by trying every one (a text of thousands of quotations made that
 * quadratic: 'He said "5 were killed in Paris". ' × 400 KB took 7 s). What is left is the tagger's
 * quotes still in, in their order, then the rules' taken, in theirs — the order in which removing clashing
 * quotes and appending taken ones leaves them — sorted (stably) by where their content starts.
 */
export function mergeQuotes(model: RawQuote[], rules: RawQuote[], prefer: 'rules' | 'model'): RawQuote[] {
  const all = [...model, ...rules];
  const index = new ClashIndex(all);
  const isIn = new Uint8Array(all.length);
  for (let i = 0; i < model.length; i++) {
    index.set(i, true);
    isIn[i] = 1;
  }
  // The rule that last looked at each quote, so that a quote found through two ranges is tried once.
  const triedBy = new Int32Array(all.length).fill(-1);
  rules.forEach((r, j) => {
    const clashing: number[] = [];
    index.forEachNear(r, (i) => {
      if (triedBy[i] === j) return;
      triedBy[i] = j;
      if (clash(all[i], r)) clashing.push(i);
    });
    // Earlier rules win over later ones; the tagger yields to rules only when asked to.
    if (clashing.some((i) => i >= model.length) || (clashing.length && prefer === 'model')) return;
    for (const i of clashing) {
      index.set(i, false);
      isIn[i] = 0;
    }
    index.set(model.length + j, true);
    isIn[model.length + j] = 1;
  });
  return all.filter((_, i) => isIn[i] === 1).sort((a, b) => a.content[0].tokenStart - b.content[0].tokenStart);
}

/**
 * Quotes of rules that read a whole layout (a dash-signed testimonial, a transcript turn) replace every
 * quote that shares content or cue with them: inside such a layout nothing else is an attribution of its
 * own, and the tagger's reading of the same words (a bare quotation, a cue inside the turn) is wrong.
 */
export function overrideWith(quotes: readonly RawQuote[], sure: readonly RawQuote[]): RawQuote[] {
  if (!sure.length) return [...quotes];
  const kept = quotes.filter((q) => !sure.some((s) => sharesContent(s, q) || (q.cue !== null && s.content.some((c) => overlaps(c, q.cue!)))));
  return [...kept, ...sure].sort((a, b) => a.content[0].tokenStart - b.content[0].tokenStart);
}

/**
 * `kept` with each of `candidates`, in their order, whose source, cue and content take no token that a kept
 * quote or an earlier added candidate holds; in content order. Returns the quotes and the candidates added
 * (`kept` itself when none is).
 */
export function addWhereFree(tokenCount: number, kept: readonly RawQuote[], candidates: readonly RawQuote[]): { quotes: readonly RawQuote[]; added: RawQuote[] } {
  if (!candidates.length) return { quotes: kept, added: [] };
  const held = occupiedTokens(tokenCount, kept);
  const added: RawQuote[] = [];
  for (const c of candidates) {
    const spans = [c.source, c.cue, ...c.content].filter((r): r is NonNullable<typeof r> => r !== null);
    if (spans.some((r) => held.subarray(r.tokenStart, r.tokenEnd).includes(1))) continue;
    for (const r of spans) held.fill(1, r.tokenStart, r.tokenEnd);
    added.push(c);
  }
  const quotes = added.length ? [...kept, ...added].sort((a, b) => a.content[0].tokenStart - b.content[0].tokenStart) : kept;
  return { quotes, added };
}
