import { formatDate } from '../dates';
import type { EntityRef, LayerItem } from '../types';
import { modalityClass } from './TimelineChart';

function Who({ refs }: { refs: (EntityRef | null | undefined)[] }) {
  const shown = refs.filter((r): r is EntityRef => !!r);
  if (!shown.length) return <span class="muted">—</span>;
  return <>{shown.map((r, i) => <>{i > 0 && ', '}{r.url ? <a href={r.url}>{r.name ?? r.local}</a> : <span>{r.name ?? r.local}</span>}</>)}</>;
}

/** One event, quote or claim: when, what, who, and the sentence it came from (linked, highlighted there). */
export function ItemRow({ item }: { item: LayerItem }) {
  const state = modalityClass(item);
  return (
    <li class={`item ${item.kind} ${state}`} data-kind={item.kind} data-date={item.date}>
      <div class="item-head">
        <time class="date" title={item.dateFrom === 'text' ? 'date given by the text' : 'publication day (the text gives no date)'}>{formatDate(item.date)}{item.dateFrom === 'published' ? '*' : ''}</time>
        <span class={`badge ${item.kind}`}>{item.kind}</span>
        {item.kind === 'event' && <>
          <strong>{item.event}{item.record.mode ? ` (${String(item.record.mode)})` : ''}</strong>
          {item.modality !== 'asserted' && <span class={`badge mod ${state}`}>{item.modality === 'negated' ? 'did not happen' : item.modality}</span>}
          <span class="who"><Who refs={item.actors ?? []} /> → <Who refs={item.recipients ?? []} /></span>
        </>}
        {item.kind === 'quote' && <span class="who">by <Who refs={[item.speaker]} /></span>}
        {item.kind === 'claim' && <>
          <strong>{item.claimKind}: {item.qualifier !== 'exact' ? `${item.qualifier} ` : ''}{item.value?.toLocaleString('en')}</strong>
          <span class="who">about <Who refs={[item.about]} />, by {item.source ? <Who refs={[item.source]} /> : item.article.source ?? 'unattributed'}</span>
        </>}
      </div>
      <a class="sentence" href={item.url}>{item.sentenceText ?? item.contentText ?? item.spanText ?? 'open in the article'}</a>
      <div class="source muted">{item.article.source ?? 'unknown source'} · {formatDate(item.article.published)} · <a href={item.article.url}>{item.article.title ?? item.article.id}</a></div>
    </li>
  );
}
