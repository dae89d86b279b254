import { useApi, usePagedList } from '../api';
import { Histogram } from '../components/Histogram';
import { Layout, Loading, More } from '../components/Layout';
import { Marked } from '../components/Marked';
import { formatDate } from '../dates';
import { navigate, useLocation, withQuery } from '../router';
import type { ArticleListItem, EntityItem } from '../types';

interface Facets {
  total: number;
  sources: { value: string; count: number }[];
  eventTypes: { value: string; count: number }[];
  entities: { id: number; name: string; type: string; count: number }[];
  months: { value: string; count: number }[];
}

const FILTERS = ['q', 'source', 'entity', 'eventType', 'from', 'to'];

function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** Search with facets (source, entity, event type) and a histogram of articles per month. */
export function SearchPage() {
  const loc = useLocation();
  const params = new URLSearchParams();
  for (const k of FILTERS) if (loc.query.get(k)) params.set(k, loc.query.get(k)!);
  const qs = params.toString();
  const q = loc.query.get('q') ?? '';
  const list = usePagedList<ArticleListItem>(`/api/articles${qs ? `?${qs}` : ''}`);
  const facets = useApi<Facets>(`/api/facets${qs ? `?${qs}` : ''}`);
  const people = useApi<{ items: EntityItem[] }>(q.trim() ? `/api/entities?limit=6&q=${encodeURIComponent(q.trim())}` : null);
  const active = FILTERS.filter((k) => k !== 'q' && loc.query.get(k));
  const entityName = (id: string) => facets.data?.entities.find((e) => String(e.id) === id)?.name ?? `entity ${id}`;
  return (
    <Layout title={q ? `Search: ${q}` : 'Search'}>
      <form class="search" role="search" onSubmit={(e) => {
        e.preventDefault();
        navigate(withQuery(loc, { q: String(new FormData(e.currentTarget).get('q') ?? '') }));
      }}>
        <input name="q" type="search" value={q} placeholder="Words in the articles, e.g. Abbas" aria-label="Search words" autoFocus />
        <button type="submit">Search</button>
      </form>
      {active.length > 0 && (
        <p class="filters">Filtered by {active.map((k) => (
          <a class="chip" href={withQuery(loc, { [k]: undefined })} title="Remove this filter">{k}: {k === 'entity' ? entityName(loc.query.get(k)!) : loc.query.get(k)} ×</a>
        ))}</p>
      )}
      {people.data && people.data.items.length > 0 && (
        <section class="entity-hits" aria-label="Matching entities">
          {people.data.items.map((e) => (
            <a class="entity-card" href={e.url}><strong>{e.name}</strong> <span class="badge">{e.type}</span><span class="muted"> {e.articleCount} articles · {e.mentionCount} mentions</span></a>
          ))}
        </section>
      )}
      <div class="with-facets">
        <aside class="facets" aria-label="Facets">
          {facets.data && <>
            <p class="muted">{facets.data.total.toLocaleString('en')} articles</p>
            <Histogram months={facets.data.months} hrefFor={(m) => withQuery(loc, { from: `${m}-01`, to: lastDay(m) })} />
            <FacetList title="Entities" values={facets.data.entities.map((e) => ({ key: String(e.id), label: `${e.name}`, count: e.count }))} href={(v) => withQuery(loc, { entity: v })} />
            <FacetList title="Event types" values={facets.data.eventTypes.map((e) => ({ key: e.value, label: e.value, count: e.count }))} href={(v) => withQuery(loc, { eventType: v })} />
            <FacetList title="Sources" values={facets.data.sources.filter((s) => s.value).map((s) => ({ key: s.value, label: s.value, count: s.count }))} href={(v) => withQuery(loc, { source: v })} />
          </>}
        </aside>
        <section class="results" aria-label="Articles">
          <Loading error={list.error} loading={list.loading && !list.items.length} />
          {!list.loading && !list.error && !list.items.length && <p class="muted">No article matches.</p>}
          <ol class="articles">
            {list.items.map((a) => (
              <li>
                <a class="title" href={a.url}>{a.title ?? a.id}</a>
                <div class="muted">{formatDate(a.published.slice(0, 10))}{a.source ? ` · ${a.source}` : ''}</div>
                <Marked class="snippet" text={a.snippet.text} marks={a.snippet.marks} />
              </li>
            ))}
          </ol>
          <More next={list.next} loading={list.loading} onMore={list.more} />
        </section>
      </div>
    </Layout>
  );
}

function FacetList({ title, values, href }: { title: string; values: { key: string; label: string; count: number }[]; href: (key: string) => string }) {
  if (!values.length) return null;
  return (
    <section class="facet">
      <h2>{title}</h2>
      <ul>{values.map((v) => <li><a href={href(v.key)}>{v.label}</a> <span class="count">{v.count}</span></li>)}</ul>
    </section>
  );
}
