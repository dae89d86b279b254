/**
 * The quote models an evaluation may take from files instead of the shipped ones, so that a held-out tenth is
 * scored or analysed with models trained without it: the cue filter and the two boundary choosers.
 */
import { readFileSync } from 'node:fs';
import { parseCueFilter, type CueFilter } from '../../src/extract/quotes/cue-filter.js';
import { parseCueBoundary, type CueBoundary } from '../../src/extract/quotes/cue-boundary.js';
import { parseSourceBoundary, type SourceBoundary } from '../../src/extract/quotes/source-boundary.js';
import type { OptionSpec } from '../../scripts/script-cli.js';

export const FILTER_OPTION = { type: 'string', value: 'FILTER.json', path: true, help: 'the cue filter to use instead of the shipped one (for a held-out tenth: one trained without it)' } as const satisfies OptionSpec;
export const CUE_BOUNDARY_OPTION = { type: 'string', value: 'CHOOSER.json', path: true, help: 'the cue boundary chooser to use instead of the shipped one' } as const satisfies OptionSpec;
export const SOURCE_BOUNDARY_OPTION = { type: 'string', value: 'CHOOSER.json', path: true, help: 'the source boundary chooser to use instead of the shipped one' } as const satisfies OptionSpec;

/** The model in `file` read by `parse` (which names the file in its error), or undefined without a file. */
export function readModelFile<T>(file: string | undefined, parse: (raw: unknown, name: string) => T): T | undefined {
  return file ? parse(JSON.parse(readFileSync(file, 'utf8')), file) : undefined;
}

/** The models of `--filter`, `--cue-boundary` and `--boundary` (the source chooser); undefined ones stay shipped. */
export function foldModels(values: { filter?: string; 'cue-boundary'?: string; boundary?: string }): { cueFilter?: CueFilter; cueBoundary?: CueBoundary; sourceBoundary?: SourceBoundary } {
  return {
    cueFilter: readModelFile(values.filter, parseCueFilter),
    cueBoundary: readModelFile(values['cue-boundary'], parseCueBoundary),
    sourceBoundary: readModelFile(values.boundary, parseSourceBoundary),
  };
}
