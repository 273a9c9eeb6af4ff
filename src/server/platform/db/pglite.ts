import { PGlite } from '@electric-sql/pglite';
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
    ...(directory ? { dataDir: directory } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
  });
}
