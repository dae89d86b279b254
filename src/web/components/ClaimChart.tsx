import { dateRange, formatDate, formatTick, timeTicks } from '../dates';
import { navigate } from '../router';
import type { LayerItem } from '../types';

const COLOURS = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#bf3989', '#0a7ea4', '#6e7781'];
const W = 900, H = 300, LEFT = 70, BOTTOM = 26, TOP = 10, RIGHT = 16;

/** One number over time, one line per source (the claimant, else the news source). */
export function ClaimChart({ claims }: { claims: LayerItem[] }) {
  const points = claims.map((c) => ({ c, r: dateRange(c.date) })).filter((p) => p.r !== null && typeof p.c.value === 'number') as { c: LayerItem; r: [number, number] }[];
  if (!points.length) return <p class="muted">No claims to draw.</p>;
  const t0 = Math.min(...points.map((p) => p.r[0])) - 5 * 86_400_000, t1 = Math.max(...points.map((p) => p.r[0])) + 5 * 86_400_000;
  const values = points.map((p) => p.c.value!);
  const vmax = Math.max(...values) * 1.05, vmin = Math.min(0, Math.min(...values));
  const x = (t: number) => LEFT + ((t - t0) / (t1 - t0)) * (W - LEFT - RIGHT);
  const y = (v: number) => TOP + (1 - (v - vmin) / (vmax - vmin || 1)) * (H - TOP - BOTTOM);
  const series = new Map<string, typeof points>();
  for (const p of points) {
    const key = p.c.series ?? 'unattributed';
    if (!series.has(key)) series.set(key, []);
    series.get(key)!.push(p);
  }
  const { ticks, stepDays } = timeTicks(t0, t1, 6);
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => vmin + f * (vmax - vmin));
  return (
    <figure class="claim-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Claims over time, ${series.size} sources`}>
        {yTicks.map((v) => (
          <g><line class="grid" x1={LEFT} x2={W - RIGHT} y1={y(v)} y2={y(v)} /><text class="axis" x={LEFT - 6} y={y(v) + 4} text-anchor="end">{Math.round(v).toLocaleString('en')}</text></g>
        ))}
        {ticks.map((t) => <text class="axis" x={x(t)} y={H - 8} text-anchor="middle">{formatTick(t, stepDays)}</text>)}
        {[...series].map(([name, ps], i) => {
          const colour = COLOURS[i % COLOURS.length];
          const sorted = [...ps].sort((a, b) => a.r[0] - b.r[0]);
          return (
            <g class="series">
              <polyline fill="none" stroke={colour} stroke-width="2" points={sorted.map((p) => `${x(p.r[0])},${y(p.c.value!)}`).join(' ')} />
              {sorted.map((p) => (
                <circle class="point" cx={x(p.r[0])} cy={y(p.c.value!)} r={5} fill={colour} onClick={() => navigate(p.c.url)}>
                  <title>{`${name}: ${p.c.qualifier} ${p.c.value!.toLocaleString('en')} as of ${formatDate(p.c.date)}`}</title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption class="legend">
        {[...series.keys()].map((name, i) => <span><i class="swatch" style={{ background: COLOURS[i % COLOURS.length] }} />{name}</span>)}
      </figcaption>
    </figure>
  );
}
