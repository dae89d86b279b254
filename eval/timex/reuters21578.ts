/**
 * What the tagger does on the Reuters-21578 wire stories of 1987 (no timex gold): each story is tagged as
 * of its feed date, and every expression printed on one line with its context, to diff before and after a
 * change and to hand random lines to readers who judge them against the story.
 *
 *   npx tsx eval/timex/reuters21578.ts ../shared/data/corpus/reuters21578 > /tmp/after.tsv
 *   npx tsx eval/timex/reuters21578.ts ../shared/data/corpus/reuters21578 --story 1234    one story, whole
 *
 * A line is: NEWID, feed date, type, value, the expression, its start offset, then the context with the
 * expression in ⟦ ⟧. Lines come in story order and, within a story, in text order.
 */
import { segment } from '../../src/text/segment.js';
import { tagTimexes } from '../../src/extract/timex/tag.js';
import { readReuters21578, storyText, type Reuters21578Story } from '../../scripts/reuters21578.js';
import { scriptArgs } from '../../scripts/script-cli.js';

const { values, positionals: [dir], fail } = scriptArgs({
  command: 'npx tsx eval/timex/reuters21578.ts',
  description: 'Tags the Reuters-21578 stories as of their feed dates and prints every expression with its context, to diff or to read.',
  args: [{ name: 'DIR', path: true, help: 'the Reuters-21578 folder, e.g. ../shared/data/corpus/reuters21578' }],
  options: {
    story: { type: 'integer', value: 'NEWID', help: 'print this story (feed date, title, text) and its expressions, instead of every line' },
  },
});

// a reader piping into `head` closes the pipe early: stop quietly
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

function lines(story: Reuters21578Story): string[] {
  const text = storyText(story);
  const { tokens, sentences } = segment(text);
  return tagTimexes(text, tokens, sentences, story.date).map((t) => {
    const context = `${oneLine(text.slice(Math.max(0, t.start - 90), t.start))}⟦${oneLine(t.text)}⟧${oneLine(text.slice(t.end, t.end + 50))}`;
    return [story.id, story.date, t.type, t.value, oneLine(t.text), t.start, context].join('\t');
  });
}

if (values.story !== undefined) {
  let found = false;
  for (const story of readReuters21578(dir)) {
    if (story.id !== values.story) continue;
    found = true;
    console.log(`NEWID ${story.id}, feed date ${story.date}: ${story.title}\n\n${storyText(story)}\n\nExpressions:`);
    for (const line of lines(story)) console.log(line);
    break;
  }
  if (!found) fail(`no story with NEWID ${values.story} in ${dir}`);
} else {
  for (const story of readReuters21578(dir)) for (const line of lines(story)) process.stdout.write(`${line}\n`);
}
