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
      const tokenStart = s.tokenStart + span.start;
      const tokenEnd = s.tokenStart + span.end;
      spans.push({ start: doc.tokens[tokenStart].start, end: doc.tokens[tokenEnd - 1].end, type: span.type, tokenStart, tokenEnd });
    }
  });
  return spans;
}
