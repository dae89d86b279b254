import { tagsFromSpans } from '../../ml/index.js';
import { normalizeToken } from '../../ml/token-form.js';
import { appendColumn, type ConllFile } from './conll-format.js';
import type { NerRecognizer } from './recognizer.js';

/** The IOB2 tag the recognizer predicts for every token line of a CoNLL file, by line number. */
export function predictConll(file: ConllFile, recognizer: NerRecognizer): Map<number, string> {
  const tagByLine = new Map<number, string>();
  for (const doc of file.documents) {
    const spans = recognizer.recognize(doc.sentences.map((s) => s.rows.map((r) => normalizeToken(r[0]))));
    doc.sentences.forEach((s, i) => {
      const tags = tagsFromSpans(spans[i], s.rows.length, 'IOB2');
      s.lineNumbers.forEach((line, k) => tagByLine.set(line, tags[k]));
    });
  }
  return tagByLine;
}

/** The file with the predicted IOB2 tag appended to every token line (the `dateline ner` output). */
export function tagConllFile(file: ConllFile, recognizer: NerRecognizer): string {
  const tags = predictConll(file, recognizer);
  return appendColumn(file, (line) => tags.get(line) ?? 'O');
}
