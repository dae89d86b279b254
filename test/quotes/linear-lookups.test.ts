import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, EntityType, Quote, Sentence } from '../../src/model/layers.js';
import type { Span } from '../../src/model/span.js';
import type { RawQuote } from '../../src/extract/quotes/assemble.js';
import type { QuoteContext } from '../../src/extract/quotes/context.js';
import type { RoleSpan } from '../../src/extract/quotes/tagger.js';
import { firstContainers } from '../../src/extract/quotes/first-container.js';
import { mergeQuotes, sharesContent } from '../../src/extract/quotes/merge.js';
import { OverlapIndex } from '../../src/extract/quotes/overlap-index.js';
import { partialQuotes } from '../../src/extract/quotes/partial-quotes.js';
import { MentionIndex } from '../../src/extract/quotes/mention-index.js';
import { overlaps, within, type TokenRange } from '../../src/extract/quotes/token-ranges.js';
import { mulberry32 as random } from '../../src/ml/random.js';

// mergeQuotes, partialQuotes and MentionIndex.lastBefore asked every quote (or mention) for every quote, which
// was quadratic in a text of thousands of quotations ('He said "5 were killed in Paris". ' x 400 KB: the quotes
// stage 7-11 s). They now search (OverlapIndex, firstContainers, binary searches), and must answer exactly as
// the scans did: each is checked here against the scan it replaced, copied as it was, on random inputs dense
// enough that ranges overlap, nest, touch and are empty.

const int = (rand: () => number, n: number) => Math.floor(rand() * n);

function range(rand: () => number, size: number, longest: number): TokenRange {
  const tokenStart = int(rand, size);
  return { tokenStart, tokenEnd: tokenStart + int(rand, longest + 1) };
}

test('OverlapIndex finds exactly the ranges switched on that overlap a query', () => {
  const rand = random(1);
  for (let round = 0; round < 300; round++) {
    const ranges = Array.from({ length: int(rand, 40) }, () => range(rand, 50, rand() < 0.1 ? 50 : 6));
    const index = new OverlapIndex(ranges);
    const on = ranges.map(() => false);
    for (let step = 0; step < 60; step++) {
      if (ranges.length && rand() < 0.5) {
        const i = int(rand, ranges.length);
        on[i] = !on[i];
        index.set(i, on[i]);
      }
      const query = range(rand, 55, 8);
      const found: number[] = [];
      index.forEachOverlapping(query, (i) => found.push(i));
      const expected = ranges.flatMap((r, i) => (on[i] && overlaps(r, query) ? [i] : []));
      assert.deepEqual([...found].sort((a, b) => a - b), expected, `round ${round} step ${step}`);
      assert.equal(new Set(found).size, found.length);
    }
  }
});

test('firstContainers gives the first span holding each query, as a scan does', () => {
  const rand = random(2);
  for (let round = 0; round < 500; round++) {
    const span = (longest: number): Span => {
      const start = int(rand, 60);
      return [start, start + int(rand, longest + 1)];
    };
    const items = Array.from({ length: int(rand, 30) }, () => (rand() < 0.2 ? null : span(rand() < 0.2 ? 60 : 15)));
    const queries = Array.from({ length: int(rand, 30) }, () => span(8));
    const expected = queries.map(([a, b]) => items.findIndex((s) => s !== null && s[0] <= a && b <= s[1]));
    assert.deepEqual(firstContainers(items, queries), expected, `round ${round}`);
  }
});

/** mergeQuotes as it was: every rule quote tried against every quote still in. */
function clash(a: RawQuote, b: RawQuote): boolean {
  if (a.cue && b.cue && overlaps(a.cue, b.cue)) return true;
  if (!sharesContent(a, b)) return false;
  if (a.content[0].tokenStart === b.content[0].tokenStart) return true;
  return !within(a.cue, b.content) && !within(b.cue, a.content);
}
function mergeByScan(model: RawQuote[], rules: RawQuote[], prefer: 'rules' | 'model'): RawQuote[] {
  const out = [...model];
  const fromRules = new Set<RawQuote>();
  for (const r of rules) {
    const clashing = out.filter((m) => clash(m, r));
    if (clashing.some((m) => fromRules.has(m)) || (clashing.length && prefer === 'model')) continue;
    fromRules.add(r);
    for (const m of clashing) out.splice(out.indexOf(m), 1);
    out.push(r);
  }
  return out.sort((a, b) => a.content[0].tokenStart - b.content[0].tokenStart);
}

function rawQuote(rand: () => number, size: number): RawQuote {
  const span = (role: RoleSpan['role'], longest: number): RoleSpan => ({ role, ...range(rand, size, longest) });
  const content = Array.from({ length: 1 + int(rand, 3) }, () => span('content', rand() < 0.15 ? size : 8)).sort((a, b) => a.tokenStart - b.tokenStart);
  return { source: rand() < 0.3 ? null : span('source', 3), cue: rand() < 0.25 ? null : span('cue', 2), content, sentence: int(rand, 5) };
}

test('mergeQuotes takes and drops the same quotes, in the same order, as trying every quote', () => {
  const rand = random(3);
  for (let round = 0; round < 2000; round++) {
    const size = 10 + int(rand, 60);
    const model = Array.from({ length: int(rand, 15) }, () => rawQuote(rand, size));
    const rules = Array.from({ length: int(rand, 15) }, () => rawQuote(rand, size));
    for (const prefer of ['rules', 'model'] as const) {
      const expected = mergeByScan(model, rules, prefer);
      const merged = mergeQuotes(model, rules, prefer);
      assert.equal(merged.length, expected.length, `round ${round} ${prefer}`);
      merged.forEach((q, i) => assert.ok(q === expected[i], `round ${round} ${prefer}: quote ${i} differs`));
    }
  }
});

