import { type SQL, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm/relations';
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
  /** Holds one connection for raw SQL scripts. */
  unsafeRawSession<T>(work: (session: RawSession) => Promise<T>): Promise<T>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The transaction helpers shared by both drivers, built on the driver's query builder. */
export function scopedTransactions(
  orm: Orm,
): Pick<Database, 'withTenant' | 'withoutTenant' | 'unsafeAsOwner'> {
  // Both settings are transaction-local (set_config's third argument), so a pooled connection
  // returns to the pool as it came, whether the transaction commits or rolls back.
  const asApp = <T>(tenantId: string, work: (tx: Tx) => Promise<T>) =>
    orm.transaction(async (tx) => {
      await tx.execute(
        sql`select set_config('app.tenant_id', ${tenantId}, true), set_config('role', ${APP_ROLE}, true)`,
      );
      return work(tx);
    });
  return {
    withTenant(tenantId, work) {
      if (!UUID.test(tenantId)) throw new TypeError('withTenant needs a tenant id (a UUID)');
      return asApp(tenantId, work);
    },
    withoutTenant: (work) => asApp('', work),
    unsafeAsOwner: (work) => orm.transaction(work),
  };
}

/**
 * The rows of a hand-written SQL query. Both drivers answer `execute` with `{ rows }`; the shared
 * query-builder type cannot say so, hence this one typed place.
 */
export async function queryRows<Row extends Record<string, unknown>>(tx: Tx, query: SQL): Promise<Row[]> {
  return ((await tx.execute(query)) as unknown as { rows: Row[] }).rows;
}
