import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { builderTransactions, type Database, type Orm, scopedTransactions } from './database.ts';
import { schema } from './schema.ts';

/** Wraps an open PGlite instance (embedded PostgreSQL, one connection, in-process). */
export function pgliteDatabase(client: PGlite, onClose?: () => Promise<void>): Database {
  const orm = drizzle({ client, schema }) as unknown as Orm;
  return {
    kind: 'pglite',
    ...scopedTransactions(orm, builderTransactions(orm)),
    // PGlite is a single connection that queues work, so the instance itself is the session.
    unsafeRawSession: (work) =>
      work({
        exec: async (script) => {
          await client.exec(script);
        },
        query: async (text, params) => (await client.query<never>(text, params)).rows,
      }),
    async ping() {
      await client.query('select 1');
    },
    async close() {
      if (!client.closed) await client.close();
      await onClose?.();
    },
  };
}

/** Opens (creating if needed) the embedded database kept in `directory`. */
export async function openPglite(directory: string | undefined, loadDataDir?: Blob): Promise<PGlite> {
  return PGlite.create({
    // The contrib extensions the migrations create (`create extension`): built into PGlite's
    // package, loaded only when named here. pg_trgm: the knowledge hub's trigram search (0014).
    extensions: { pg_trgm },
    ...(directory ? { dataDir: directory } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
  });
}
