/*
 * Runs the `compromise` library (people / places / organizations; it has no MISC) over CoNLL tokens so it
 * can be scored and timed beside our recognizer. Each document becomes one text, tokens joined by spaces
 * and sentences by newlines; compromise's character ranges are mapped back to tokens, dropping
 * punctuation-only tokens it glues to the ends of a match ("Brussels .").
 */
import { tagsFromSpans, type LabelSpan } from '../../src/ml/index.js';

type Nlp = (text: string) => {
  people(): Matches;
  places(): Matches;
  organizations(): Matches;
};
interface Matches {
  json(options: { offset: true }): { offset: { start: number; length: number } }[];
}

let nlp: Nlp | null = null;
async function load(): Promise<Nlp> {
  nlp ??= ((await import('compromise')) as unknown as { default: Nlp }).default;
  return nlp;
}

const PUNCTUATION_ONLY = /^[^\p{L}\p{N}]+$/u;

/** IOB2 tags per sentence for one document given as token texts. */
export async function compromiseTags(sentences: readonly (readonly string[])[]): Promise<string[][]> {
  const run = await load();
  const starts: { sentence: number; token: number; start: number; end: number }[] = [];
  let text = '';
  sentences.forEach((words, si) => {
    if (si > 0) text += '\n';
    words.forEach((w, ti) => {
      if (ti > 0) text += ' ';
      starts.push({ sentence: si, token: ti, start: text.length, end: text.length + w.length });
      text += w;
    });
  });
  const doc = run(text);
  const taken = new Set<number>();
  const spans: LabelSpan[][] = sentences.map(() => []);
  const groups: [string, Matches][] = [['PER', doc.people()], ['LOC', doc.places()], ['ORG', doc.organizations()]];
  for (const [type, matches] of groups) {
    for (const m of matches.json({ offset: true })) {
      const from = m.offset.start;
      const to = from + m.offset.length;
      let covered = starts.map((t, k) => [t, k] as const).filter(([t]) => t.start < to && t.end > from);
      while (covered.length && PUNCTUATION_ONLY.test(sentences[covered[0][0].sentence][covered[0][0].token])) covered.shift();
      while (covered.length && PUNCTUATION_ONLY.test(sentences[covered.at(-1)![0].sentence][covered.at(-1)![0].token])) covered.pop();
      if (!covered.length) continue;
      const sentence = covered[0][0].sentence;
      covered = covered.filter(([t]) => t.sentence === sentence);
      if (covered.some(([, k]) => taken.has(k))) continue;
      for (const [, k] of covered) taken.add(k);
      spans[sentence].push({ type, start: covered[0][0].token, end: covered.at(-1)![0].token + 1 });
    }
  }
  return sentences.map((words, si) => tagsFromSpans(spans[si].sort((a, b) => a.start - b.start), words.length, 'IOB2'));
}