test('mergeQuotes on thousands of quotations: each rule quote replaces the tagger quote of its quotation', () => {
  // The probe's shape: one tagger quote and one rule quote per quotation, the rule's span a token wider.
  const n = 20_000;
  const model: RawQuote[] = [];
  const rules: RawQuote[] = [];
  for (let i = 0; i < n; i++) {
    const t = i * 10;
    model.push({ source: { role: 'source', tokenStart: t, tokenEnd: t + 1 }, cue: { role: 'cue', tokenStart: t + 1, tokenEnd: t + 2 }, content: [{ role: 'content', tokenStart: t + 3, tokenEnd: t + 8 }], sentence: i });
    rules.push({ source: { role: 'source', tokenStart: t, tokenEnd: t + 1 }, cue: { role: 'cue', tokenStart: t + 1, tokenEnd: t + 2 }, content: [{ role: 'content', tokenStart: t + 2, tokenEnd: t + 9 }], sentence: i });
  }
  assert.deepEqual(mergeQuotes(model, rules, 'rules'), rules);
  assert.deepEqual(mergeQuotes(model, rules, 'model'), model);
});

/** partialQuotes as it was: every quote asked for every quotation region. */
function partialByScan(ctx: Pick<QuoteContext, 'regions' | 'sentences'>, quotes: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  const sentenceSpan = (q: Quote): Span | null => (q.sentence === undefined ? null : [ctx.sentences[q.sentence].start, ctx.sentences[q.sentence].end]);
  for (const r of ctx.regions) {
    if (r.innerEnd <= r.innerStart) continue;
    if (quotes.some((q) => q.direct && r.start >= q.content[0] && r.end <= q.content[1])) continue;
    const inContent = quotes.find((q) => !q.direct && r.start >= q.content[0] && r.end <= q.content[1]);
    const inSentence = inContent ?? quotes.find((q) => {
      const s = sentenceSpan(q);
      return q.cue !== null && q.source !== null && !q.direct && s !== null && r.start >= s[0] && r.end <= s[1] && q.content[0] >= q.cue[1] && r.start >= q.content[1];
    });
    if (!inSentence) continue;
    const { contentParts: _parts, ...rest } = inSentence;
    out.push({ ...rest, content: [r.start, r.end], direct: true, partial: true });
  }
  return out;
}

test('partialQuotes finds the same partial quotes as asking every quote for every region', () => {
  const rand = random(4);
  for (let round = 0; round < 2000; round++) {
    const length = 40 + int(rand, 160);
    // Sentences tile the text; regions and quotes fall anywhere, across sentences too.
    const sentences: Sentence[] = [];
    for (let start = 0; start < length; ) {
      const end = Math.min(length, start + 5 + int(rand, 40));
      sentences.push({ start, end, tokenStart: 0, tokenEnd: 0, paragraph: 0 });
      start = end;
    }
    const span = (longest: number): Span => {
      const start = int(rand, length);
      return [start, Math.min(length, start + 1 + int(rand, longest))];
    };
    const regions = Array.from({ length: int(rand, 12) }, () => {
      const [start, end] = span(rand() < 0.2 ? 60 : 12);
      return { start, end, innerStart: start + 1, innerEnd: rand() < 0.1 ? start : end - 1, closed: true, single: false };
    });
    const quotes: Quote[] = Array.from({ length: int(rand, 14) }, (_, i) => {
      const cue = rand() < 0.2 ? null : span(3);
      const content = rand() < 0.5 && cue ? ([cue[1] + int(rand, 3), Math.min(length + 5, cue[1] + 3 + int(rand, 40))] as Span) : span(rand() < 0.2 ? length : 30);
      const q: Quote = { speaker: `E${i}`, source: rand() < 0.2 ? null : span(3), cue, content, direct: rand() < 0.3, addressee: null, addresseeSpan: null };
      if (rand() < 0.9) q.sentence = int(rand, sentences.length);
      if (rand() < 0.2) q.contentParts = [content];
      return q;
    });
    assert.deepEqual(partialQuotes({ regions, sentences }, quotes), partialByScan({ regions, sentences }, quotes), `round ${round}`);
  }
});

test('lastBefore gives the entity the scan over every mention gave', () => {
  const rand = random(5);
  const types: EntityType[] = ['PER', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC'];
  const asked: EntityType[][] = [['PER'], ['ORG', 'GPE'], ['ORG', 'GPE', 'PER', 'NORP'], ['ORG', 'GPE', 'PER'], []];
  for (let round = 0; round < 500; round++) {
    const entities: Entity[] = Array.from({ length: int(rand, 8) }, (_, i) => ({
      id: `E${i}`, type: types[int(rand, types.length)], name: `e${i}`, kb: null, country: null, sector: null,
      // Mentions may nest and overlap ("the Gaza Health Ministry" holding "Gaza").
      mentions: Array.from({ length: 1 + int(rand, 4) }, () => {
        const start = int(rand, 80);
        return { start, end: start + 1 + int(rand, rand() < 0.2 ? 40 : 6), kind: 'name' as const };
      }),
    }));
    const index = new MentionIndex(entities);
    for (let k = 0; k < 30; k++) {
      const offset = int(rand, 100);
      const want = asked[int(rand, asked.length)];
      let expected: Entity | null = null;
      for (const m of index.mentions) {
        if (m.end > offset) break;
        if (want.includes(m.entity.type)) expected = m.entity;
      }
      assert.equal(index.lastBefore(offset, want), expected, `round ${round} offset ${offset} ${want.join(',')}`);
    }
  }
});
