import { useEffect, useState } from 'preact/hooks';

export interface ApiState<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/** Fetches JSON from the API; the error is the server's own sentence when it gave one. */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

export function useApi<T>(url: string | null): ApiState<T> {
  const [state, setState] = useState<ApiState<T>>({ data: null, error: null, loading: url !== null });
  useEffect(() => {
    if (url === null) return setState({ data: null, error: null, loading: false });
    const controller = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true }));
    getJson<T>(url, controller.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (e: Error) => { if (e.name !== 'AbortError') setState({ data: null, error: e.message, loading: false }); },
    );
    return () => controller.abort();
  }, [url]);
  return state;
}

export interface Page<T> { items: T[]; next: string | null }

/** A list that grows with "Show more" (following `next`), restarting when `url` changes. */
export function usePagedList<T>(url: string | null): { items: T[]; next: string | null; error: string | null; loading: boolean; more: () => void } {
  const [items, setItems] = useState<T[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const load = (cursor: string | null, replace: boolean) => {
    if (url === null) return;
    setLoading(true);
    const sep = url.includes('?') ? '&' : '?';
    getJson<Page<T>>(cursor ? `${url}${sep}cursor=${encodeURIComponent(cursor)}` : url).then(
      (page) => {
        setItems((old) => (replace ? page.items : [...old, ...page.items]));
        setNext(page.next);
        setError(null);
        setLoading(false);
      },
      (e: Error) => {
        setError(e.message);
        setLoading(false);
      },
    );
  };
  useEffect(() => {
    setItems([]);
    setNext(null);
    load(null, true);
  }, [url]);
  return { items, next, error, loading, more: () => next && load(next, false) };
}
