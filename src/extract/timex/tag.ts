import type { Sentence, Timex, Token } from '../../model/layers.js';
import { parseYmd } from './calendar.js';
import { anchorsFor, normalize } from './normalize.js';
import { recognize } from './recognize.js';
import { directionAt } from './tense.js';

/**
 * The whole temporal tagger over one text: recognize expressions, then normalize them in reading order so
 * that "the next day" can count from the date the text set just before. Used by the pipeline stage, the
 * TimeML system mode and the scorer alike.
 */
export function tagTimexes(text: string, tokens: readonly Token[], sentences: readonly Sentence[], anchorDate: string): Timex[] {
  const anchors = anchorsFor(parseYmd(anchorDate));
  const out: Timex[] = [];
  let quarterlySentence = -1;
  let quarterly = false;
  for (const c of recognize(tokens, sentences)) {
    const s = sentences[c.sentence];
    if (quarterlySentence !== c.sentence) {
      quarterlySentence = c.sentence;
      quarterly = mentionsQuarter(tokens, s);
    }
    anchors.quarterly = quarterly;
    const tense = directionAt(tokens, c.first, c.last, s.tokenStart, s.tokenEnd);
    const n = normalize(c.meaning, anchors, tense);
    if (!n) continue;
    const start = tokens[c.first].start;
    const end = tokens[c.last].end;
    const timex: Timex = { start, end, text: text.slice(start, end), type: n.type, value: n.value };
    if (c.mod) timex.mod = c.mod;
    out.push(timex);
    const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(n.value);
    if (day && c.meaning.kind === 'calendar') anchors.ref = { y: +day[1], m: +day[2], d: +day[3] };
  }
  return out;
}

function mentionsQuarter(tokens: readonly Token[], s: Sentence): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i].text;
    if (t.length >= 7 && t.toLowerCase().includes('quarter')) return true;
  }
  return false;
}
