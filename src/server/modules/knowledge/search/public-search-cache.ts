import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { SEARCH_PAGE_SIZE, type SearchQuery, SearchResult } from '../../../../contracts/knowledge-search.ts';
import { queryRows, runAtCommit, type Tx } from '../../../platform/db/database.ts';
import { ANYONE } from '../public/library-reader.ts';
import { FACETS } from './facets.ts';
import { normaliseQuery } from './query-reading.ts';
import { DEFAULT_SEARCH_LANGUAGE, searchLibrary } from './search-library.ts';
import { loggedQuery, searchLogInsert } from './search-log.ts';

// The public search, answered from the cache of migration 0017 when the public library has not
// changed since the same request was last answered. The cache lives in the database (application
// processes keep no state), keyed by the request as the search reads it, under the library's
// generation, which every change a signed-out reader could notice moves on in its own transaction.
// Only this transaction, without a tenant, writes answers (the table's policy refuses a tenant's),
// so a signed-in member's answer, which may hold restricted entries, is never kept.

/** How long an answer is kept at most, whatever the generation: what bounds the table's size. */
export const CACHE_LIFETIME = '10 minutes';
/** Old answers taken away by each new one, at most: a little pruning per miss, never a long one. */
const PRUNED_PER_ANSWER = 50;
/**
 * The most answers kept at once (tens of kilobytes each): a flood of distinct requests fills the
 * cache up to here and is then answered uncached until answers expire, never grows the table further.
 */
export const MAX_KEPT_ANSWERS = 5000;
/**
 * The shape of an answer (the contract's schema, hashed): part of every key, so that after a change
 * of the response's shape no process serves an answer written in the old one.
 */
const ANSWER_SHAPE = createHash('sha256').update(JSON.stringify(SearchResult)).digest('hex').slice(0, 16);

/**
 * The request as the search reads it, hashed: the query normalised as it is run, the defaults
 * written out, each filter's values deduplicated and sorted. Two requests with the same key get the
 * same answer.
 */
export function cacheKey(request: SearchQuery): string {
  const filters = FACETS.map((facet) => [facet, [...new Set((request[facet] ?? []).map(String))].sort()]);
  const read = {
    shape: ANSWER_SHAPE,
    q: normaliseQuery(request.q),
    language: request.language ?? DEFAULT_SEARCH_LANGUAGE,
    page: request.page ?? 1,
    pageSize: request.pageSize ?? SEARCH_PAGE_SIZE.default,
    filters,
  };
  return createHash('sha256').update(JSON.stringify(read)).digest('hex');
}

/**
 * Searches the public library for a reader without a session, in a transaction without a tenant,
 * and answers with the response body: the kept one when there is one for this request and
 * generation, else the search (searchLibrary) serialised by `serialise` (the route's response schema),
 * kept with the commit. Either way the search is logged. The transaction commits without waiting
 * for the disk: it writes only the search log and the cache, whose last moments a crash may lose
 * without harm (no audit entry is written here).
 */
export async function searchPublicLibrary(
  tx: Tx,
  request: SearchQuery,
  serialise: (result: SearchResult) => string,
): Promise<string> {
  const key = cacheKey(request);
  const query = normaliseQuery(request.q);
  const language = request.language ?? DEFAULT_SEARCH_LANGUAGE;
  // The generation is read before the search, so an answer is never kept under a newer one. A kept
  // answer is logged by the same statement; a search run below logs itself.
  const logged = loggedQuery(query);
  const logKept =
    logged === ''
      ? sql``
      : sql`, logged as (${searchLogInsert(ANYONE, logged, language, sql`select total from kept where total is not null`)})`;
  const [kept] = await queryRows<{ generation: string; answer: string | null; total: number | null }>(
    tx,
    sql`with kept as (
          select g.generation, c.answer, c.total
            from knowledge_search_generation g
            left join knowledge_search_cache c
              on c.key = ${key} and c.generation = g.generation
             and c.cached_at > now() - ${CACHE_LIFETIME}::interval)${logKept}
        select set_config('synchronous_commit', 'off', true) as commit_mode,
               generation::text as generation, answer, total
          from kept`,
  );
  if (!kept) throw new Error('the knowledge search generation row is missing (migration 0017)');
  if (kept.answer !== null) return kept.answer;
  const { result } = await searchLibrary(tx, ANYONE, request);
  const answer = serialise(result);
  const generation = sql`${kept.generation}::bigint`;
  // Pruning skips rows another search holds, so that two misses never wait on each other, and this
  // request's own row, which the insert replaces (a statement may not touch a row twice). A full
  // cache keeps no new answer (the count sees the table before this statement's pruning).
  runAtCommit(
    sql`with pruned as (
          delete from knowledge_search_cache
           where key in (select key from knowledge_search_cache
                          where (generation < ${generation} or cached_at <= now() - ${CACHE_LIFETIME}::interval)
                            and key <> ${key}
                          limit ${PRUNED_PER_ANSWER} for update skip locked))
        insert into knowledge_search_cache (key, generation, answer, total)
        select ${key}, ${generation}, ${answer}, ${result.total}
         where (select count(*) from knowledge_search_cache) < ${MAX_KEPT_ANSWERS}
        on conflict (key) do update
          set generation = excluded.generation, answer = excluded.answer, total = excluded.total,
              cached_at = excluded.cached_at
          where knowledge_search_cache.generation <= excluded.generation`,
  );
  return answer;
}
