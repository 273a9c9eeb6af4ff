import { AsyncLocalStorage } from 'node:async_hooks';
import { SQL, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm/relations';
import { currentOpeningCheck, type OpeningCheck, OpeningCheckFailed, sqlStateOf } from './opening-check.ts';
import type { schema } from './schema.ts';

type Schema = typeof schema;
/** The query builder, the same type whichever database is behind it. */
export type Orm = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handed to repositories; they never open their own. */
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/** The database role every request runs as: no superuser, no ownership, no BYPASSRLS. */
export const APP_ROLE = 'pathways_app';

/** One connection held for raw SQL scripts: migrations and maintenance only. */
export interface RawSession {
  exec(script: string): Promise<void>;
  query<Row extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction as the application role with `app.tenant_id` set to the tenant. */
  withTenant<T>(tenantId: string, work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs `work` in one transaction as the application role with no tenant: tenant-owned rows are invisible. */
  withoutTenant<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Runs `work` as the connecting (owning) user, outside row-level security. Only for platform
   * operations that act across tenants (migrations, creating tenants, seeding); never for a request.
   */
  unsafeAsOwner<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * One statement on its own, outside any transaction, as the connecting role: only for database
   * functions that set the tenant and the application role themselves (`app_resolve_session`), so
   * that a hot path costs one round trip instead of a transaction's four or more.
   */
  statement<Row extends Record<string, unknown>>(query: SQL): Promise<Row[]>;
  /** Holds one connection for raw SQL scripts. */
  unsafeRawSession<T>(work: (session: RawSession) => Promise<T>): Promise<T>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the transaction running in this async context asked of its commit. */
export interface CommitRequests {
  /** Make it durable after the commit (see flushAfterCommit). */
  flush: boolean;
  /** Statements to send with the commit (see runAtCommit). */
  atCommit: CommitStatement[];
}

const commitRequests = new AsyncLocalStorage<CommitRequests>();

function currentCommitRequests(caller: string): CommitRequests {
  const requests = commitRequests.getStore();
  if (!requests)
    throw new Error(`${caller} needs a transaction opened by withTenant, withoutTenant or unsafeAsOwner`);
  return requests;
}

/**
 * Says that the current transaction commits without waiting for the disk (the audit chain's commit
 * does, so as not to hold the tenant's chain head through a flush: migration 0005), so the
 * transaction helpers must make it durable after the commit, before they return and the request is
 * answered.
 */
export function flushAfterCommit(): void {
  currentCommitRequests('flushAfterCommit').flush = true;
}

/**
 * Runs `query` as the last statement of the current transaction, just before COMMIT and, on
 * PostgreSQL, in the same round trip. Its failure fails the commit, and the transaction rolls back.
 * For appends that nothing in the transaction reads back (audit entries). It belongs to the
 * transaction, not to a savepoint: a savepoint rolled back does not take it back.
 */
export function runAtCommit(query: CommitStatement): void {
  currentCommitRequests('runAtCommit').atCommit.push(query);
}

/**
 * A statement already in the driver's terms: text with `$1`, `$2`… and their values. For a hot
 * statement whose text never changes (the audit entry's), so that no query builder runs per request.
 */
export interface BoundStatement {
  readonly text: string;
  readonly params: readonly unknown[];
}

export type CommitStatement = SQL | BoundStatement;

/** The statement as the query builder's SQL, for drivers that only run that (PGlite's). */
export function builderStatement(query: CommitStatement): SQL {
  if (query instanceof SQL) return query;
  // Text and placeholders alternate: "a $1 b $2 c" splits into a, 1, b, 2, c.
  const pieces = query.text.split(/\$(\d+)/);
  return sql.join(
    pieces.map((piece, index) =>
      index % 2 === 0 ? sql.raw(piece) : sql.param(query.params[Number(piece) - 1]),
    ),
    sql.raw(''),
  );
}

/**
 * How a driver runs one transaction: `scope` is the transaction-local setup (tenant and role, then
 * the request's opening check when it owes one) as SQL statements with only literals in them, empty
 * for the owner's transactions; `scoped` is called once they have all run without error;
 * `requests` is filled in by the work (flushAfterCommit, runAtCommit) and honoured at its commit.
 */
export type TransactionRunner = <T>(
  scope: readonly string[],
  work: (tx: Tx) => Promise<T>,
  requests: CommitRequests,
  scoped: () => void,
) => Promise<T>;

/**
 * The portable runner, on the query builder's own transactions: the scope's statements first, the
 * statements asked for at commit after the work, and after the commit, if asked, a
 * one-statement transaction that commits synchronously, which flushes the write-ahead log up to
 * its own commit and so past every commit before it.
 */
export function builderTransactions(orm: Orm): TransactionRunner {
  return async (scope, work, requests, scoped) => {
    const result = await orm.transaction(async (tx) => {
      for (const statement of scope) await tx.execute(sql.raw(statement));
      scoped();
      const value = await work(tx);
      for (const query of requests.atCommit) await tx.execute(builderStatement(query));
      return value;
    });
    if (requests.flush) await orm.execute(sql.raw(FLUSH));
    return result;
  };
}

/**
 * A one-statement transaction that commits synchronously: the log is on disk up to here after it.
 *
 * It must write to the log to be flushed at all. PostgreSQL commits a transaction that wrote nothing
 * to the log without waiting for the disk, even with an id assigned, so the statement used until
 * 2026-11-29, `select pg_current_xact_id()`, flushed nothing (commit-requests.test.ts now checks the
 * log's flush position). A transactional logical-decoding message is the smallest write the
 * application's own roles may make: a few dozen bytes of log per audited request. Standbys replay
 * it like any record; logical replication slots decode it, and change-capture tools that pass such
 * messages on show it under the prefix `pathways.flush` (filter it out there). The flush relies on
 * the server committing synchronously by default (`synchronous_commit` not turned off for the
 * database or role Pathways connects as).
 */
export const FLUSH = "select pg_logical_emit_message(true, 'pathways.flush', '')";

/**
 * The tenant and role settings of an application transaction, as one statement. Both are
 * transaction-local (set_config's third argument), so a pooled connection returns to the pool as
 * it came, whether the transaction commits or rolls back. The tenant id is a checked UUID (or
 * empty), so writing it as a literal is safe, and lets a driver send it along with BEGIN.
 */
function scopeStatement(tenantId: string): string {
  if (tenantId !== '' && !UUID.test(tenantId)) throw new TypeError('a tenant id must be a UUID');
  return `select set_config('app.tenant_id', '${tenantId}', true), set_config('role', '${APP_ROLE}', true)`;
}

/** The transaction helpers shared by both drivers, on the driver's way of running a transaction. */
export function scopedTransactions(
  orm: Orm,
  run: TransactionRunner,
): Pick<Database, 'withTenant' | 'withoutTenant' | 'unsafeAsOwner' | 'statement'> {
  const inTransaction = <T>(scope: readonly string[], work: (tx: Tx) => Promise<T>, check?: OpeningCheck) => {
    const requests: CommitRequests = { flush: false, atCommit: [] };
    const scoped = () => check?.passed();
    const running = commitRequests.run(requests, () => run(scope, work, requests, scoped));
    if (!check) return running;
    return running.catch((error: unknown) => {
      if (sqlStateOf(error) === check.failureCode) check.failed();
      throw error;
    });
  };
  /**
   * In a request that owes an opening check: a transaction in the check's tenant carries it until it
   * has passed; any other waits until it has passed on its own. Every one is tracked, so that the
   * request's outcome is decided once all have finished.
   */
  const checked = async <T>(tenantId: string | null, scope: string[], work: (tx: Tx) => Promise<T>) => {
    const check = currentOpeningCheck();
    if (!check) return inTransaction(scope, work);
    return check.track(
      (async () => {
        if (check.hasPassed()) return inTransaction(scope, work);
        if (check.tenantId === tenantId) return inTransaction([...scope, check.statement], work, check);
        await check.confirm();
        if (!check.hasPassed()) throw new OpeningCheckFailed("the request's opening check failed");
        return inTransaction(scope, work);
      })(),
    );
  };
  return {
    withTenant(tenantId, work) {
      if (!UUID.test(tenantId)) throw new TypeError('withTenant needs a tenant id (a UUID)');
      return checked(tenantId, [scopeStatement(tenantId)], work);
    },
    withoutTenant: (work) => checked(null, [scopeStatement('')], work),
    unsafeAsOwner: (work) => checked(null, [], work),
    statement: async <Row extends Record<string, unknown>>(query: SQL) =>
      ((await orm.execute(query)) as unknown as { rows: Row[] }).rows,
  };
}

/**
 * The rows of a hand-written SQL query. Both drivers answer `execute` with `{ rows }`; the shared
 * query-builder type cannot say so, hence this one typed place.
 */
export async function queryRows<Row extends Record<string, unknown>>(tx: Tx, query: SQL): Promise<Row[]> {
  return ((await tx.execute(query)) as unknown as { rows: Row[] }).rows;
}
