/**
 * How PolNeAR gold draws the edges of a cue, measured on gold alone (no model): for each word pattern that
 * may end or open a cue, how often the word is inside the gold cue against right outside it.
 *   npx tsx eval/quotes/cue-boundaries.ts ../shared/data/quotes/polnear/data/train [--fold fit] [--all-annotators] [--top N]
 * Right edge: the cue's last word (when the cue has more than one) against the word just after the cue,
 * each with the word before it ("said|Friday" counts as in when the cue ends on "Friday" after "said", out
 * when it ends on "said" and "Friday" follows). Left edge likewise with the cue's first word and the word
 * just before. Only a pattern with a clear majority is worth a boundary rule (cue-edges.ts).
 */
import { FOLD_OPTION, foldFilter, readPolnear } from './polnear.js';
import { scriptArgs } from '../../scripts/script-cli.js';

/** Words and punctuation with offsets; "Korea's" gives "Korea" and "'s", as the pipeline's tokenizer does. */
function words(text: string): { w: string; start: number; end: number }[] {
  const out: { w: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[’']s\b|n[’']t\b|[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*|[^\sA-Za-z0-9]/g)) {
    out.push({ w: m[0].toLowerCase().replace('’', "'"), start: m.index!, end: m.index! + m[0].length });
  }
  // "didn't": the letters before n't are their own word.
  return out;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const TIME_WORDS = new Set([...WEEKDAYS, 'today', 'yesterday', 'tonight', 'earlier', 'later', 'last', 'this', 'recently', 'previously', 'again']);

/** A coarse class of a word, so rare words pool: weekday names as "<weekday>". */
function cls(w: string): string {
  if (WEEKDAYS.has(w)) return '<weekday>';
  return w;
}

type Tally = Map<string, { in: number; out: number }>;
function add(t: Tally, k: string, inside: boolean): void {
  const v = t.get(k) ?? { in: 0, out: 0 };
  if (inside) v.in++; else v.out++;
  t.set(k, v);
}

function print(title: string, t: Tally, top: number, minTotal: number): void {
  console.log(`\n=== ${title}`);
  const rows = [...t.entries()].filter(([, v]) => v.in + v.out >= minTotal).sort((a, b) => b[1].in + b[1].out - (a[1].in + a[1].out));
  for (const [k, v] of rows.slice(0, top)) {
    const n = v.in + v.out;
    console.log(`${String(n).padStart(5)}  in ${String(v.in).padStart(4)}  out ${String(v.out).padStart(4)}  ${(100 * v.in / n).toFixed(0).padStart(3)} % in   ${k}`);
  }
}

function main(argv: string[]): void {
  const { values, positionals: [dir] } = scriptArgs({
    command: 'npx tsx eval/quotes/cue-boundaries.ts',
    description: 'How PolNeAR gold draws the edges of a cue: per word pattern at an edge, how often it is inside the cue against right outside.',
    args: [{ name: 'DIR', path: true, help: 'PolNeAR compartment, e.g. ../shared/data/quotes/polnear/data/train' }],
    options: {
      fold: FOLD_OPTION,
      'all-annotators': { type: 'boolean', help: "read every annotator's file of an article, not only the first" },
      top: { type: 'integer', default: 60, help: 'patterns to list per edge' },
    },
  }, argv);
  const top = values.top;
  const articles = readPolnear(dir, Infinity, foldFilter(values.fold), values['all-annotators']);
  const after: Tally = new Map();      // word after the cue's own last-but-one word
  const afterPair: Tally = new Map();  // "prev|word" at the right edge
  const before: Tally = new Map();
  const beforePair: Tally = new Map();
  const phrases: Tally = new Map();    // multi-word continuations: "in a statement", "in an interview"
  let cues = 0;
  for (const a of articles) {
    const ws = words(a.text);
    const indexAt = new Map<number, number>();
    const indexEnd = new Map<number, number>();
    ws.forEach((w, i) => { indexAt.set(w.start, i); indexEnd.set(w.end, i); });
    for (const g of a.attributions) {
      if (!g.cue.length) continue;
      // The cue as a whole: first fragment's start, last fragment's end.
      const start = Math.min(...g.cue.map((s) => s[0]));
      const end = Math.max(...g.cue.map((s) => s[1]));
      const first = indexAt.get(start);
      const last = indexEnd.get(end);
      if (first === undefined || last === undefined) continue;
      cues++;
      // Right edge.
      if (last > first) {
        add(after, cls(ws[last].w), true);
        add(afterPair, `${ws[last - 1].w}|${cls(ws[last].w)}`, true);
      }
      if (last + 1 < ws.length) {
        add(after, cls(ws[last + 1].w), false);
        add(afterPair, `${ws[last].w}|${cls(ws[last + 1].w)}`, false);
      }
      // Left edge.
      if (last > first) {
        add(before, cls(ws[first].w), true);
        add(beforePair, `${cls(ws[first].w)}|${ws[first + 1].w}`, true);
      }
      if (first > 0) {
        add(before, cls(ws[first - 1].w), false);
        add(beforePair, `${cls(ws[first - 1].w)}|${ws[first].w}`, false);
      }
      // Phrases "in a/an/his … statement/interview": inside the cue or right after it.
      for (let i = first; i <= Math.min(last + 1, ws.length - 1); i++) {
        if (ws[i].w !== 'in' || i + 2 >= ws.length) continue;
        const det = ws[i + 1].w;
        const nounAt = ['a', 'an', 'the', 'his', 'her', 'their', 'its'].includes(det) ? (ws[i + 2].w === 'phone' || ws[i + 2].w === 'television' || ws[i + 2].w === 'written' || ws[i + 2].w === 'telephone' || ws[i + 2].w === 'emailed' || ws[i + 2].w === 'separate' || ws[i + 2].w === 'recent' ? i + 3 : i + 2) : -1;
        if (nounAt < 0 || nounAt >= ws.length) continue;
        const k = `in ${det === 'an' ? 'a' : det} ${nounAt === i + 3 ? `${ws[i + 2].w} ` : ''}${ws[nounAt].w}`;
        if (i <= last && nounAt <= last) add(phrases, k, true);
        else if (i === last + 1) add(phrases, k, false);
      }
    }
  }
  console.log(`${articles.length} annotator files, ${cues} cues`);
  print('right edge: word (in = the cue ends on it, out = it follows the cue)', after, top, 15);
  print('right edge: previous word | word', afterPair, top * 2, 8);
  print('left edge: word (in = the cue opens on it, out = it precedes the cue)', before, top, 15);
  print('left edge: word | next word', beforePair, top, 8);
  print('"in a … statement/interview" (in = inside the cue, out = right after it)', phrases, top, 3);
  const timeAfter: Tally = new Map();
  for (const [k, v] of afterPair) {
    const w = k.split('|')[1];
    if (w === '<weekday>' || TIME_WORDS.has(w)) {
      const t = timeAfter.get(w) ?? { in: 0, out: 0 };
      t.in += v.in; t.out += v.out;
      timeAfter.set(w, t);
    }
  }
  print('time words at the right edge', timeAfter, top, 1);
}

main(process.argv.slice(2));
