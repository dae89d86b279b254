import type { RawQuote } from './assemble.js';
import type { QuoteContext } from './context.js';
import type { CueLexicon } from './cue-lexicon.js';

/*
 * An estimate or a finding is not speech in general ("Analysts expect …", "we found him"), but one that a
 * named source publishes is what an analyst asks "says who?" of: "The Syrian Observatory for Human Rights
 * … estimates that 523 civilians have died", "Airwars estimated that 119 children had been killed", "A report
 * by Unicef found 2017 was the worst year". The speech scope keeps such a quote when
 * - its cue is a form of "estimate" and it has a source ("an estimated 1,300" and "it is estimated" have none);
 * - its cue is a form of "find", "show" or "indicate" and its source is a document or a count: a report,
 *   study, survey, poll, investigation, data, figures ("polls show …", "a UN inquiry found …").
 */

const ESTIMATES = new Set(['estimate']);
const FINDINGS = new Set(['find', 'show', 'indicate']);
const NOUNS = new Set(['NN', 'NNS']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const RELATIVES = new Set(['who', 'which', 'that']);
/** Head nouns of a source that publishes findings. */
const DOCUMENTS = new Set([
  'report', 'reports', 'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'investigation', 'investigations',
  'inquiry', 'review', 'audit', 'analysis', 'assessment', 'census', 'data', 'figures', 'statistics', 'records',
  'research', 'tally', 'count', 'documents', 'report’s', 'findings',
]);

/** True for a quote whose cue is a published estimate or finding by a named source. */
export function publishesFinding(ctx: QuoteContext, lexicon: CueLexicon, q: RawQuote): boolean {
  if (!q.cue || !q.source) return false;
  const last = q.cue.tokenEnd - 1;
  // A verb that states something: not the noun ("those estimates", "an initial estimate"), not a participle
  // before its noun ("the estimated flow rate"), not a refusal ("would n't estimate how much").
  if (!ctx.pos[last].startsWith('VB') || NOUNS.has(ctx.pos[last + 1] ?? '')) return false;
  // Nor a passive ("More than 10,000 are estimated to be …": its subject is what was estimated) or an
  // infinitive ("used the data to show"), nor a
  // relative pronoun standing for a source named elsewhere ("… who had been trying to estimate").
  for (let i = q.cue.tokenStart; i < q.cue.tokenEnd; i++) if (NEGATIONS.has(ctx.lower[i]) || BE.has(ctx.lower[i]) || ctx.lower[i] === 'to') return false;
  if (q.source.tokenEnd - q.source.tokenStart === 1 && RELATIVES.has(ctx.lower[q.source.tokenStart])) return false;
  const lemma = lexicon.lemma.get(ctx.lower[last]) ?? '';
  if (ESTIMATES.has(lemma)) return true;
  if (!FINDINGS.has(lemma)) return false;
  for (let i = q.source.tokenStart; i < q.source.tokenEnd; i++) if (DOCUMENTS.has(ctx.lower[i])) return true;
  return false;
}

/**
 * The cue text of a published estimate or finding, as the speakers read it from a finished quote ("a CBS poll
 * showed", "Airwars estimated"); a passive ("her statement was shown to be false") is none.
 */
const FINDING_CUE = /\b(?:estimate[sd]?|estimating|finds?|found|show[sn]?|showed|showing|indicate[sd]?|indicating)$/i;
const PASSIVE_BE_WORD = new RegExp(`\\b(?:${[...BE].join('|')})\\b`, 'i');

export function isFindingCue(cueText: string): boolean {
  return FINDING_CUE.test(cueText) && !PASSIVE_BE_WORD.test(cueText);
}
