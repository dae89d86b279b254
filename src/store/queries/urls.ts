/**
 * Addresses of pages in the web UI. Every object the API returns carries the `url` of the page that shows
 * it, and every UI page has its JSON twin at the same path under /api.
 */
export const uiUrl = {
  article: (id: string, span?: readonly [number, number] | null) =>
    `/articles/${encodeURIComponent(id)}${span ? `?span=${span[0]}-${span[1]}` : ''}`,
  entity: (id: number) => `/entities/${id}`,
  timeline: (id: number) => `/entities/${id}/timeline`,
  search: (q: string) => `/?q=${encodeURIComponent(q)}`,
};
