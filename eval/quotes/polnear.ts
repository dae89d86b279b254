import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Span } from '../../src/model/span.js';
import { InputError } from '../../scripts/input-error.js';
import type { OptionSpec } from '../../scripts/script-cli.js';

export type Role = 'source' | 'cue' | 'content';
export const ROLES: readonly Role[] = ['source', 'cue', 'content'];

/** One gold attribution: each role is a list of fragments (PolNeAR spans may be discontinuous). */
export interface GoldAttribution {
  id: string;
  source: Span[];
  cue: Span[];
  content: Span[];
}

export interface PolnearArticle {
  name: string;
  /** Publication date from the file name (`publisher_YYYY-MM-DD_slug`). */
  published: string;
  text: string;
  /** Annotator id of the file that was read. */
  annotator: string;
  attributions: GoldAttribution[];
}

/** Parses brat standoff `Role s e;s e<TAB>text` text-bound annotations and `E` relation lines. */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, { role: string; frags: Span[] }>();
  const relations: { id: string; args: [string, string][] }[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 2) continue;
    const id = cols[0];
    if (id.startsWith('T')) {
      const sp = cols[1].indexOf(' ');
      const role = cols[1].slice(0, sp);
      const frags = cols[1].slice(sp + 1).split(';').map((p) => {
        const [s, e] = p.trim().split(' ').map(Number);
        return [s, e] as Span;
      });
      spans.set(id, { role, frags });
    } else if (id.startsWith('E')) {
      const args = cols[1].trim().split(/\s+/).map((a) => a.split(':') as [string, string]);
      relations.push({ id, args });
    }
  }
  const out: GoldAttribution[] = [];
  for (const rel of relations) {
    const a: GoldAttribution = { id: rel.id, source: [], cue: [], content: [] };
    for (const [role, ref] of rel.args) {
      const t = spans.get(ref);
      if (!t) continue;
      const key = role.toLowerCase();
      if (key === 'source' || key === 'cue' || key === 'content') a[key].push(...t.frags);
    }
    if (a.cue.length || a.content.length || a.source.length) out.push(a);
  }
  return out;
}

/**
 * Reads a PolNeAR compartment (`.../data/dev`, with `text/` and `attributions/`). Articles annotated by
 * several annotators are read once, from the first annotator file in name order, so every article
 * counts once (`allAnnotators` reads every annotator's file instead: more training examples). `keep` picks articles by their index in name order (to hold some of train out for tuning).
 */
export function readPolnear(dir: string, limit = Infinity, keep: (index: number) => boolean = () => true, allAnnotators = false): PolnearArticle[] {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) throw new InputError(`${dir} has no text/ and attributions/ folders`);
  const byArticle = new Map<string, string[]>();
  for (const file of readdirSync(annDir).sort()) {
    if (!file.endsWith('.ann')) continue;
    const m = /^(.*)_([0-9a-f]+)\.ann$/.exec(file);
    if (!m) continue;
    const files = byArticle.get(m[1]) ?? [];
    if (allAnnotators || !files.length) files.push(file);
    byArticle.set(m[1], files);
  }
  const out: PolnearArticle[] = [];
  let index = -1;
  for (const [name, files] of byArticle) {
    index++;
    if (!keep(index)) continue;
    if (out.length >= limit) break;
    const textPath = join(textDir, `${name}.txt`);
    if (!existsSync(textPath)) continue;
    const text = readFileSync(textPath, 'utf8');
    const date = /_(\d{4}-\d{2}-\d{2})_/.exec(name)?.[1] ?? '2016-01-01';
    for (const file of files) {
      out.push({
        name,
        published: date,
        text,
        annotator: basename(file, '.ann').slice(name.length + 1),
        attributions: parseAnn(readFileSync(join(annDir, file), 'utf8')),
      });
    }
  }
  return out;
}

/**
 * The tuning fold of a training compartment: every tenth article (`--fold tune`), or the rest
 * (`--fold fit`); `all` keeps everything. Lets rules and features be tuned without looking at dev.
 * `tune:K` / `fit:K` (K = 0…9) pick another tenth, for a second held-out check (`tune` is `tune:0`).
 * `fit:K:N` (N = 1…9) keeps only the N tenths after K (K+1, K+2, … round to 0), never tenth K: a
 * smaller training set held out on the same tenth, for a learning curve (`fit:K:9` is `fit:K`).
 */
export function foldFilter(fold: string | undefined): (index: number) => boolean {
  const m = /^(?:(tune|fit)(?::(\d))?|(fit):(\d):([1-9]))$/.exec(fold ?? '');
  if (!m) return () => true;
  if (m[3]) {
    const k = Number(m[4]);
    const n = Number(m[5]);
    return (i) => {
      const after = (i % 10 - k + 10) % 10;
      return after >= 1 && after <= n;
    };
  }
  const k = Number(m[2] ?? 0);
  return m[1] === 'tune' ? (i) => i % 10 === k : (i) => i % 10 !== k;
}

/** The `--fold` option of the PolNeAR scripts; any other value would silently keep every article. */
export const FOLD_OPTION = {
  type: 'string',
  value: 'tune|fit|tune:K|fit:K|fit:K:N|all',
  pattern: /^(all|(tune|fit)(:\d)?|fit:\d:[1-9])$/,
  help: 'tune: every tenth article, fit: the other nine tenths; tune:K, fit:K (K 0-9) another tenth; fit:K:N only the N tenths after K (a learning curve) (default all)',
} as const satisfies OptionSpec;
