import { useState } from 'preact/hooks';
import { useApi } from '../api';
import { AnnotatedText, LAYERS, type Layer } from '../components/AnnotatedText';
import { Layout, Loading } from '../components/Layout';
import { formatDate } from '../dates';
import { useLocation } from '../router';
import type { AnnotationRecord, Span } from '../types';

interface ArticleDetail { id: string; url: string; record: AnnotationRecord; entities: Record<string, { id: number; url: string }> }

/** One article: its text with every annotation layer highlighted and toggleable. */
export function ArticlePage({ id }: { id: string }) {
  const loc = useLocation();
  const { data, error, loading } = useApi<ArticleDetail>(`/api/articles/${encodeURIComponent(id)}`);
  const [shown, setShown] = useState<Set<Layer>>(new Set(LAYERS.map((l) => l.id)));
  const m = /^(\d+)-(\d+)$/.exec(loc.query.get('span') ?? '');
  const focus: Span | null = m ? [+m[1], +m[2]] : null;
  const r = data?.record;
  const toggle = (layer: Layer) => {
    const next = new Set(shown);
    if (next.has(layer)) next.delete(layer);
    else next.add(layer);
    setShown(next);
  };
  return (
    <Layout title={r ? r.article.title ?? r.article.id : 'Article'}>
      <Loading error={error} loading={loading} />
      {r && data && <>
        <p class="muted">{formatDate(r.article.published.slice(0, 10))}{r.article.source ? ` · ${r.article.source}` : ''}{r.article.url && /^https?:\/\//.test(r.article.url) ? <> · <a href={r.article.url} rel="noopener noreferrer nofollow">original</a></> : null}</p>
        <fieldset class="layers">
          <legend>Show</legend>
          {LAYERS.map((l) => {
            const count = l.id === 'entities' ? r.entities.reduce((n, e) => n + e.mentions.length, 0) : (r[l.id] as unknown[]).length;
            return <label class={`toggle layer-${l.id}`}><input type="checkbox" checked={shown.has(l.id)} onChange={() => toggle(l.id)} /> {l.label} <span class="count">{count}</span></label>;
          })}
        </fieldset>
        <div class="article-layout">
          <AnnotatedText record={r} shown={shown} focus={focus} />
          <aside aria-label="Entities in this article">
            <h2>Entities</h2>
            {!r.entities.length && <p class="muted">None found.</p>}
            <ul class="entity-list">
              {r.entities.map((e) => (
                <li>{data.entities[e.id] ? <a href={data.entities[e.id].url}>{e.name}</a> : e.name} <span class="badge">{e.type}</span> <span class="count">{e.mentions.length}</span></li>
              ))}
            </ul>
          </aside>
        </div>
      </>}
    </Layout>
  );
}
