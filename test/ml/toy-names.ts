import { FeatureSequenceBuilder, template, type LabelledSequence } from '../../src/ml/index.js';

/*
 * A toy tagging task small enough to train in milliseconds, shared by the trainer's tests: names are
 * capitalized words not at the start of a sentence, and a run of them is one name (so a model must learn B
 * then I).
 */
const WORD = template('word');
const SHAPE = template('shape');
const PREV_WORD = template('prev');

export const LABELS = ['O', 'B-NAME', 'I-NAME'];

export function featurize(words: string[]) {
  const b = new FeatureSequenceBuilder();
  words.forEach((w, i) => {
    b.addValue(WORD, w.toLowerCase());
    b.addValue(SHAPE, /^[A-Z]/.test(w) ? (i === 0 ? 'Xx-first' : 'Xx') : 'x');
    b.addValue(PREV_WORD, i > 0 ? words[i - 1].toLowerCase() : '<s>');
    b.next();
  });
  return b.build();
}

export const TRAIN: [string, string][] = [
  ['The talks with Anna Berg ended', 'O O O B I O'],
  ['Yesterday Carl Olsen spoke', 'O B I O'],
  ['We met Dora', 'O O B'],
  ['Then Erik Lund Moe arrived', 'O B I I O'],
  ['She called Frida Holm today', 'O O B I O'],
  ['Reports said Gustav left', 'O O B O'],
  ['The team of Hanna Dahl won', 'O O O B I O'],
  ['It was quiet', 'O O O'],
];

/** The training sentences with label indexes (O 0, B 1, I 2). */
export function examples(): LabelledSequence[] {
  return TRAIN.map(([sentence, tags]) => ({
    features: featurize(sentence.split(' ')),
    labels: tags.split(' ').map((t) => (t === 'O' ? 0 : t === 'B' ? 1 : 2)),
  }));
}
