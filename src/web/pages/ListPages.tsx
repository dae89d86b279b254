import { useApi, usePagedList } from '../api';
import { ClaimChart } from '../components/ClaimChart';
import { ItemRow } from '../components/ItemRow';
import { Layout, Loading, More } from '../components/Layout';
import { NetworkGraph, type NetworkData } from '../components/NetworkGraph';
import { navigate, useLocation, withQuery } from '../router';
import type { EntityItem, LayerItem } from '../types';

function apiQuery(keys: string[], query: URLSearchParams): string {
  const p = new URLSearchParams();
  for (const k of keys) if (query.get(k)) p.set(k, query.get(k)!);
  const s = p.toString();
  return s ? `?${s}` : '';
}

function ActiveFilters({ keys }: { keys: string[] }) {
  const loc = useLocation();
  const active = keys.filter((k) => loc.query.get(k));
  if (!active.length) return null;
  return <p class="filters">Filtered by {active.map((k) => <a class="chip" href={withQuery(loc, { [k]: undefined })}>{k}: {loc.query.get(k)} ×</a>)}</p>;
}

const ENTITY_TYPES = ['PER', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC'];

export function EntitiesPage() {
  const loc = useLocation();
  const list = usePagedList<EntityItem>(`/api/entities${apiQuery(['q', 'type', 'country', 'sector'], loc.query)}`);
  return (
    <Layout title="Entities">
      <form class="search" role="search" onSubmit={(e) => {
        e.preventDefault();
        navigate(withQuery(loc, { q: String(new FormData(e.currentTarget).get('q') ?? '') }));
      }}>
        <input name="q" type="search" value={loc.query.get('q') ?? ''} placeholder="Part of a name" aria-label="Entity name" />
        <button type="submit">Find</button>
      </form>
      <p class="chips">{ENTITY_TYPES.map((t) => <a class={`chip ${loc.query.get('type') === t ? 'on' : ''}`} href={withQuery(loc, { type: loc.query.get('type') === t ? undefined : t })}>{t}</a>)}</p>
      <ActiveFilters keys={['country', 'sector']} />
      <Loading error={list.error} loading={list.loading && !list.items.length} />
      <table class="table">
        <thead><tr><th>Name</th><th>Type</th><th>Country</th><th>Sector</th><th class="num">Articles</th><th class="num">Mentions</th><th>Timeline</th></tr></thead>
        <tbody>{list.items.map((e) => (
          <tr><td><a href={e.url}>{e.name}</a></td><td>{e.type}</td><td>{e.country ?? ''}</td><td>{e.sector ?? ''}</td><td class="num">{e.articleCount}</td><td class="num">{e.mentionCount}</td><td><a href={e.timelineUrl}>timeline</a></td></tr>
        ))}</tbody>
      </table>
      <More next={list.next} loading={list.loading} onMore={list.more} />
    </Layout>
  );
}

const EVENT_KEYS = ['actor', 'recipient', 'entity', 'type', 'modality', 'from', 'to', 'place', 'article'];
const MODALITIES = ['asserted', 'future', 'expected', 'hypothetical', 'negated'];

export function EventsPage() {
  const loc = useLocation();
  const list = usePagedList<LayerItem>(`/api/events${apiQuery(EVENT_KEYS, loc.query)}`);
  return (
    <Layout title="Events">
      <p class="chips">{MODALITIES.map((m) => <a class={`chip ${loc.query.get('modality') === m ? 'on' : ''}`} href={withQuery(loc, { modality: loc.query.get('modality') === m ? undefined : m })}>{m}</a>)}</p>
      <ActiveFilters keys={EVENT_KEYS.filter((k) => k !== 'modality')} />
      <Loading error={list.error} loading={list.loading && !list.items.length} />
      {!list.loading && !list.items.length && !list.error && <p class="muted">No events.</p>}
      <ol class="items">{list.items.map((i) => <ItemRow item={i} />)}</ol>
      <More next={list.next} loading={list.loading} onMore={list.more} />
    </Layout>
  );
}

export function QuotesPage() {
  const loc = useLocation();
  const keys = ['speaker', 'about', 'from', 'to', 'article'];
  const list = usePagedList<LayerItem>(`/api/quotes${apiQuery(keys, loc.query)}`);
  return (
    <Layout title="Quotes">
      <ActiveFilters keys={keys} />
      <Loading error={list.error} loading={list.loading && !list.items.length} />
      {!list.loading && !list.items.length && !list.error && <p class="muted">No quotes.</p>}
      <ol class="items">{list.items.map((i) => <ItemRow item={i} />)}</ol>
      <More next={list.next} loading={list.loading} onMore={list.more} />
    </Layout>
  );
}

interface ClaimKind { kind: string; count: number; about: { id: number | null; name: string | null; count: number }[] }

/** One number over time, one line per source: pick the kind (and what it is about). */
export function ClaimsPage() {
  const loc = useLocation();
  const kinds = useApi<{ items: ClaimKind[] }>('/api/claims/kinds');
  const kind = loc.query.get('kind') ?? kinds.data?.items[0]?.kind ?? null;
  const keys = ['about', 'source', 'entity', 'from', 'to'];
  const q = new URLSearchParams(apiQuery(keys, loc.query));
  if (kind) q.set('kind', kind);
  q.set('limit', '500');
  const list = usePagedList<LayerItem>(kinds.data ? `/api/claims?${q}` : null);
  const current = kinds.data?.items.find((k) => k.kind === kind);
  return (
    <Layout title={kind ? `Claims: ${kind}` : 'Claims'}>
      <Loading error={kinds.error} loading={kinds.loading} />
      {kinds.data && !kinds.data.items.length && <p class="muted">No claims stored yet.</p>}
      <p class="chips">{kinds.data?.items.map((k) => <a class={`chip ${k.kind === kind ? 'on' : ''}`} href={withQuery(loc, { kind: k.kind, about: undefined })}>{k.kind} <span class="count">{k.count}</span></a>)}</p>
      {current && current.about.length > 1 && (
        <p class="chips">About: {current.about.filter((a) => a.id !== null).map((a) => <a class={`chip ${loc.query.get('about') === String(a.id) ? 'on' : ''}`} href={withQuery(loc, { about: loc.query.get('about') === String(a.id) ? undefined : a.id })}>{a.name} <span class="count">{a.count}</span></a>)}</p>
      )}
      <ActiveFilters keys={['source', 'entity', 'from', 'to']} />
      {list.items.length > 0 && <ClaimChart claims={list.items} />}
      <ol class="items">{list.items.map((i) => <ItemRow item={i} />)}</ol>
      <More next={list.next} loading={list.loading} onMore={list.more} />
    </Layout>
  );
}

export function NetworkPage() {
  const loc = useLocation();
  const { data, error, loading } = useApi<NetworkData>(`/api/network${apiQuery(['entity', 'from', 'to', 'limit'], loc.query)}`);
  return (
    <Layout title="Actor network">
      <p class="muted">Who acts on whom in events that happened (asserted); arrows point from actor to recipient. Click an actor for its page, an arrow for its events.</p>
      <ActiveFilters keys={['entity', 'from', 'to']} />
      <Loading error={error} loading={loading} />
      {data && <NetworkGraph data={data} />}
    </Layout>
  );
}

interface Stats { articles: number; entities: number; events: number; quotes: number; claims: number; ingestErrors: number; firstDay: string | null; lastDay: string | null; sources: { value: string; count: number }[]; eventTypes: { value: string; count: number }[]; modalities: { value: string; count: number }[] }

export function StatsPage() {
  const { data, error, loading } = useApi<Stats>('/api/stats');
  return (
    <Layout title="What is stored">
      <Loading error={error} loading={loading} />
      {data && <>
        <dl class="stats">
          {(['articles', 'entities', 'events', 'quotes', 'claims', 'ingestErrors'] as const).map((k) => <><dt>{k === 'ingestErrors' ? 'ingest errors' : k}</dt><dd>{data[k].toLocaleString('en')}</dd></>)}
          <dt>published</dt><dd>{data.firstDay ?? '—'} … {data.lastDay ?? '—'}</dd>
        </dl>
        <div class="columns">
          <section><h2>Event types</h2><ul>{data.eventTypes.map((t) => <li><a href={`/events?type=${encodeURIComponent(t.value)}`}>{t.value}</a> <span class="count">{t.count}</span></li>)}</ul></section>
          <section><h2>Modalities</h2><ul>{data.modalities.map((t) => <li><a href={`/events?modality=${encodeURIComponent(t.value)}`}>{t.value}</a> <span class="count">{t.count}</span></li>)}</ul></section>
          <section><h2>Sources</h2><ul>{data.sources.map((t) => <li><a href={`/?source=${encodeURIComponent(t.value)}`}>{t.value || '(none)'}</a> <span class="count">{t.count}</span></li>)}</ul></section>
        </div>
      </>}
    </Layout>
  );
}
