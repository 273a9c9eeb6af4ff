import { type Static, Type } from 'typebox';
import { EntrySummary, Language } from './knowledge.ts';
import {
  ENTRY_KINDS,
  EVIDENCE_LEVELS,
  KNOWLEDGE_LANGUAGES,
  REGIONS,
  TARGET_GROUPS,
  THEMES,
} from './knowledge-taxonomy.ts';

/**
 * The knowledge hub's search: full text in the six languages, ranked and highlighted, tolerant of
 * typos, with facets and filters; "more like this"; export of a result; the editors' statistics of
 * what is searched and not found. The same answer shape signed in (published entries the reader may
 * see, restricted ones included) and signed out (public entries only).
 */

export const SEARCH_PATHS = {
  search: '/api/v1/knowledge/search',
  export: '/api/v1/knowledge/search/export',
  similar: (id: string) => `/api/v1/knowledge/entries/${encodeURIComponent(id)}/similar`,
  statistics: '/api/v1/knowledge/statistics',
  publicSearch: '/api/v1/public/knowledge/search',
  publicSimilar: (id: string) => `/api/v1/public/knowledge/entries/${encodeURIComponent(id)}/similar`,
} as const;

export const SEARCH_PAGE_SIZE = { default: 20, max: 50 } as const;
/** The longest query accepted (characters). */
export const MAX_QUERY_LENGTH = 200;
/** At most this many entries in one export. */
export const MAX_EXPORT_ENTRIES = 1000;

const FilterList = <T extends readonly string[]>(codes: T) =>
  Type.Optional(
    Type.Array(Type.Enum([...codes]), {
      maxItems: codes.length,
      uniqueItems: true,
      description: 'Repeat the parameter for several values (any of them matches).',
    }),
  );

/**
 * A search. Without `q`, the filtered collection newest first. `language` is the reader's language:
 * it chooses which translation a result shows and how the query is read. Filters of one facet are
 * or-ed, different facets and-ed.
 */
export const SearchQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: MAX_QUERY_LENGTH })),
  language: Type.Optional(Language),
  theme: FilterList(THEMES),
  targetGroup: FilterList(TARGET_GROUPS),
  region: FilterList(REGIONS),
  evidenceLevel: FilterList(EVIDENCE_LEVELS),
  kind: FilterList(ENTRY_KINDS),
  /** Entries with a translation in any of these languages. */
  entryLanguage: FilterList(KNOWLEDGE_LANGUAGES),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 1 })),
  pageSize: Type.Optional(
    Type.Integer({ minimum: 1, maximum: SEARCH_PAGE_SIZE.max, default: SEARCH_PAGE_SIZE.default }),
  ),
});
export type SearchQuery = Static<typeof SearchQuery>;

const { page: _page, pageSize: _pageSize, ...filters } = SearchQuery.properties;
export const ExportQuery = Type.Object({
  ...filters,
  format: Type.Optional(Type.Enum(['csv', 'json'], { default: 'csv' })),
});
export type ExportQuery = Static<typeof ExportQuery>;

/** A count of the results with one value of a facet (after the other facets' filters). */
export const FacetCount = Type.Object({ value: Type.String(), count: Type.Integer() });
export type FacetCount = Static<typeof FacetCount>;

export const SearchHit = Type.Object({
  ...EntrySummary.properties,
  /**
   * A passage of the shown translation with the matched words between the markers
   * `HIGHLIGHT_START` and `HIGHLIGHT_END` (never HTML: the web app renders them as <mark>, the
   * rest as text). Absent without a query.
   */
  highlight: Type.Optional(Type.String()),
  /** The search rank, higher is better; 0 without a query. */
  score: Type.Number(),
});
export type SearchHit = Static<typeof SearchHit>;

/** The markers around matched words in `highlight`: private-use characters no text contains. */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_END = '\uE001';

export const SearchResult = Type.Object({
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  hits: Type.Array(SearchHit),
  facets: Type.Object({
    theme: Type.Array(FacetCount),
    targetGroup: Type.Array(FacetCount),
    region: Type.Array(FacetCount),
    evidenceLevel: Type.Array(FacetCount),
    kind: Type.Array(FacetCount),
    entryLanguage: Type.Array(FacetCount),
  }),
  /**
   * When the query as typed found nothing and a spelling close to it did, the query that was run
   * instead ("showing results for …"); null otherwise.
   */
  correctedQuery: Type.Union([Type.String(), Type.Null()]),
});
export type SearchResult = Static<typeof SearchResult>;

export const SimilarQuery = Type.Object({
  language: Type.Optional(Language),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 20, default: 5 })),
});
export type SimilarQuery = Static<typeof SimilarQuery>;

export const SimilarEntries = Type.Object({ entries: Type.Array(EntrySummary) });
export type SimilarEntries = Static<typeof SimilarEntries>;

export const StatisticsQuery = Type.Object({
  days: Type.Optional(Type.Integer({ minimum: 1, maximum: 365, default: 30 })),
});
export type StatisticsQuery = Static<typeof StatisticsQuery>;

export const QueryCount = Type.Object({
  query: Type.String(),
  language: Language,
  searches: Type.Integer(),
  /** The results of its latest search. */
  lastResultCount: Type.Integer(),
});

/** For editors: what readers look for, and what they look for and do not find. */
export const SearchStatistics = Type.Object({
  days: Type.Integer(),
  searches: Type.Integer(),
  searchesWithoutResults: Type.Integer(),
  topQueries: Type.Array(QueryCount, { maxItems: 50 }),
  notFound: Type.Array(QueryCount, {
    maxItems: 50,
    description: 'Queries that found nothing, most asked first.',
  }),
  byLanguage: Type.Array(Type.Object({ language: Language, searches: Type.Integer() })),
  entries: Type.Object({
    published: Type.Integer(),
    inReview: Type.Integer(),
    stale: Type.Integer(),
    archived: Type.Integer(),
  }),
});
export type SearchStatistics = Static<typeof SearchStatistics>;
