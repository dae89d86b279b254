import { looseDate } from './dates.js';

interface DocumentLike {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

export interface DateCandidate { value: string; source: string }

/*
 * Several extractors each propose a publication date; the first in this order of trust wins, and the
 * record keeps which one it was (`dateSource`).
 */
const META_NAMES: readonly [selector: string, source: string][] = [
  ['meta[property="article:published_time"]', 'meta:article:published_time'],
  ['meta[name="article:published_time"]', 'meta:article:published_time'],
  ['meta[itemprop="datePublished"]', 'meta:itemprop:datePublished'],
  ['meta[name="pubdate"]', 'meta:pubdate'],
  ['meta[name="publishdate"]', 'meta:publishdate'],
  ['meta[name="date"]', 'meta:date'],
  ['meta[name="DC.date.issued"]', 'meta:DC.date.issued'],
  ['meta[name="dcterms.created"]', 'meta:dcterms.created'],
  ['meta[property="og:published_time"]', 'meta:og:published_time'],
];

export function pageDateCandidates(document: DocumentLike): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const [selector, source] of META_NAMES) {
    const value = looseDate(document.querySelector(selector)?.getAttribute('content'));
    if (value) out.push({ value, source });
  }
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const value = jsonLdDate(scripts[i].textContent ?? '');
    if (value) out.push({ value, source: 'json-ld:datePublished' });
  }
  const time = document.querySelector('time[datetime]');
  const timeValue = looseDate(time?.getAttribute('datetime'));
  if (timeValue) out.push({ value: timeValue, source: 'time' });
  return out;
}

function jsonLdDate(json: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  const stack: unknown[] = [data];
  while (stack.length) {
    const item = stack.pop();
    if (Array.isArray(item)) stack.push(...item);
    else if (item && typeof item === 'object') {
      const o = item as Record<string, unknown>;
      const value = looseDate(typeof o.datePublished === 'string' ? o.datePublished : null);
      if (value) return value;
      if (o['@graph']) stack.push(o['@graph']);
    }
  }
  return null;
}
