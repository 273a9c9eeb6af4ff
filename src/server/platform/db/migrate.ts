import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database, RawSession } from './database.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../../db/migrations', import.meta.url));

// Any constant works; it only has to be the same in every Pathways process.
const MIGRATION_LOCK_KEY = 7_265_090_130;

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export interface Migration {
  name: string;
  checksum: string;
  sql: string;
}

export interface MigrationReport {
  applied: string[];
  total: number;
}

/** The migration files, in the order they apply (their names start with a sequence number). */
export async function readMigrations(directory = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(directory)).filter((name) => /^\d{4}_[a-z0-9_]+\.sql$/.test(name)).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(directory, name), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

/**
 * Applies pending migrations, each in its own transaction and recorded in `schema_migrations`.
 * A failing migration is rolled back whole and stops everything after it. A migration changed
 * after it was applied is refused: migrations are forward-only, so write a new one.
 */
export async function migrate(db: Database, directory = MIGRATIONS_DIR): Promise<MigrationReport> {
  const migrations = await readMigrations(directory);
  return db.unsafeRawSession(async (session) => {
    await session.exec(`create table if not exists schema_migrations (
      name text primary key,
      checksum text not null,
      applied_at timestamptz not null default now()
    )`);
    // Several server processes may start at once against one PostgreSQL: one migrates, the others wait.
    if (db.kind === 'postgres') await session.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await applyPending(session, migrations);
    } finally {
      if (db.kind === 'postgres') await session.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  });
}

async function applyPending(session: RawSession, migrations: Migration[]): Promise<MigrationReport> {
  const rows = await session.query<{ name: string; checksum: string }>(
    'select name, checksum from schema_migrations',
  );
  const applied = new Map(rows.map((row) => [row.name, row.checksum]));
  const known = new Set(migrations.map((migration) => migration.name));
  const unknown = [...applied.keys()].filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new MigrationError(
      `The database has migrations this version of Pathways does not know (${unknown.join(', ')}); ` +
        'it was migrated by a newer version. Run that version, or restore a backup.',
    );
  }
  const report: MigrationReport = { applied: [], total: migrations.length };
  for (const migration of migrations) {
    const checksum = applied.get(migration.name);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) {
        throw new MigrationError(
          `Migration ${migration.name} was changed after it was applied. Migrations are forward-only: ` +
            'restore the file as it was and put the change in a new migration.',
        );
      }
      continue;
    }
    await session.exec('begin');
    try {
      await session.exec(migration.sql);
      await session.query('insert into schema_migrations (name, checksum) values ($1, $2)', [
        migration.name,
        migration.checksum,
      ]);
      await session.exec('commit');
    } catch (error) {
      await session.exec('rollback');
      throw new MigrationError(
        `Migration ${migration.name} failed and was rolled back; the database is as it was before it. ` +
          `Cause: ${(error as Error).message}`,
        { cause: error },
      );
    }
    report.applied.push(migration.name);
  }
  return report;
}

/** True when every migration file has been applied (what /readyz asks). */
export async function isFullyMigrated(db: Database, expected: readonly Migration[]): Promise<boolean> {
  return db.unsafeRawSession(async (session) => {
    const rows = await session.query<{ name: string }>('select name from schema_migrations');
    const applied = new Set(rows.map((row) => row.name));
    return expected.every((migration) => applied.has(migration.name));
  });
}
