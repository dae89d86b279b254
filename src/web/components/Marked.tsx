import type { Span } from '../types';

/** Text with some ranges wrapped in <mark>; everything rendered as text, never as markup. */
export function Marked({ text, marks, class: cls }: { text: string; marks: Span[]; class?: string }) {
  const parts = [];
  let at = 0;
  for (const [s, e] of [...marks].sort((a, b) => a[0] - b[0])) {
    if (s < at) continue;
    if (s > at) parts.push(text.slice(at, s));
    parts.push(<mark>{text.slice(s, e)}</mark>);
    at = e;
  }
  parts.push(text.slice(at));
  return <span class={cls}>{parts}</span>;
}
