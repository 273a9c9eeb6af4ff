/** The addresses of the contributors' and editors' screens (app/routes.tsx). */
export const LIBRARY_WORK_ROUTES = {
  contribute: '/library/contribute',
  mine: '/library/mine',
  edit: (id: string) => `/library/entries/${encodeURIComponent(id)}/edit`,
  translate: (id: string, language?: string) =>
    `/library/entries/${encodeURIComponent(id)}/translate${language ? `?language=${encodeURIComponent(language)}` : ''}`,
  entry: (id: string) => `/library/entries/${encodeURIComponent(id)}`,
  queue: '/library/review',
  review: (id: string) => `/library/review/${encodeURIComponent(id)}`,
  statistics: '/library/statistics',
  import: '/library/import',
} as const;
