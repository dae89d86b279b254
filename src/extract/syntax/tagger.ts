import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FeatureSequenceBuilder, SequenceModel } from '../../ml/index.js';
import { chunkFeatures, posFeatures, SYNTAX_FEATURE_VERSION, WordCache } from './features.js';

export const POS_MODEL_FILE = 'syntax/pos.bin.gz';
export const CHUNK_MODEL_FILE = 'syntax/chunk.bin.gz';

/** Penn Treebank POS tags and IOB2 chunks for sentences given as token texts. */
export class SyntaxTagger {
  private readonly cache = new WordCache();
  private readonly builder = new FeatureSequenceBuilder();

  constructor(
    readonly posModel: SequenceModel,
    readonly chunkModel: SequenceModel,
  ) {
    for (const m of [posModel, chunkModel]) {
      if (m.meta.featureVersion !== SYNTAX_FEATURE_VERSION) throw new Error(`syntax model feature set ${String(m.meta.featureVersion)} ≠ ${SYNTAX_FEATURE_VERSION}: retrain with scripts/train-syntax.ts`);
    }
  }

  static load(resourcesDir: string): SyntaxTagger {
    const read = (file: string) => SequenceModel.deserialize(readFileSync(join(resourcesDir, file)));
    return new SyntaxTagger(read(POS_MODEL_FILE), read(CHUNK_MODEL_FILE));
  }

  pos(words: readonly string[]): string[] {
    return this.posModel.tag(posFeatures(words, this.cache, this.builder));
  }

  chunks(words: readonly string[], pos: readonly string[]): string[] {
    return this.chunkModel.tag(chunkFeatures(words, pos, this.cache, this.builder));
  }

  tag(words: readonly string[]): { pos: string[]; chunks: string[] } {
    const pos = this.pos(words);
    return { pos, chunks: this.chunks(words, pos) };
  }
}
