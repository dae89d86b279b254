// The Reuters-21578 reader on a small collection written here (latin-1, as the real files are), and the
// timex dump that reads through it, run as a child process.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readReuters21578, storyText } from '../../scripts/reuters21578.js';
import { tempDir } from '../helpers/cli.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const dir = tempDir('dateline-reuters21578-');
const story = (id: number, date: string, inner: string) =>
  `<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" OLDID="1" NEWID="${id}">\n<DATE>${date}</DATE>\n<TEXT>&#2;\n${inner}</TEXT>\n</REUTERS>\n`;
writeFileSync(join(dir, 'reut2-000.sgm'), Buffer.from('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n' +
  story(7, ' 2-MAR-1987 09:12:40.11', '<TITLE>A &amp; B CAFÉ DEAL</TITLE>\n<DATELINE>    PARIS, March 2 - </DATELINE><BODY>A &lt;Café&gt; said it\nwill close the deal on Thursday.\n Reuter\n&#3;</BODY>') +
  story(8, '3-MAR-1987 10:00:00.00', '<TITLE>NO BODY HERE</TITLE>') +
  story(9, '31-DEC-1987 23:59:59.99', '<BODY>Sales rose in 1987.\n Reuter\n&#3;</BODY>'), 'latin1'));
writeFileSync(join(dir, 'README.txt'), 'not a story file');

describe('readReuters21578', () => {
  const stories = [...readReuters21578(dir)];

  it('reads each story with a body: its NEWID, feed day, title, dateline and body without the signature', () => {
    assert.deepEqual(stories.map((s) => s.id), [7, 9]);
    assert.deepEqual(stories[0], { id: 7, date: '1987-03-02', title: 'A & B CAFÉ DEAL', dateline: 'PARIS, March 2 -', body: 'A <Café> said it\nwill close the deal on Thursday.' });
    assert.equal(stories[1].date, '1987-12-31');
    assert.equal(stories[1].dateline, '');
  });

  it('gives the text a reader sees: the dateline, then the body', () => {
    assert.equal(storyText(stories[0]), 'PARIS, March 2 - A <Café> said it\nwill close the deal on Thursday.');
    assert.equal(storyText(stories[1]), 'Sales rose in 1987.');
  });
});

describe('eval/timex/reuters21578.ts', () => {
  const dump = (...args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', 'eval/timex/reuters21578.ts', dir, ...args], { cwd: ROOT, encoding: 'utf8' });

  it('prints every expression of every story, resolved against the feed day, with its exact offset', () => {
    const lines = dump().trim().split('\n').map((l) => l.split('\t'));
    const rows = lines.map(([id, date, type, value, text, start]) => ({ id, date, type, value, text, start: Number(start) }));
    assert.deepEqual(rows.map((r) => [r.id, r.value, r.text]), [['7', '1987-03-02', 'March 2'], ['7', '1987-03-05', 'Thursday'], ['9', '1987', '1987']]);
    for (const r of rows) {
      const text = storyText([...readReuters21578(dir)].find((s) => String(s.id) === r.id)!);
      assert.equal(text.slice(r.start, r.start + r.text.length), r.text);
    }
  });

  it('prints one story whole with --story, and refuses a NEWID that is not there', () => {
    const out = dump('--story', '7');
    assert.match(out, /^NEWID 7, feed date 1987-03-02: A & B CAFÉ DEAL\n\nPARIS, March 2 - A <Café> said it\nwill close/);
    assert.match(out, /\t1987-03-05\tThursday\t/);
    assert.throws(() => dump('--story', '8'), (e: { status: number; stderr: string }) => e.status === 2 && /no story with NEWID 8/.test(e.stderr));
  });
});
