/**
 * The stories of the Reuters-21578 collection (`../shared/data/corpus/reuters21578`, 22 SGML files in
 * latin-1, 1987 wire stories): each story's NEWID, its feed date, title, dateline and body, with the SGML
 * entities undone and the closing "Reuter" signature taken off. Stories without a body are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Reuters21578Story {
  /** The NEWID attribute, unique over the collection. */
  id: number;
  /** The feed's date stamp as an ISO day ("26-FEB-1987 15:01:01.79" gives 1987-02-26). */
  date: string;
  title: string;
  /** "SALVADOR, Feb 26 -", as the story opens; empty when it has none. */
  dateline: string;
  body: string;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** Numeric entities are control characters in this collection (&#2;, &#22;); each becomes a space. */
function unescape(sgml: string): string {
  return sgml.replace(/&(#\d+|\w+);/g, (all, name: string) => (name[0] === '#' ? ' ' : ENTITIES[name] ?? all));
}

function isoDay(stamp: string): string {
  const m = /(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(stamp);
  if (!m) return '';
  return `${m[3]}-${String(MONTHS.indexOf(m[2]) + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

function field(story: string, tag: string): string {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(story);
  return m ? unescape(m[1]) : '';
}

export function* readReuters21578(dir: string): Generator<Reuters21578Story> {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.sgm')).sort()) {
    const sgml = readFileSync(join(dir, file), 'latin1');
    for (const m of sgml.matchAll(/<REUTERS[^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
      const story = m[2];
      if (!story.includes('<BODY>')) continue;
      yield {
        id: Number(m[1]),
        date: isoDay(field(story, 'DATE')),
        title: field(story, 'TITLE').trim(),
        dateline: field(story, 'DATELINE').trim(),
        body: field(story, 'BODY').replace(/\s*Reuter\s*$/, ''),
      };
    }
  }
}

/** The text a tagger reads: the dateline, then the body, as a reader of the wire sees them. */
export function storyText(story: Reuters21578Story): string {
  return story.dateline ? `${story.dateline} ${story.body}` : story.body;
}
