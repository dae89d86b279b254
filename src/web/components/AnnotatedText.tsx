import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { AnnotationRecord, Span } from '../types';

export type Layer = 'entities' | 'timexes' | 'events' | 'quotes' | 'claims';
export const LAYERS: { id: Layer; label: string }[] = [
  { id: 'entities', label: 'Entities' }, { id: 'timexes', label: 'Dates and times' }, { id: 'events', label: 'Events' },
  { id: 'quotes', label: 'Quotes' }, { id: 'claims', label: 'Claims' },
];

interface Annotation { start: number; end: number; layer: Layer; cls: string; title: string }

/** Every annotation of the record as a span with the normalized value shown on hover. */
export function annotations(r: AnnotationRecord): Annotation[] {
  const name = (local: string | null) => (local ? r.entities.find((e) => e.id === local)?.name ?? local : '?');
  const out: Annotation[] = [];
  for (const e of r.entities) for (const [s, t] of e.mentions) out.push({ start: s, end: t, layer: 'entities', cls: `ent ent-${e.type}`, title: `${e.name} · ${e.type}${e.kb ? ` · ${e.kb.source}:${e.kb.id}` : ''}${e.country ? ` · ${e.country}` : ''}${e.sector ? ` ${e.sector}` : ''}` });
  for (const t of r.timexes) out.push({ start: t.start, end: t.end, layer: 'timexes', cls: 'timex', title: `${t.type} ${t.value}${t.mod ? ` (${t.mod})` : ''}` });
  for (const e of r.events) out.push({ start: e.trigger[0], end: e.trigger[1], layer: 'events', cls: `event mod-${e.modality}`, title: `${e.event}${e.mode ? ` (${e.mode})` : ''} · ${e.modality} · ${e.date ?? 'no date'} · ${e.actors.map(name).join(', ')} → ${e.recipients.map(name).join(', ')}` });
  for (const q of r.quotes) {
    out.push({ start: q.content[0], end: q.content[1], layer: 'quotes', cls: 'quote', title: `quote by ${name(q.speaker)}${q.direct ? ' (direct)' : ' (indirect)'}` });
    if (q.cue) out.push({ start: q.cue[0], end: q.cue[1], layer: 'quotes', cls: 'cue', title: 'quote cue' });
  }
  for (const c of r.claims) out.push({ start: c.span[0], end: c.span[1], layer: 'claims', cls: 'claim', title: `${c.kind} ${c.qualifier} ${c.value.toLocaleString('en')}${c.about ? ` · about ${name(c.about)}` : ''}${c.source ? ` · by ${name(c.source)}` : ''}${c.asOf ? ` · as of ${c.asOf}` : ''}` });
  return out;
}

/**
 * The article text with the chosen layers highlighted. Overlapping spans are split at every boundary so
 * each piece carries the classes of all annotations covering it. The `focus` span (from ?span=) is marked
 * and scrolled into view. Text is rendered as text: nothing in it is ever interpreted as markup.
 */
export function AnnotatedText({ record, shown, focus }: { record: AnnotationRecord; shown: Set<Layer>; focus: Span | null }) {
  const all = useMemo(() => annotations(record), [record]);
  const visible = all.filter((a) => shown.has(a.layer));
  const text = record.text;
  const cuts = new Set<number>([0, text.length]);
  for (const a of visible) cuts.add(a.start).add(a.end);
  if (focus) cuts.add(focus[0]).add(focus[1]);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const focusRef = useRef<HTMLElement>(null);
  useEffect(() => {
    focusRef.current?.scrollIntoView({ block: 'center' });
  }, [focus?.[0], focus?.[1], record]);
  const pieces = [];
  let focusSeen = false;
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i], e = points[i + 1];
    const covering = visible.filter((a) => a.start <= s && a.end >= e);
    const inFocus = focus !== null && s >= focus[0] && e <= focus[1];
    const piece = text.slice(s, e);
    if (!covering.length && !inFocus) {
      pieces.push(piece);
      continue;
    }
    const cls = [...new Set(covering.map((a) => a.cls))].join(' ') + (inFocus ? ' focus' : '');
    const title = covering.map((a) => a.title).join('\n') || undefined;
    const first = inFocus && !focusSeen;
    if (inFocus) focusSeen = true;
    pieces.push(<span class={cls} title={title} ref={first ? focusRef : undefined} data-focus={first ? 'true' : undefined}>{piece}</span>);
  }
  return <div class="article-text" lang="en">{pieces}</div>;
}
