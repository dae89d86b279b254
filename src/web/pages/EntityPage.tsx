import { useApi, type Page } from '../api';
import { ItemRow } from '../components/ItemRow';
import { Layout, Loading } from '../components/Layout';
import { formatDate } from '../dates';
import type { EntityItem, LayerItem } from '../types';

interface EntityDetail extends EntityItem {
  names: { name: string; count: number }[];
  mentionsPerDay: { day: string; mentions: number; articles: number }[];
  eventsAsActor: Page<LayerItem>;
  eventsAsRecipient: Page<LayerItem>;
  quotesBy: Page<LayerItem>;
  quotesAbout: Page<LayerItem>;
  claims: Page<LayerItem>;
  related: { id: number; url: string; name: string; type: string; articles: number }[];
}

function Section({ title, page, more }: { title: string; page: Page<LayerItem>; more: string }) {
  return (
    <section class="entity-section">
      <h2>{title} <span class="count">{page.items.length}{page.next ? '+' : ''}</span></h2>
      {!page.items.length ? <p class="muted">None.</p> : <ol class="items">{page.items.map((i) => <ItemRow item={i} />)}</ol>}
      {page.next && <a href={more}>All of them…</a>}
    </section>
  );
}

function MentionBars({ days }: { days: EntityDetail['mentionsPerDay'] }) {
  if (!days.length) return null;
  const max = Math.max(...days.map((d) => d.mentions));
  // Bars stand on a time axis (first to last day), so quiet weeks show as gaps rather than vanishing.
  const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
  const first = dayNumber(days[0].day);
  const span = Math.max(1, dayNumber(days[days.length - 1].day) - first);
  const w = 560, h = 60, bw = Math.max(2, Math.min(24, w / (span + 1) - 1));
  return (
    <figure class="mentions">
      <svg viewBox={`0 0 ${w} ${h + 14}`} role="img" aria-label="Mentions per day">
        {days.map((d) => {
          const bh = Math.max(1, (d.mentions / max) * h);
          const x = ((dayNumber(d.day) - first) / span) * (w - bw);
          return <rect x={x} y={h - bh} width={bw} height={bh}><title>{`${formatDate(d.day)}: ${d.mentions} mentions in ${d.articles} articles`}</title></rect>;
        })}
        <text class="axis" x="0" y={h + 12}>{formatDate(days[0].day)}</text>
        <text class="axis" x={w} y={h + 12} text-anchor="end">{formatDate(days[days.length - 1].day)}</text>
      </svg>
      <figcaption class="muted">Mentions per day</figcaption>
    </figure>
  );
}

/** The entity page: card, mentions per day, events both ways, quotes by and about, claims, related. */
export function EntityPage({ id }: { id: string }) {
  const { data: e, error, loading } = useApi<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`);
  return (
    <Layout title={e?.name ?? 'Entity'}>
      <Loading error={error} loading={loading} />
      {e && <>
        <div class="card">
          <p><span class="badge">{e.type}</span>{e.country && <> · country {e.country}</>}{e.sector && <> · sector {e.sector}</>}{e.kb && <> · {e.kb.source}: {e.kb.id}</>}</p>
          <p class="muted">{e.articleCount} articles · {e.mentionCount} mentions{e.names.length > 1 ? ` · also written ${e.names.slice(1).map((n) => n.name).join(', ')}` : ''}</p>
          <p><a class="button" href={e.timelineUrl}>Timeline</a> <a href={`/?entity=${e.id}`}>Articles</a> <a href={`/network?entity=${e.id}`}>Network</a></p>
        </div>
        <MentionBars days={e.mentionsPerDay} />
        <div class="columns">
          <Section title="Events as actor" page={e.eventsAsActor} more={`/events?actor=${e.id}`} />
          <Section title="Events as recipient" page={e.eventsAsRecipient} more={`/events?recipient=${e.id}`} />
          <Section title="Quotes by" page={e.quotesBy} more={`/quotes?speaker=${e.id}`} />
          <Section title="Quotes about" page={e.quotesAbout} more={`/quotes?about=${e.id}`} />
          <Section title="Claims" page={e.claims} more={`/claims?entity=${e.id}`} />
          <section class="entity-section">
            <h2>Related entities</h2>
            {!e.related.length ? <p class="muted">None.</p> : (
              <ul class="related">{e.related.map((r) => <li><a href={r.url}>{r.name}</a> <span class="badge">{r.type}</span> <span class="count">{r.articles}</span></li>)}</ul>
            )}
          </section>
        </div>
      </>}
    </Layout>
  );
}
