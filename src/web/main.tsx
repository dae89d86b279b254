import { render } from 'preact';
import { Layout } from './components/Layout';
import { ArticlePage } from './pages/ArticlePage';
import { EntityPage } from './pages/EntityPage';
import { ClaimsPage, EntitiesPage, EventsPage, NetworkPage, QuotesPage, StatsPage } from './pages/ListPages';
import { SearchPage } from './pages/SearchPage';
import { TimelinePage } from './pages/TimelinePage';
import { interceptLinks, useLocation } from './router';
import './styles.css';

/** Routes: each UI path has its JSON twin at the same path under /api. */
function App() {
  const { path } = useLocation();
  let m: RegExpExecArray | null;
  if (path === '/') return <SearchPage />;
  if ((m = /^\/articles\/([^/]+)$/.exec(path))) return <ArticlePage id={decodeURIComponent(m[1])} />;
  if ((m = /^\/entities\/(\d+)\/timeline$/.exec(path))) return <TimelinePage key={m[1]} id={m[1]} />;
  if ((m = /^\/entities\/(\d+)$/.exec(path))) return <EntityPage key={m[1]} id={m[1]} />;
  if (path === '/entities') return <EntitiesPage />;
  if (path === '/events') return <EventsPage />;
  if (path === '/quotes') return <QuotesPage />;
  if (path === '/claims') return <ClaimsPage />;
  if (path === '/network') return <NetworkPage />;
  if (path === '/stats') return <StatsPage />;
  return <Layout title="Not found"><p>There is no page at this address. <a href="/">Search</a> instead.</p></Layout>;
}

const root = document.getElementById('app')!;
interceptLinks(root);
render(<App />, root);
