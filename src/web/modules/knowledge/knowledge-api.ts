import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type Entry, KNOWLEDGE_PATHS } from '../../../contracts/knowledge';
import { type LibraryHome, PUBLIC_KNOWLEDGE_PATHS } from '../../../contracts/knowledge-public';
import { SEARCH_PATHS, type SearchResult, type SimilarEntries } from '../../../contracts/knowledge-search';
import { ApiError } from '../../app/api/api-error';
import { useSession } from '../../app/session/session-query';
import { useApiClient } from '../../app/session/use-api-client';
import { apiQueryString, type LibrarySearch } from './search-params';

const ROOT = ['knowledge'] as const;

/**
 * The reader's queries. Each key holds whether the reader is signed in: the signed-in API also
 * answers restricted entries, and a sign-out must not show them from the cache (forgetSession drops
 * every `knowledge` query anyway).
 */
export const knowledgeQueryKeys = {
  all: ROOT,
  home: (signedIn: boolean, language: string) => [...ROOT, 'home', signedIn, language] as const,
  search: (signedIn: boolean, queryString: string) => [...ROOT, 'search', signedIn, queryString] as const,
  entry: (signedIn: boolean, id: string, language: string) =>
    [...ROOT, 'entry', signedIn, id, language] as const,
  similar: (signedIn: boolean, id: string, language: string) =>
    [...ROOT, 'similar', signedIn, id, language] as const,
};

/**
 * Who is reading: `true` signed in, `false` signed out (or the session could not be checked: the
 * public side holds nothing personal), `undefined` while `/me` has not answered. The library waits
 * for the answer rather than asking the public API first and the signed-in one a moment later.
 */
export function useReader(): { signedIn: boolean | undefined } {
  const session = useSession();
  if (session.data) return { signedIn: true };
  if (session.isPending) return { signedIn: undefined };
  return { signedIn: false };
}

/** An unknown entry, an unpublished one, a restricted one the reader may not see: the same 404. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** GET the library's home: `home` signed in (restricted entries counted too), `publicHome` otherwise. */
export function useLibraryHome(language: string) {
  const client = useApiClient();
  const { signedIn } = useReader();
  return useQuery({
    queryKey: knowledgeQueryKeys.home(signedIn === true, language),
    queryFn: ({ signal }) =>
      client.get<LibraryHome>(
        `${signedIn ? PUBLIC_KNOWLEDGE_PATHS.home : PUBLIC_KNOWLEDGE_PATHS.publicHome}?language=${language}`,
        { signal },
      ),
    enabled: signedIn !== undefined,
  });
}

/**
 * GET a search, signed in or public. While the next answer comes (a facet ticked), the previous one
 * stays on screen, so the list and the facets do not jump.
 */
export function useLibrarySearch(search: LibrarySearch, language: string) {
  const client = useApiClient();
  const { signedIn } = useReader();
  const queryString = apiQueryString(search, language);
  return useQuery({
    queryKey: knowledgeQueryKeys.search(signedIn === true, queryString),
    queryFn: ({ signal }) =>
      client.get<SearchResult>(
        `${signedIn ? SEARCH_PATHS.search : SEARCH_PATHS.publicSearch}?${queryString}`,
        {
          signal,
        },
      ),
    enabled: signedIn !== undefined,
    placeholderData: keepPreviousData,
  });
}

/**
 * GET one entry: the signed-in API (with the reader's actions) or the public one. `language` is the
 * interface's: related entries' titles come in it when they have it.
 */
export function useEntry(id: string, language: string) {
  const client = useApiClient();
  const { signedIn } = useReader();
  const path = signedIn ? KNOWLEDGE_PATHS.entry(id) : PUBLIC_KNOWLEDGE_PATHS.publicEntry(id);
  return useQuery({
    queryKey: knowledgeQueryKeys.entry(signedIn === true, id, language),
    queryFn: ({ signal }) => client.get<Entry>(`${path}?language=${language}`, { signal }),
    // Another interface language asks again (for the related titles) and keeps the same entry on
    // screen meanwhile; another entry never shows in its place.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[3] === id ? previous : undefined),
    enabled: signedIn !== undefined,
    // "Not found" is an answer, not a failure to retry.
    retry: false,
  });
}

/** GET "more like this" for an entry the reader has (asked only once the entry itself has arrived). */
export function useSimilarEntries(id: string, language: string, enabled: boolean) {
  const client = useApiClient();
  const { signedIn } = useReader();
  return useQuery({
    queryKey: knowledgeQueryKeys.similar(signedIn === true, id, language),
    queryFn: ({ signal }) =>
      client.get<SimilarEntries>(
        `${signedIn ? SEARCH_PATHS.similar(id) : SEARCH_PATHS.publicSimilar(id)}?language=${language}&limit=5`,
        { signal },
      ),
    enabled: enabled && signedIn !== undefined,
  });
}

/** The address of a search's export (CSV or JSON), signed-in readers only. */
export function exportHref(search: LibrarySearch, language: string, format: 'csv' | 'json'): string {
  const { page: _page, ...withoutPage } = search;
  return `${SEARCH_PATHS.export}?${apiQueryString({ ...withoutPage, page: 1 }, language, { format })}`;
}
