import { type SQL, sql } from 'drizzle-orm';
import type { KnowledgeLanguage } from '../../../../contracts/knowledge-taxonomy.ts';
import { type Database, queryRows, runAtCommit, type Tx } from '../../../platform/db/database.ts';
import { findPersonalData } from '../personal-data/check.ts';
import type { LibraryReader } from '../public/library-reader.ts';

/** The longest query the log keeps (the column's CHECK). */
const LOGGED_LENGTH = 200;

/** Capitalised words: "mr haddad" or "MR HADDAD" read as "Mr Haddad", as the check's titles are written. */
const capitalised = (text: string) =>
  text
    .toLocaleLowerCase()
    .replace(
      /(^|[\s(])(\p{Ll})/gu,
      (_, before: string, letter: string) => before + letter.toLocaleUpperCase(),
    );

/** Whether the personal-data check flags the query as typed, or its words capitalised (readers type in lower case). */
const looksPersonal = (query: string) =>
  findPersonalData(query).length > 0 || findPersonalData(capitalised(query)).length > 0;

/**
 * A query as the log keeps it: trimmed, lower case, at most 200 characters. Empty: not logged, which
 * is also the fate of a query the personal-data check flags (a name with a title, an identity or
 * case number, a date of birth, an e-mail or phone): the editors of every tenant read the public
 * searches, and someone looking up a person in custody must not leave that person's name there.
 */
export function loggedQuery(query: string): string {
  if (looksPersonal(query)) return '';
  return [...query.trim().toLocaleLowerCase()].slice(0, LOGGED_LENGTH).join('').trim();
}

/**
 * Logs a search for the editors' statistics (what is searched and not found): the query, the
 * reader's language and the number of results, with the reader's tenant, or none for a search
 * without signing in (the insert policy accepts a null tenant only in a transaction without one).
 * Never who asked. Sent with the commit of the search's own transaction (runAtCommit), so it
 * costs no round trip of its own and is not kept if the search fails.
 */
export function logSearch(
  reader: LibraryReader,
  query: string,
  language: KnowledgeLanguage,
  resultCount: number,
): void {
  const logged = loggedQuery(query);
  if (logged === '') return;
  runAtCommit(searchLogInsert(reader, logged, language, sql`values (${resultCount}::int)`));
}

/**
 * The insert of log rows for `logged` (a loggedQuery, not empty), one per row of `counts`, an SQL
 * query giving the number of results as its one column (`values (n)`, or a select): a statement
 * of its own, or part of one (a search answered from the cache logs in the statement that reads it).
 */
export function searchLogInsert(
  reader: LibraryReader,
  logged: string,
  language: KnowledgeLanguage,
  counts: SQL,
): SQL {
  const tenant = reader.kind === 'member' ? sql`${reader.tenantId}::uuid` : sql`null::uuid`;
  return sql`insert into knowledge_search_log (tenant_id, query, language, result_count)
             select ${tenant}, ${logged}, ${language}, c.count from (${counts}) as c (count)`;
}

/**
 * Removes the searches logged before `before`: the public ones (in a transaction without a tenant)
 * and each tenant's (in its own; the log's policy lets each delete only its rows). Returns how many.
 */
export async function forgetSearchesBefore(
  db: Database,
  tenantIds: readonly string[],
  before: Date,
): Promise<number> {
  const forget = async (tx: Tx) =>
    (
      await queryRows<{ id: string }>(
        tx,
        sql`delete from knowledge_search_log where searched_at < ${before.toISOString()}::timestamptz returning id`,
      )
    ).length;
  let forgotten = await db.withoutTenant(forget);
  for (const tenantId of tenantIds) forgotten += await db.withTenant(tenantId, forget);
  return forgotten;
}
