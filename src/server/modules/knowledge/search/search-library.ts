import { type SQL, sql } from 'drizzle-orm';
import {
  SEARCH_PAGE_SIZE,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from '../../../../contracts/knowledge-search.ts';
import type { KnowledgeLanguage } from '../../../../contracts/knowledge-taxonomy.ts';
import { queryRows, type Tx } from '../../../platform/db/database.ts';
import { type LibraryReader, visibleTo } from '../public/library-reader.ts';
import { facetCounts, filtersExcept, presentFacets, type SearchFilters } from './facets.ts';
import { chineseHighlight, headlineOf } from './highlight.ts';
import { type Matching, matchedEntries, normaliseQuery } from './query-reading.ts';
import { logSearch } from './search-log.ts';
import { type HitRow, presentHit, SUMMARY_COLUMNS, shownTranslation } from './summary-row.ts';
import { correctQuery } from './typo-correction.ts';

// The library's search, for a signed-in reader (withAccess's transaction) and for anyone (a
// transaction without a tenant): the same query, narrowed by `visibleTo(reader)`. One statement
// finds the matching entries the reader may see, counts them and their facets, and returns the page
// with each hit's shown translation and highlight; a second runs only when the query found almost
// nothing (typo correction).

/** Below this many results, the query's words are corrected and the query run again. */
const FEW_RESULTS = 3;
/** Below this many (a page of five), a query of several words is run again with any of its words. */
const ENOUGH_RESULTS = 5;
/** The reader's language when the request names none. */
export const DEFAULT_SEARCH_LANGUAGE: KnowledgeLanguage = 'en';

export interface SearchOutcome {
  result: SearchResult;
  /** The query as run (the corrected one when it was corrected), empty when browsing. */
  query: string;
}

interface Page {
  limit: number;
  offset: number;
}

interface Found {
  total: number;
  hits: SearchHit[];
  facets: SearchResult['facets'];
}

/** The matching entries the reader may see, as the `visible` rows the filters and facets read. */
function visibleRows(
  reader: LibraryReader,
  query: string,
  language: KnowledgeLanguage,
  matching: Matching,
): SQL {
  if (query === '')
    return sql`select ${SUMMARY_COLUMNS},
                      array(select t.language from knowledge_translations t where t.entry_id = knowledge_entries.id) as languages,
                      0::float8 as score
                 from knowledge_entries where ${visibleTo(reader)}`;
  // A match carries its entry's languages from the index (migration 0016).
  return sql`select ${SUMMARY_COLUMNS}, m.languages, m.score
               from (${matchedEntries(reader, query, language, matching)}) m
               join knowledge_entries on knowledge_entries.id = m.entry_id
              where ${visibleTo(reader)}`;
}

/** One run of a query: total, the page of hits, and the facets. */
async function find(
  tx: Tx,
  reader: LibraryReader,
  query: string,
  filters: SearchFilters,
  language: KnowledgeLanguage,
  page: Page,
  matching: Matching = 'all',
): Promise<Found> {
  const highlight = query === '' ? sql`null::text` : headlineOf(query);
  const order = sql`score desc, published_at desc nulls last, id`;
  const [row] = await queryRows<{ total: number; hits: HitRow[] | null; facets: FacetRow[] | null }>(
    tx,
    sql`with visible as materialized (${visibleRows(reader, query, language, matching)}),
             filtered as (select * from visible v where ${filtersExcept(filters)}),
             page as (select * from filtered order by ${order} limit ${page.limit} offset ${page.offset})
        select (select count(*)::int from filtered) as total,
               (select json_agg(h order by h.score desc, h.published_at desc nulls last, h.id)
                  from (select p.*, t.language as shown_language, t.title, t.summary, ${highlight} as highlight
                          from page p
                          left join lateral (${shownTranslation(sql`p`, language)}) t on true) h) as hits,
               (select json_agg(c) from (${facetCounts(filters)}) c) as facets`,
  );
  const hits = (row?.hits ?? []).map((hit) => {
    const presented = presentHit(hit);
    if (query !== '' && hit.shown_language === 'zh') {
      const marked = chineseHighlight(hit.summary ?? '', query);
      return marked === null ? presented : { ...presented, highlight: marked };
    }
    return presented;
  });
  return { total: row?.total ?? 0, hits, facets: presentFacets(row?.facets ?? []) };
}

type FacetRow = { facet: string; value: string; count: number };

/**
 * Searches the library as `reader`. Without a query: the filtered collection, newest published
 * first. A query that found fewer than three entries is corrected word by word against the public word list (typo-correction.ts)
 * and run again; the corrected query is kept when it finds more. A query of several words that
 * still found fewer than five is run with any of its words (those with all of them first). `limit` overrides the page (export).
 * Every search with a query is logged, unless `log` is false (an export repeats a search) (search-log.ts), in this transaction.
 */
export async function searchLibrary(
  tx: Tx,
  reader: LibraryReader,
  request: SearchQuery,
  options: { limit?: number; log?: boolean } = {},
): Promise<SearchOutcome> {
  const typed = normaliseQuery(request.q);
  const language = request.language ?? DEFAULT_SEARCH_LANGUAGE;
  const pageNumber = request.page ?? 1;
  const pageSize = request.pageSize ?? SEARCH_PAGE_SIZE.default;
  const page =
    options.limit === undefined
      ? { limit: pageSize, offset: (pageNumber - 1) * pageSize }
      : { limit: options.limit, offset: 0 };
  // Every parameterised query is a named prepared statement (platform/db/prepared-statements.ts),
  // which PostgreSQL plans generically after five runs; a search's best plan depends on its words
  // (how many rows each index finds), and the generic plan ranked every row of the index: seconds
  // instead of milliseconds on 10,000 entries. Plans for this transaction's values only.
  await tx.execute(sql`select set_config('plan_cache_mode', 'force_custom_plan', true)`);
  let query = typed;
  let found = await find(tx, reader, typed, request, language, page);
  let correctedQuery: string | null = null;
  if (typed !== '' && found.total < FEW_RESULTS) {
    const corrected = await correctQuery(tx, typed, language);
    if (corrected !== null) {
      const second = await find(tx, reader, corrected, request, language, page);
      if (second.total > found.total) {
        found = second;
        query = corrected;
        correctedQuery = corrected;
      }
    }
  }
  if (query.includes(' ') && found.total < ENOUGH_RESULTS) {
    const anyWord = await find(tx, reader, query, request, language, page, 'any');
    if (anyWord.total > found.total) found = anyWord;
  }
  if (typed !== '' && options.log !== false) logSearch(reader, typed, language, found.total);
  return {
    query,
    result: {
      total: found.total,
      page: options.limit === undefined ? pageNumber : 1,
      pageSize: options.limit ?? pageSize,
      hits: found.hits,
      facets: found.facets,
      correctedQuery,
    },
  };
}
