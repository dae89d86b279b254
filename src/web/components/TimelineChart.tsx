import { useMemo, useRef, useState } from 'preact/hooks';
import { dateRange, formatDate, formatTick, timeTicks } from '../dates';
import { navigate } from '../router';
import type { LayerItem } from '../types';

const LANES: LayerItem['kind'][] = ['event', 'quote', 'claim'];
const W = 900, LANE = 34, TOP = 8, AXIS = 22, LEFT = 60;

export function itemLabel(item: LayerItem): string {
  if (item.kind === 'event') return `${item.event}${item.record.mode ? ` (${item.record.mode})` : ''}: ${(item.actors ?? []).map((a) => a.name ?? a.local).join(', ')} → ${(item.recipients ?? []).map((a) => a.name ?? a.local).join(', ')}`;
  if (item.kind === 'quote') return `${item.speaker?.name ?? 'someone'}: “${item.contentText ?? ''}”`;
  return `${item.claimKind} ${item.qualifier} ${item.value?.toLocaleString('en')}${item.about?.name ? ` (${item.about.name})` : ''}`;
}

export function modalityClass(item: LayerItem): string {
  if (item.negated) return 'negated';
  if (item.planned) return 'planned';
  return 'asserted';
}

/**
 * Items at the dates the text gives, one lane per kind. A day is a dot, a month or year a bar over its
 * range; planned and expected items are hollow and dashed, negated ones red and crossed out. Zoom with the
 * buttons, the mouse wheel or +/− and pan with ←/→ when the chart has focus; click an item to read it.
 */
export function TimelineChart({ items }: { items: LayerItem[] }) {
  const ranges = useMemo(() => items.map((i) => dateRange(i.date)), [items]);
  const known = ranges.filter((r): r is [number, number] => r !== null);
  const full: [number, number] = known.length
    ? [Math.min(...known.map((r) => r[0])) - 15 * 86_400_000, Math.max(...known.map((r) => r[1])) + 15 * 86_400_000]
    : [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  const [view, setView] = useState<[number, number] | null>(null);
  const [v0, v1] = view ?? full;
  const svg = useRef<SVGSVGElement>(null);
  const x = (t: number) => LEFT + ((t - v0) / (v1 - v0)) * (W - LEFT - 10);
  const zoom = (factor: number, centre = (v0 + v1) / 2) => {
    const span = Math.min(full[1] - full[0], Math.max(2 * 86_400_000, (v1 - v0) * factor));
    let a = centre - (centre - v0) * (span / (v1 - v0));
    a = Math.max(full[0], Math.min(a, full[1] - span));
    setView([a, a + span]);
  };
  const pan = (fraction: number) => {
    const shift = (v1 - v0) * fraction;
    const a = Math.max(full[0], Math.min(v0 + shift, full[1] - (v1 - v0)));
    setView([a, a + (v1 - v0)]);
  };
  const { ticks, stepDays } = timeTicks(v0, v1);
  const height = TOP + LANES.length * LANE + AXIS;
  return (
    <figure class="timeline-chart">
      <div class="chart-tools" role="toolbar" aria-label="Timeline zoom">
        <button type="button" onClick={() => zoom(0.5)} aria-label="Zoom in">+</button>
        <button type="button" onClick={() => zoom(2)} aria-label="Zoom out">−</button>
        <button type="button" onClick={() => pan(-0.3)} aria-label="Earlier">←</button>
        <button type="button" onClick={() => pan(0.3)} aria-label="Later">→</button>
        <button type="button" onClick={() => setView(null)}>Show all</button>
        <span class="legend"><i class="dot asserted" /> happened <i class="dot planned" /> planned or expected <i class="dot negated" /> did not happen</span>
      </div>
      <svg ref={svg} viewBox={`0 0 ${W} ${height}`} tabindex={0} role="img" aria-label={`Timeline of ${items.length} items from ${formatTick(v0, 30)} to ${formatTick(v1, 30)}; + and − zoom, arrows pan`}
        onWheel={(e) => {
          e.preventDefault();
          const box = svg.current!.getBoundingClientRect();
          const t = v0 + ((e.clientX - box.left) / box.width * W - LEFT) / (W - LEFT - 10) * (v1 - v0);
          zoom(e.deltaY < 0 ? 0.8 : 1.25, t);
        }}
        onKeyDown={(e) => {
          const keys: Record<string, () => void> = { '+': () => zoom(0.5), '=': () => zoom(0.5), '-': () => zoom(2), ArrowLeft: () => pan(-0.2), ArrowRight: () => pan(0.2), '0': () => setView(null) };
          if (keys[e.key]) {
            e.preventDefault();
            keys[e.key]();
          }
        }}>
        {LANES.map((lane, i) => <text class="lane" x="4" y={TOP + i * LANE + LANE / 2 + 4}>{lane}s</text>)}
        {ticks.map((t) => (
          <g>
            <line class="grid" x1={x(t)} x2={x(t)} y1={TOP} y2={TOP + LANES.length * LANE} />
            <text class="axis" x={x(t)} y={height - 6} text-anchor="middle">{formatTick(t, stepDays)}</text>
          </g>
        ))}
        {items.map((item, i) => {
          const r = ranges[i];
          if (!r || r[1] < v0 || r[0] > v1) return null;
          const y = TOP + LANES.indexOf(item.kind) * LANE + LANE / 2;
          const cls = `mark ${item.kind} ${modalityClass(item)}`;
          const label = `${formatDate(item.date)} · ${itemLabel(item)}${item.negated ? ' (did not happen)' : item.planned ? ' (planned)' : ''}`;
          const wide = x(r[1]) - x(r[0]);
          const open = () => navigate(item.url);
          return (
            <g class={cls} onClick={open}>
              <title>{label}</title>
              {wide > 8
                ? <rect x={x(r[0])} y={y - 7} width={wide} height={14} rx={3} />
                : <circle cx={x((r[0] + r[1]) / 2)} cy={y} r={6} />}
              {item.negated && <line class="cross" x1={x(r[0])} x2={x(r[0]) + Math.max(wide, 8)} y1={y + 7} y2={y - 7} />}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
