/**
 * The library's web addresses, for links between the reader's screens (this module) and the
 * contributor's and editor's (knowledge-contribute, knowledge-review).
 */
export const LIBRARY_ROUTES = {
  home: '/library',
  /** The search, with its query string (from `searchParamsOf`) when given. */
  search: (queryString = '') => (queryString ? `/library/search?${queryString}` : '/library/search'),
  /** An entry; `lang` fixes the translation shown, whatever the interface language. */
  entry: (id: string, lang?: string) =>
    `/library/entries/${encodeURIComponent(id)}${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`,
  edit: (id: string) => `/library/entries/${encodeURIComponent(id)}/edit`,
  translate: (id: string) => `/library/entries/${encodeURIComponent(id)}/translate`,
  review: (id: string) => `/library/review/${encodeURIComponent(id)}`,
  contribute: '/library/contribute',
} as const;
