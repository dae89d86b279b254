import { useEffect, useState } from 'preact/hooks';

/**
 * A small history-API router: UI addresses are plain paths (/entities/12), the same paths as the JSON
 * twins under /api, so the server's fallback serves index.html for any of them.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

export function navigate(url: string, replace = false): void {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  listeners.forEach((l) => l());
  if (!new URL(url, location.origin).searchParams.has('span')) window.scrollTo(0, 0);
}

window.addEventListener('popstate', () => listeners.forEach((l) => l()));

export interface Location {
  path: string;
  query: URLSearchParams;
  href: string;
}

export function useLocation(): Location {
  const [, force] = useState(0);
  useEffect(() => {
    const listener = () => force((n) => n + 1);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return { path: location.pathname, query: new URLSearchParams(location.search), href: location.pathname + location.search };
}

/** Follows same-site links inside the app without reloading; modified clicks open as the browser would. */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.target as Element | null;
    const anchor = target?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const href = anchor.getAttribute('href');
    if (!href || !href.startsWith('/') || href.startsWith('//') || href.startsWith('/api/')) return;
    event.preventDefault();
    navigate(href);
  });
}

/** The URL with some query parameters set (undefined or '' removes one); the cursor is always dropped. */
export function withQuery(loc: Location, changes: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams(loc.query);
  q.delete('cursor');
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || v === null || v === '') q.delete(k);
    else q.set(k, String(v));
  }
  const s = q.toString();
  return loc.path + (s ? `?${s}` : '');
}
