import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { type Database, type Orm, scopedTransactions } from './database.ts';
import { schema } from './schema.ts';

/** Connects a pool to a PostgreSQL server. */
export function postgresDatabase(
  connectionString: string,
  poolSize: number,
  onIdleError: (error: Error) => void,
): Database {
  const pool = new pg.Pool({ connectionString, max: poolSize, application_name: 'pathways' });
  // An idle client that loses its server (restart, failover) must not crash the process;
  // the next query on the pool reconnects.
  pool.on('error', onIdleError);
  const orm = drizzle({ client: pool, schema }) as unknown as Orm;
  return {
    kind: 'postgres',
    ...scopedTransactions(orm),
    async unsafeRawSession(work) {
      const client = await pool.connect();
      try {
        return await work({
          exec: async (script) => {
            await client.query(script);
          },
          query: async (text, params) => (await client.query(text, params)).rows,
        });
      } finally {
        client.release();
      }
    },
    async ping() {
      await pool.query('select 1');
    },
    async close() {
      // Closing twice is harmless, as it is for PGlite: shutdown paths may overlap.
      if (!pool.ended) await pool.end();
    },
  };
}
