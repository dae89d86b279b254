import type { ConllFile } from './conll-format.js';
import type { TaggedDocument } from './train.js';

/** The documents of a CoNLL file with the token (first column) and the tags of column `tagColumn` (negative counts from the end). */
export function taggedDocuments(file: ConllFile, tagColumn = -1): TaggedDocument[] {
  return file.documents.map((doc) => ({
    sentences: doc.sentences.map((s) => ({
      words: s.rows.map((r) => r[0]),
      tags: s.rows.map((r) => r.at(tagColumn) ?? 'O'),
    })),
  }));
}
