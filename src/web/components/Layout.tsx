import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { navigate, useLocation } from '../router';

const NAV: [string, string][] = [['/', 'Search'], ['/entities', 'Entities'], ['/events', 'Events'], ['/quotes', 'Quotes'], ['/claims', 'Claims'], ['/network', 'Network'], ['/stats', 'Stats']];

/** The JSON twin of a UI address: the same path under /api (the search page's twin is the article list). */
export function jsonTwin(path: string, search: string): string {
  return (path === '/' ? '/api/articles' : `/api${path}`) + search;
}

export function Layout({ title, children }: { title: string; children: ComponentChildren }) {
  const loc = useLocation();
  useEffect(() => {
    document.title = `${title} · Dateline`;
  }, [title]);
  const twin = jsonTwin(loc.path, location.search);
  return (
    <>
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <a class="brand" href="/">Dateline</a>
        <nav aria-label="Sections">
          {NAV.map(([href, label]) => (
            <a href={href} aria-current={(href === '/' ? loc.path === '/' : loc.path.startsWith(href)) ? 'page' : undefined}>{label}</a>
          ))}
        </nav>
        <form class="quick" role="search" onSubmit={(e) => {
          e.preventDefault();
          const q = new FormData(e.currentTarget).get('q');
          navigate(`/?q=${encodeURIComponent(String(q ?? ''))}`);
        }}>
          <input name="q" type="search" placeholder="Search articles" aria-label="Search articles" />
        </form>
        <a class="twin" href={twin} title="This page's data as JSON" data-testid="json-twin">JSON</a>
      </header>
      <main id="main" tabIndex={-1}>
        <h1>{title}</h1>
        {children}
      </main>
    </>
  );
}

export function Loading({ error, loading }: { error: string | null; loading: boolean }) {
  if (error) return <p class="error" role="alert">{error}</p>;
  if (loading) return <p class="muted" aria-live="polite">Loading…</p>;
  return null;
}

export function More({ next, loading, onMore }: { next: string | null; loading: boolean; onMore: () => void }) {
  if (!next) return null;
  return <button class="more" type="button" disabled={loading} onClick={onMore}>{loading ? 'Loading…' : 'Show more'}</button>;
}
