/**
 * People whose names are times: "June Page said", "June Scobee Rodgers, the widow of …", "says Saturday Pirri, a
 * local palm wine tapper", "researcher David Valentine", "spokeswoman Hannah August", and the programmes the
 * recognizer reads as people ("The Tonight Show", "Piers Morgan Tonight", "Sunday Roast", "the Saturday
 * Guardian"). The timex stage runs after name recognition, and a one-word expression that a person's name opens
 * and goes on after, or that ends a person's name and is a month, "Valentine" or "Tonight", is no time.
 *
 * A weekday that ends a name is kept: the recognizer often runs the day into the name before it ("met with
 * Feinberg Friday", "Jeb Bush endorsed Cruz Wednesday", "Tahrir Square Saturday"), and so is a word after an
 * article or a preposition ("At a June Trump campaign event", "will start in May Plan follows …").
 */
import type { NerSpan, Timex } from '../../model/layers.js';
import { partitionPoint } from '../../text/partition-point.js';

/** Words that end a person's name more often than they date anything after a first name. */
const NAME_ENDINGS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Valentine', 'Tonight']);
/** Words before an expression that make it a time whatever follows: "a June Trump campaign event", "in May Plan". */
const DATE_OPENERS = /(?:^|\s)(?:a|an|the|in|on|at|by|since|until|from|of|last|next|this|early|late|mid|every|each|before|after|during)\s*$/i;

/** The expressions of `timexes` that are not people's names (or programmes read as people) in `ner`. */
export function withoutPeopleNamedLikeTimes(text: string, timexes: readonly Timex[], ner: readonly NerSpan[]): Timex[] {
  // names of two words or more, by start (they do not overlap): each expression finds the one holding it by
  // binary search, so a long text stays linear enough
  const people = ner.filter((s) => s.type === 'PER' && s.tokenEnd - s.tokenStart >= 2).sort((a, b) => a.start - b.start);
  if (!people.length) return [...timexes];
  return timexes.filter((x) => {
    const word = text.slice(x.start, x.end);
    if (!/^\p{Lu}\p{L}+$/u.test(word)) return true;
    const person = people[partitionPoint(people.length, (k) => people[k].start <= x.start) - 1];
    if (!person || x.end > person.end) return true;
    const opensName = x.start === person.start && x.end < person.end && !DATE_OPENERS.test(text.slice(Math.max(0, x.start - 12), x.start));
    const endsName = x.end === person.end && x.start > person.start && NAME_ENDINGS.has(word);
    return !opensName && !endsName;
  });
}
