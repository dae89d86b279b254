import { formatDate } from '../dates';

/** Articles per month as bars; a bar is a link that narrows the search to its month. */
export function Histogram({ months, hrefFor }: { months: { value: string; count: number }[]; hrefFor: (month: string) => string }) {
  if (!months.length) return null;
  const max = Math.max(...months.map((m) => m.count));
  const w = 280, h = 60, gap = 2;
  const bw = Math.max(2, (w - gap * months.length) / months.length);
  return (
    <figure class="histogram">
      <svg viewBox={`0 0 ${w} ${h + 16}`} role="img" aria-label="Articles per month">
        {months.map((m, i) => {
          const bh = Math.max(1, (m.count / max) * h);
          return (
            <a href={hrefFor(m.value)} aria-label={`${formatDate(m.value)}: ${m.count} articles`}>
              <rect x={i * (bw + gap)} y={h - bh} width={bw} height={bh}><title>{`${formatDate(m.value)}: ${m.count}`}</title></rect>
            </a>
          );
        })}
        <text x="0" y={h + 13} class="axis">{formatDate(months[0].value)}</text>
        <text x={w} y={h + 13} class="axis" text-anchor="end">{formatDate(months[months.length - 1].value)}</text>
      </svg>
    </figure>
  );
}
