import { MAX_QUERY_LENGTH } from '../../../contracts/knowledge-search';
import {
  ENTRY_KINDS,
  EVIDENCE_LEVELS,
  KNOWLEDGE_LANGUAGES,
  REGIONS,
  TARGET_GROUPS,
  THEMES,
} from '../../../contracts/knowledge-taxonomy';

/** The facets of a search, in the order the page shows them, with the codes each may hold. */
export const FACETS = {
  theme: THEMES,
  targetGroup: TARGET_GROUPS,
  region: REGIONS,
  evidenceLevel: EVIDENCE_LEVELS,
  kind: ENTRY_KINDS,
  entryLanguage: KNOWLEDGE_LANGUAGES,
} as const;
export type FacetName = keyof typeof FACETS;
export const FACET_NAMES = Object.keys(FACETS) as FacetName[];

/** What a reader asks for: the words, the ticked facet values, the page. All of it lives in the address. */
export interface LibrarySearch {
  q: string;
  filters: Record<FacetName, string[]>;
  page: number;
}

const MAX_PAGE = 500;

/**
 * The search an address holds. Values no facet knows (an old or hand-made link) are dropped rather
 * than sent, so that a shared link never turns into a 400 for its reader.
 */
export function searchOf(params: URLSearchParams): LibrarySearch {
  const filters = {} as Record<FacetName, string[]>;
  for (const facet of FACET_NAMES) {
    const known: readonly string[] = FACETS[facet];
    filters[facet] = [...new Set(params.getAll(facet).filter((value) => known.includes(value)))];
  }
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    filters,
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/** The address's query string for a search: only what is set, so that links stay short. */
export function searchParamsOf(search: LibrarySearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  for (const facet of FACET_NAMES) for (const value of search.filters[facet]) params.append(facet, value);
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

/** The search with one facet value ticked or unticked, back on the first page. */
export function toggleFilter(search: LibrarySearch, facet: FacetName, value: string): LibrarySearch {
  const current = search.filters[facet];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  return { ...search, filters: { ...search.filters, [facet]: next }, page: 1 };
}

export function withoutFilters(search: LibrarySearch): LibrarySearch {
  return { q: search.q, filters: searchOf(new URLSearchParams()).filters, page: 1 };
}

export function hasFilters(search: LibrarySearch): boolean {
  return FACET_NAMES.some((facet) => search.filters[facet].length > 0);
}

/**
 * The API's query string for a search (SearchQuery of knowledge-search.ts): the reader's `language`
 * chooses the translation each hit shows and how the words are read.
 */
export function apiQueryString(search: LibrarySearch, language: string, extra: Record<string, string> = {}) {
  const params = searchParamsOf(search);
  params.set('language', language);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

/** A search of one facet value alone, as the home page's theme links make. */
export function searchFor(facet: FacetName, value: string): string {
  const search = searchOf(new URLSearchParams());
  search.filters[facet] = [value];
  return searchParamsOf(search).toString();
}
