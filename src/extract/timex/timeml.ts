import type { Timex, TimexType } from '../../model/layers.js';

/**
 * TimeML documents (TempEval-3 `.tml` / `.TE3input`): read the DCT, the TEXT as plain text with the gold
 * TIMEX3 spans it carries, and write the TEXT back with our own TIMEX3 tags.
 *
 * Offsets: `plain` is the TEXT with every tag removed and XML entities decoded, so the tokenizer sees real
 * characters; `toRaw[i]` maps a plain offset to the tag-stripped (entity-encoded) TEXT, which is what the
 * writer re-inserts tags into. The TEXT is otherwise kept byte for byte.
 */
export interface TimeMlDoc {
  /** The whole file as read. */
  source: string;
  /** Document creation time as `YYYY-MM-DD`. */
  dct: string;
  /** Offsets of the TEXT element's content inside `source`. */
  textStart: number;
  textEnd: number;
  /** TEXT content with TIMEX3/EVENT/SIGNAL tags removed (other markup kept), entities still encoded. */
  stripped: string;
  /** Plain text: `stripped` without any tag and with entities decoded. */
  plain: string;
  /** `toStripped[i]` = offset in `stripped` of plain character i; one extra entry for the end. */
  toStripped: number[];
  /** Gold TIMEX3 spans of the TEXT, in plain-text offsets. */
  gold: Timex[];
}

// A Map, not an object literal: an untrusted file's "&constructor;" must not find Object's own properties.
const ENTITIES = new Map<string, string>([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"]]);
const ANNOTATION_TAG = /^<\/?(?:TIMEX3|EVENT|SIGNAL)\b/;

export function parseTimeMl(source: string): TimeMlDoc {
  const dct = readDct(source);
  const open = /<TEXT>/.exec(source);
  const close = source.lastIndexOf('</TEXT>');
  if (!open || close < 0) throw new Error('TimeML: no <TEXT> element');
  const textStart = open.index + open[0].length;
  const textEnd = close;
  const inner = source.slice(textStart, textEnd);

  let stripped = '';
  let plain = '';
  const toStripped: number[] = [];
  const gold: Timex[] = [];
  let openTimex: { start: number; attrs: Record<string, string> } | null = null;
  let i = 0;
  while (i < inner.length) {
    const c = inner[i];
    if (c === '<') {
      const end = inner.indexOf('>', i);
      if (end < 0) throw new Error('TimeML: unterminated tag in TEXT');
      const tag = inner.slice(i, end + 1);
      if (!ANNOTATION_TAG.test(tag)) stripped += tag;
      if (tag.startsWith('<TIMEX3')) openTimex = { start: plain.length, attrs: readAttributes(tag) };
      else if (tag.startsWith('</TIMEX3') && openTimex) {
        const a = openTimex.attrs;
        const t: Timex = {
          start: openTimex.start, end: plain.length, text: plain.slice(openTimex.start),
          type: (a.type ?? 'DATE') as TimexType, value: a.value ?? '',
        };
        if (a.mod) t.mod = a.mod;
        gold.push(t);
        openTimex = null;
      }
      i = end + 1;
      continue;
    }
    if (c === '&') {
      const semi = inner.indexOf(';', i);
      const name = semi > i ? inner.slice(i + 1, semi) : '';
      const decoded = decodeEntity(name);
      if (decoded !== null && semi - i < 12) {
        for (let k = 0; k < decoded.length; k++) toStripped.push(stripped.length);
        plain += decoded;
        stripped += inner.slice(i, semi + 1);
        i = semi + 1;
        continue;
      }
    }
    toStripped.push(stripped.length);
    plain += c;
    stripped += c;
    i++;
  }
  toStripped.push(stripped.length);
  return { source, dct, textStart, textEnd, stripped, plain, toStripped, gold };
}

/** The same file with TEXT replaced by `stripped` plus our TIMEX3 tags (tids t1, t2, …; t0 is the DCT). */
export function writeTimeMl(doc: TimeMlDoc, timexes: readonly Timex[]): string {
  const sorted = [...timexes].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  let lastEnd = -1;
  let n = 0;
  for (const t of sorted) {
    if (t.start < lastEnd) continue; // TIMEX3 tags may not nest or overlap
    const s = doc.toStripped[t.start];
    const e = doc.toStripped[t.end];
    out += doc.stripped.slice(at, s);
    const mod = t.mod ? ` mod="${t.mod}"` : '';
    out += `<TIMEX3 tid="t${++n}" type="${t.type}" value="${escapeAttr(t.value)}"${mod}>`;
    out += doc.stripped.slice(s, e) + '</TIMEX3>';
    at = e;
    lastEnd = t.end;
  }
  out += doc.stripped.slice(at);
  return doc.source.slice(0, doc.textStart) + out + doc.source.slice(doc.textEnd);
}

function readDct(source: string): string {
  const dct = /<DCT>([\s\S]*?)<\/DCT>/.exec(source);
  const value = dct ? /value="(\d{4}-\d{2}-\d{2})/.exec(dct[1]) : null;
  if (!value) throw new Error('TimeML: no DCT with a date value');
  return value[1];
}

function readAttributes(tag: string): Record<string, string> {
  // No prototype: an attribute named like an Object property ("constructor", "__proto__") stays plain data.
  const out: Record<string, string> = Object.create(null);
  for (const m of tag.matchAll(/(\w+)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

function decodeEntity(name: string): string | null {
  const named = ENTITIES.get(name);
  if (named !== undefined) return named;
  const num = /^#(x[0-9a-fA-F]{1,6}|[0-9]{1,7})$/.exec(name);
  if (!num) return null;
  const code = num[1].startsWith('x') ? parseInt(num[1].slice(1), 16) : parseInt(num[1], 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
