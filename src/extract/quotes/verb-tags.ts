import type { QuoteContext } from './context.js';

/** Whether a verb or a modal stands among tokens [from, to), by their part-of-speech tags ("VB…", "MD"). */
export function holdsVerb(ctx: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.pos[i].startsWith('VB') || ctx.pos[i] === 'MD') return true;
  return false;
}
