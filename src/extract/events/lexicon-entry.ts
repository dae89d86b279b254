import type { TriggerEntry } from './lexicon-types.js';

/**
 * A trigger form as the coder reads it: the lexicon's entry with its flags decoded once. Every entry is built
 * by `lexiconEntry` with the same fields in the same order (the JSON entries come in two shapes, with and
 * without `flags`), so the code reading them sees one object shape and V8 keeps it monomorphic.
 */
export interface LexiconEntry extends TriggerEntry {
  flags: string[];
  /** `lemma` as a number (see `WordIds` in lexicon.ts). */
  lemmaId: number;
  curated: boolean;
  /** `cancel`: a cancelling verb ("cancelled", "called off") negates the event noun it governs. */
  cancel: boolean;
  visit: boolean;
  phone: boolean;
  mediation: boolean;
  partner: boolean;
  reciprocal: boolean;
  /** The PLOVER event and mode of a `plover=EVENT/mode` flag, else null. */
  ploverEvent: string | null;
  ploverMode: string | null;
}

export function lexiconEntry(e: TriggerEntry, lemmaId: number): LexiconEntry {
  const flags = e.flags ?? [];
  const plover = /^plover=([A-Z]+)(?:\/(\w+))?$/.exec(flags.find((f) => f.startsWith('plover=')) ?? '');
  return {
    words: e.words,
    lemma: e.lemma,
    pos: e.pos,
    code: e.code,
    block: e.block,
    patterns: e.patterns,
    source: e.source,
    flags,
    lemmaId,
    curated: e.source === 'curated',
    cancel: flags.includes('cancel'),
    visit: flags.includes('visit'),
    phone: flags.includes('phone'),
    mediation: flags.includes('mediation'),
    partner: flags.includes('partner'),
    reciprocal: flags.includes('reciprocal'),
    ploverEvent: plover ? plover[1] : null,
    ploverMode: plover ? (plover[2] ?? null) : null,
  };
}
