import { useApi, usePagedList } from '../api';
import { ItemRow } from '../components/ItemRow';
import { Layout, Loading, More } from '../components/Layout';
import { TimelineChart } from '../components/TimelineChart';
import { useLocation, withQuery } from '../router';
import type { EntityItem, LayerItem } from '../types';

const KINDS = ['event', 'quote', 'claim'];

/** An entity's timeline: a zoomable chart over the list, both in the order of the dates the text gives. */
export function TimelinePage({ id }: { id: string }) {
  const loc = useLocation();
  const entity = useApi<EntityItem>(`/api/entities/${encodeURIComponent(id)}`);
  const kinds = loc.query.get('kinds');
  const list = usePagedList<LayerItem>(`/api/entities/${encodeURIComponent(id)}/timeline?limit=500${kinds ? `&kinds=${encodeURIComponent(kinds)}` : ''}`);
  const selected = new Set((kinds ?? KINDS.join(',')).split(','));
  return (
    <Layout title={entity.data ? `Timeline: ${entity.data.name}` : 'Timeline'}>
      {entity.data && <p><a href={entity.data.url}>← {entity.data.name}</a></p>}
      <fieldset class="layers">
        <legend>Show</legend>
        {KINDS.map((k) => {
          const next = new Set(selected);
          if (next.has(k)) next.delete(k);
          else next.add(k);
          const value = KINDS.filter((x) => next.has(x)).join(',');
          return <a class={`chip ${selected.has(k) ? 'on' : 'off'}`} aria-pressed={selected.has(k)} href={withQuery(loc, { kinds: value && value !== KINDS.join(',') ? value : undefined })}>{k}s</a>;
        })}
      </fieldset>
      <Loading error={list.error ?? entity.error} loading={list.loading && !list.items.length} />
      {list.items.length > 0 && <TimelineChart items={list.items} />}
      {!list.loading && !list.error && !list.items.length && <p class="muted">Nothing dated about this entity yet.</p>}
      <ol class="items timeline-list">{list.items.map((i) => <ItemRow item={i} />)}</ol>
      <More next={list.next} loading={list.loading} onMore={list.more} />
      <p class="muted">* the text gives no date: placed at the article's publication day.</p>
    </Layout>
  );
}
