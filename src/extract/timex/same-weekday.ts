import type { Candidate } from './meaning.js';
import type { Direction } from './tense.js';
import { plainWeekday } from './listed-days.js';

/** The direction an expression's own words give it; `weak` when they do not really decide (none, or a default). */
export interface OwnDirection {
  direction: Direction;
  weak: boolean;
}

/**
 * "World economic leaders will gather in Washington Saturday … But Saturday's summit is the venue to push for
 * decisive action": a story calls the day it placed by the same name again, so a mention of a weekday whose own
 * words set no direction (no verb dates it, or only the possessive's default that a named event has happened) is
 * the day the story gives that name: the way most of its mentions point, or, as many each way, the way its first
 * dated mention points. A mention its own words do date keeps its own ("Offered on Wednesday, the issue …" and "will
 * hold bids on Wednesday" are two days), and so does one whose whole clause reads the other way ("… tomorrow and
 * Wednesday. On Thursday, holdings fell to 43.3 billion marks, down from 49.1 billion on Wednesday").
 */
export class SameWeekday {
  /** Per weekday (1–7): mentions pointing ahead minus those pointing back, and the first mention's direction. */
  private readonly balance = new Map<number, number>();
  private readonly first = new Map<number, Direction>();

  constructor(private readonly candidates: readonly Candidate[], private readonly owns: readonly OwnDirection[], dctWeekday?: number) {
    candidates.forEach((c, k) => {
      const m = c.meaning;
      // "last weekend", "next weekend" point the way their words say, and so tell which weekend the story means
      const named = m.kind === 'shift' && m.unit === 'weekend' && m.from === 'dct' && m.n !== 0;
      // ("set to launch two shows this Sunday … Sunday's prime-time shows include", written on a Friday: "this" places
      // the day in the publication's week, ahead of its weekday or behind it)
      const thisWeek = !named && m.kind === 'calendar' && m.wd !== undefined && m.dir === 0 && m.m === undefined && m.d === undefined && dctWeekday !== undefined && m.wd !== dctWeekday;
      const wd = named ? WEEKEND : thisWeek ? m.wd : countedWeekday(c);
      const direction = named ? (Math.sign(m.n) as Direction) : thisWeek ? (Math.sign(m.wd! - dctWeekday!) as Direction) : owns[k].direction;
      if (wd === undefined || direction === 0) return;
      this.balance.set(wd, (this.balance.get(wd) ?? 0) + direction);
      if (!this.first.has(wd)) this.first.set(wd, direction);
    });
  }

  /** The direction for candidate `k`; `wide` reads its whole clause. */
  direction(k: number, wide: () => Direction): Direction {
    const own = this.owns[k];
    const wd = countedWeekday(this.candidates[k]);
    if (wd === undefined || !own.weak) return own.direction;
    const balance = this.balance.get(wd) ?? 0;
    const story = balance > 0 ? 1 : balance < 0 ? -1 : this.first.get(wd) ?? 0;
    if (story === 0 || story === own.direction) return own.direction;
    const clause = wide();
    return clause === 0 || clause === story ? story : own.direction;
  }
}

/**
 * The weekday (1–7) of a plain weekday counted from the publication date, or WEEKEND for "the weekend" and "this
 * weekend". Not one anchored in a date the text set, nor the nearest either way (another reckoning).
 */
function countedWeekday(c: Candidate): number | undefined {
  const m = c.meaning;
  if (m.kind === 'shift') return m.unit === 'weekend' && m.from === 'dct' && m.n === 0 ? WEEKEND : undefined;
  if (!plainWeekday(c) || m.kind !== 'calendar' || m.from !== undefined || m.nearest) return undefined;
  return m.weekend ? WEEKEND : m.wd;
}

/** The key the weekend is counted under, apart from the weekdays 1–7. */
const WEEKEND = 0;
