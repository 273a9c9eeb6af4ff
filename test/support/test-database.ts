import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Database } from '../../src/server/platform/db/database.ts';
import { openPglite, pgliteDatabase } from '../../src/server/platform/db/pglite.ts';
import { postgresDatabase } from '../../src/server/platform/db/postgres.ts';
import { databaseUrlFor, testDatabaseKind } from './test-database-kind.ts';

export interface TestDatabase {
  db: Database;
  /** Runs SQL as the connecting superuser, bypassing row-level security: to arrange and inspect. */
  superuser<Row extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Another pool of `size` connections on the same database (PostgreSQL only), closed by `destroy`. */
  openPool(size: number): Database;
  /** Closes the database and, on PostgreSQL, drops it. */
  destroy(): Promise<void>;
}

/** A fresh, migrated database of its own for one test file (a copy of the suite's template). */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDatabaseKind() === 'pglite') {
    const template = await readFile(inject('pgliteTemplate'));
    const client = await openPglite(undefined, new Blob([template]));
    const db = pgliteDatabase(client);
    return {
      db,
      superuser: async (text, params) => (await client.query<never>(text, params)).rows,
      openPool: () => {
        throw new Error('PGlite is one connection: there is no second pool to open');
      },
      destroy: () => db.close(),
    };
  }
  const name = `pathways_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${inject('postgresTemplate')}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrlFor(name);
  let dropping = false;
  // pool.end() resolves before its connections have closed, so the drop below can terminate one
  // that is still closing (admin_shutdown, 57P01): that is the drop, not a failure of the test.
  const onIdleError = (error: Error) => {
    if (dropping && (error as Error & { code?: string }).code === '57P01') return;
    throw error;
  };
  const db = postgresDatabase(url, 4, onIdleError);
  const extraPools: Database[] = [];
  const inspector = new pg.Pool({ connectionString: url, max: 2 });
  inspector.on('error', onIdleError);
  return {
    db,
    superuser: async (text, params) => (await inspector.query(text, params)).rows,
    openPool(size) {
      const pool = postgresDatabase(url, size, onIdleError);
      extraPools.push(pool);
      return pool;
    },
    async destroy() {
      dropping = true;
      for (const pool of extraPools) await pool.close();
      await inspector.end();
      await db.close();
      const dropper = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** Gives the enclosing describe block a fresh database for its tests, destroyed after them. */
export function useTestDatabase(): () => TestDatabase {
  let test: TestDatabase | undefined;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test?.destroy());
  return () => {
    if (!test) throw new Error('the test database is not ready: use it inside a test or hook');
    return test;
  };
}
