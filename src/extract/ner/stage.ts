import type { NerSpan } from '../../model/layers.js';
import type { Doc } from '../../model/doc.js';
import type { StageDefinition } from '../../pipeline/stage.js';
import { NerRecognizer } from './recognizer.js';

/** Statistical name recognition (PER, ORG, LOC, MISC) with the model trained by `npm run train:ner`. */
export const nerStage: StageDefinition = {
  name: 'ner',
  requires: ['tokens', 'sentences'],
  produces: ['nerSpans'],
  create: (resources) => {
    const recognizer = NerRecognizer.load(resources.dir);
    return (doc) => ({ nerSpans: recognizeDoc(recognizer, doc) });
  },
};

/** Runs the recognizer over a document's sentences and maps token ranges back to exact character spans. */
export function recognizeDoc(recognizer: NerRecognizer, doc: Pick<Doc, 'tokens' | 'sentences'>): NerSpan[] {
  // Raw token texts: the featurizer normalizes each distinct word once, when it first describes it.
  const sentences = doc.sentences.map((s) => doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
  const found = recognizer.recognize(sentences);
  const spans: NerSpan[] = [];
  doc.sentences.forEach((s, si) => {
    for (const span of found[si]) {
      const kept = withoutBrackets(doc.tokens, s.tokenStart + span.start, s.tokenStart + span.end);
      if (!kept) continue;
      const [tokenStart, tokenEnd] = kept;
      spans.push({ start: doc.tokens[tokenStart].start, end: doc.tokens[tokenEnd - 1].end, type: span.type, tokenStart, tokenEnd });
    }
  });
  return spans;
}

const BRACKETS = new Set(['(', ')', '[', ']', '-LRB-', '-RRB-', '-LSB-', '-RSB-']);

/**
 * A name holds no bracket: the recognizer sometimes runs a name into one ("Robert -LRB- Bob", "Y. -RRB-" of
 * "-LRB- D-N.Y. -RRB-" in Timeline17's escaped text). The span is cut at its first bracket, keeping what comes
 * before it (or after, when it opens with one); a lone initial left over ("Y.") is no name.
 */
function withoutBrackets(tokens: Doc['tokens'], start: number, end: number): [number, number] | null {
  let from = start;
  while (from < end && BRACKETS.has(tokens[from].text)) from++;
  let to = from;
  while (to < end && !BRACKETS.has(tokens[to].text)) to++;
  if (to === from) return null;
  if (to < end && to - from === 1 && tokens[from].text.length <= 2) return null;
  return [from, to];
}
