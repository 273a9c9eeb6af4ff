import { sql } from 'drizzle-orm';
import type { SearchStatistics } from '../../../../contracts/knowledge-search.ts';
import type { KnowledgeLanguage } from '../../../../contracts/knowledge-taxonomy.ts';
import { queryRows, type Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';

// The editors' statistics: what readers look for, and what they look for and do not find, over the
// last `days` days; and where the tenant's own entries stand. The searches counted are those of the
// editor's tenant and those made without signing in (the public library is every tenant's shop
// window; the log's read policy shows both and nothing of other tenants). Only knowledge editors
// reach it (the route's role marking). The log holds no one's identity, so reading it is not audited.

const TOP = 50;
/**
 * A query is listed only once this many searches asked it: a name typed once (someone looking up a
 * person, which the log's check may not recognise as a name) is counted in the totals, never shown.
 */
export const LISTED_AFTER_SEARCHES = 3;

interface QueryRow extends Record<string, unknown> {
  query: string;
  language: KnowledgeLanguage;
  searches: number;
  last_result_count: number;
}

export async function searchStatistics(
  tx: Tx,
  access: AccessContext,
  days: number,
): Promise<SearchStatistics> {
  const tenant = sql`${access.actor.tenantId}::uuid`;
  const recent = sql`searched_at > now() - make_interval(days => ${days}::int)
                     and (tenant_id = ${tenant} or tenant_id is null)`;
  const grouped = (onlyNotFound: boolean) => sql`
    select query, language, count(*)::int as searches,
           (array_agg(result_count order by searched_at desc, id desc))[1] as last_result_count
      from knowledge_search_log
     where ${recent} ${onlyNotFound ? sql`and result_count = 0` : sql``}
     group by query, language
    having count(*) >= ${LISTED_AFTER_SEARCHES}
     order by count(*) desc, max(searched_at) desc, query
     limit ${TOP}`;
  const [totals] = await queryRows<{ searches: number; without: number }>(
    tx,
    sql`select count(*)::int as searches, (count(*) filter (where result_count = 0))::int as without
          from knowledge_search_log where ${recent}`,
  );
  const topQueries = await queryRows<QueryRow>(tx, grouped(false));
  const notFound = await queryRows<QueryRow>(tx, grouped(true));
  const byLanguage = await queryRows<{ language: KnowledgeLanguage; searches: number }>(
    tx,
    sql`select language, count(*)::int as searches from knowledge_search_log where ${recent}
         group by language order by count(*) desc, language`,
  );
  const [entries] = await queryRows<SearchStatistics['entries'] & Record<string, unknown>>(
    tx,
    sql`select (count(*) filter (where status in ('inspiring', 'peer_reviewed')))::int as "published",
               (count(*) filter (where status in ('in_review', 'changes_requested')))::int as "inReview",
               (count(*) filter (where status in ('inspiring', 'peer_reviewed') and stale_since is not null))::int as "stale",
               (count(*) filter (where status = 'archived'))::int as "archived"
          from knowledge_entries where tenant_id = ${tenant}`,
  );
  const present = (row: QueryRow) => ({
    query: row.query,
    language: row.language,
    searches: row.searches,
    lastResultCount: row.last_result_count,
  });
  return {
    days,
    searches: totals?.searches ?? 0,
    searchesWithoutResults: totals?.without ?? 0,
    topQueries: topQueries.map(present),
    notFound: notFound.map(present),
    byLanguage,
    entries: entries ?? { published: 0, inReview: 0, stale: 0, archived: 0 },
  };
}
