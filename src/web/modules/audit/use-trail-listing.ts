import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { type TrailListKind, useTrailPage } from './audit-api';
import {
  type AuditFilterValues,
  apiQueryOf,
  checkFilters,
  type FilterField,
  filtersFromSearchParams,
  hasProblems,
  searchParamsOf,
} from './audit-filters';

/**
 * A list of trail entries driven by the page's address: the filters come from the query string, the
 * pages go back through the cursors seen so far (the API pages by cursor, newest first). A new search
 * starts again at the first page.
 */
export function useTrailListing(kind: TrailListKind, fields: readonly FilterField[]) {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromSearchParams(params);
  const problems = checkFilters(filters, fields);
  const valid = !hasProblems(problems);
  const query = valid ? apiQueryOf(filters, fields).toString() : '';

  // The cursors of the pages after the first, in order; reset whenever the search changes.
  const [paging, setPaging] = useState({ query, cursors: [] as string[] });
  if (paging.query !== query) setPaging({ query, cursors: [] });
  const cursors = paging.query === query ? paging.cursors : [];
  const cursor = cursors.at(-1) ?? null;

  const page = useTrailPage(kind, query, cursor, valid);

  return {
    filters,
    /** Changes with the address's filters: the form is drawn anew for another search. */
    filtersKey: searchParamsOf(filters).toString(),
    problems,
    valid,
    query,
    page,
    /** 1 for the newest entries. */
    pageNumber: cursors.length + 1,
    older: () => {
      const next = page.isPlaceholderData ? null : page.data?.nextCursor;
      if (next) setPaging({ query, cursors: [...cursors, next] });
    },
    newer: () => setPaging({ query, cursors: cursors.slice(0, -1) }),
    /** Searches with these filters: a new address, or the same search asked again from its first page. */
    search: (values: AuditFilterValues) => {
      const next = searchParamsOf(values);
      if (next.toString() === searchParamsOf(filters).toString()) {
        if (cursors.length > 0) setPaging({ query, cursors: [] });
        else void page.refetch();
        return;
      }
      setParams(next);
    },
  };
}

export type TrailListing = ReturnType<typeof useTrailListing>;
