/**
 * Generic sequence labelling: an averaged structured perceptron over hashed features with Viterbi or
 * greedy decoding, and a compact binary model format. Used by the NER, POS and chunk models; usable by any
 * stage that tags tokens (see docs/entities-recognition.md, "The sequence labeller").
 */
export { hashString, hashCombine } from './hash.js';
export { FeatureSequenceBuilder, template, type FeatureSequence, type Template } from './features.js';
export { FeatureTable } from './feature-table.js';
export { SequenceModel, readModelFile, type Decoder, type ModelFile, type SequenceModelParts } from './sequence-model.js';
export { QuantizedModel } from './quantized-model.js';
export { trainSequenceModel, type LabelledSequence, type TrainOptions, type EpochReport } from './train.js';
export { viterbi, greedy, type Lattice } from './decode.js';
export { spansFromTags, tagsFromSpans, convertTags, iobAllowed, type TagScheme, type LabelSpan } from './tag-scheme.js';
export { normalizeToken, wordShape, shortShape, isCapitalized, isAllCaps } from './token-form.js';
export { sumWordWindows } from './word-windows.js';
