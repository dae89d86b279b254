import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { looseDate } from '../dates.js';
import { htmlToText } from '../html-to-text.js';
import { InputError } from '../input-error.js';
import type { ReadItem, ReadOptions, Reader } from '../reader.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  processEntities: true,
  htmlEntities: true,
});

/** RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item, named by its position in the feed. */
export const feedReader: Reader = {
  format: 'feed',
  sniff: (content) => /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[^]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/.test(content.slice(0, 4096)),
  read(content, path, options) {
    const valid = XMLValidator.validate(content);
    if (valid !== true) return [{ error: new InputError({ path, line: valid.err.line }, `broken XML: ${valid.err.msg}`) }];
    const root = parser.parse(content) as Node;
    if (root.rss) {
      const channel = (root.rss as Node).channel as Node | undefined;
      return readItems(asArray(channel?.item), text(channel?.title), path, options, rssItem);
    }
    if (root.feed) {
      const feed = root.feed as Node;
      return readItems(asArray(feed.entry), text(feed.title), path, options, atomEntry);
    }
    if (root['rdf:RDF']) {
      const rdf = root['rdf:RDF'] as Node;
      return readItems(asArray(rdf.item), text((rdf.channel as Node | undefined)?.title), path, options, rssItem);
    }
    return [{ error: new InputError({ path }, 'XML, but not an RSS or Atom feed') }];
  },
};

interface FeedItem { id: string | null; title: string | null; url: string | null; html: string; date: string | null; dateSource: string }

function readItems(items: Node[], feedTitle: string | null, path: string, options: ReadOptions, map: (n: Node) => FeedItem): ReadItem[] {
  if (items.length === 0) return [{ error: new InputError({ path }, 'the feed has no items') }];
  return items.map((node, i) => {
    const origin = { path, item: i + 1 };
    const item = map(node);
    const body = htmlToText(item.html);
    if (!body.trim()) return { error: new InputError(origin, 'the item has no text (no description or content)') };
    let published = item.date;
    let dateSource = item.dateSource;
    if (options.overrideDate && options.date) [published, dateSource] = [options.date, 'option'];
    else if (!published && options.date) [published, dateSource] = [options.date, 'option'];
    if (!published) return { error: new InputError(origin, 'the item has no date (pubDate, dc:date, published or updated) and no --date was given') };
    // The title leads the text, as in the dated-text format, so headlines are annotated too.
    const textBody = item.title ? `${item.title}\n\n${body}` : body;
    return { article: { id: item.id ?? undefined, published, text: textBody, title: item.title, source: feedTitle, url: item.url, origin, dateSource } };
  });
}

function rssItem(n: Node): FeedItem {
  const pub = looseDate(text(n.pubDate));
  const dc = looseDate(text(n['dc:date']));
  return {
    id: text(n.guid) ?? firstLink(n),
    title: text(n.title),
    url: firstLink(n),
    html: text(n['content:encoded']) ?? text(n.description) ?? '',
    date: pub ?? dc,
    dateSource: pub ? 'rss:pubDate' : 'rss:dc:date',
  };
}

function atomEntry(n: Node): FeedItem {
  const published = looseDate(text(n.published));
  const updated = looseDate(text(n.updated));
  return {
    id: text(n.id) ?? firstLink(n),
    title: text(n.title),
    url: firstLink(n),
    html: text(n.content) ?? text(n.summary) ?? '',
    date: published ?? updated,
    dateSource: published ? 'atom:published' : 'atom:updated',
  };
}

function firstLink(n: Node): string | null {
  for (const link of asArray(n.link) as unknown[]) {
    if (typeof link === 'string') {
      if (link.trim()) return link.trim();
      continue;
    }
    const o = link as Node;
    const rel = o['@_rel'];
    if (typeof o['@_href'] === 'string' && (rel === undefined || rel === 'alternate')) return (o['@_href'] as string).trim();
    const t = text(o);
    if (t) return t;
  }
  return null;
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null;
  if (typeof value === 'object' && '#text' in (value as Node)) return text((value as Node)['#text']);
  return null;
}

function asArray(value: unknown): Node[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]) as Node[];
}
