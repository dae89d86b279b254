/*
 * The CoNLL-2003 column format: one token per line, columns separated by spaces (or tabs), the token
 * first; a blank line ends a sentence; a `-DOCSTART-` line starts a document.
 */

export interface ConllSentence {
  /** The columns of each token line. */
  rows: string[][];
  /** Index of each token line in `ConllFile.lines`. */
  lineNumbers: number[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

export interface ConllFile {
  lines: string[];
  /** The line ending the input used (kept on output). */
  eol: string;
  /** Documents in order; text before the first `-DOCSTART-` forms a document of its own. */
  documents: ConllDocument[];
}

export function isDocStart(line: string): boolean {
  return line.startsWith('-DOCSTART-');
}

export function splitColumns(line: string): string[] {
  return line.trim().split(/[ \t]+/);
}

export function parseConll(text: string): ConllFile {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const documents: ConllDocument[] = [];
  let doc: ConllDocument | null = null;
  let sentence: ConllSentence | null = null;
  const endSentence = () => {
    if (sentence && sentence.rows.length) {
      if (!doc) documents.push((doc = { sentences: [] }));
      doc.sentences.push(sentence);
    }
    sentence = null;
  };
  lines.forEach((line, index) => {
    if (line.trim() === '') return endSentence();
    if (isDocStart(line)) {
      endSentence();
      documents.push((doc = { sentences: [] }));
      return;
    }
    if (!sentence) sentence = { rows: [], lineNumbers: [] };
    sentence.rows.push(splitColumns(line));
    sentence.lineNumbers.push(index);
  });
  endSentence();
  return { lines, eol, documents: documents.filter((d) => d.sentences.length > 0) };
}

/**
 * Writes the file back with one more last column: `tagOf(lineNumber)` for token lines, `O` for
 * `-DOCSTART-` lines; blank lines stay blank and every existing column is kept byte for byte.
 */
export function appendColumn(file: ConllFile, tagOf: (lineNumber: number) => string): string {
  const out = file.lines.map((line, index) => {
    if (line.trim() === '') return line;
    const body = line.trimEnd();
    const sep = body.includes('\t') ? '\t' : ' ';
    return body + sep + (isDocStart(line) ? 'O' : tagOf(index));
  });
  return out.join(file.eol) + file.eol;
}
