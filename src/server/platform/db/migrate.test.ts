import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.ts';
import { testDatabaseKind } from '../../../../test/support/test-database-kind.ts';
import { isFullyMigrated, MigrationError, migrate, readMigrations } from './migrate.ts';

describe(`migrations on ${testDatabaseKind()}`, () => {
  let test: TestDatabase;
  let folder: string;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test?.destroy());
  afterEach(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  // A migrations folder of the real files plus extra ones a test writes.
  async function foldersWith(extra: Record<string, string>): Promise<string> {
    folder = await mkdtemp(path.join(tmpdir(), 'pathways-migrations-'));
    for (const migration of await readMigrations())
      await writeFile(path.join(folder, migration.name), migration.sql);
    for (const [name, sql] of Object.entries(extra)) await writeFile(path.join(folder, name), sql);
    return folder;
  }

  const tableNames = async () =>
    (
      await test.superuser<{ name: string }>(
        "select table_name as name from information_schema.tables where table_schema = 'public' order by 1",
      )
    ).map((row) => row.name);

  it('has applied and recorded every migration file, and applies nothing twice', async () => {
    const files = await readMigrations();
    const recorded = await test.superuser<{ name: string }>(
      'select name from schema_migrations order by name',
    );
    expect(recorded.map((row) => row.name)).toEqual(files.map((file) => file.name));
    expect(await migrate(test.db)).toEqual({ applied: [], total: files.length });
    expect(await isFullyMigrated(test.db, files)).toBe(true);
  });

  it('rolls a failing migration back whole and leaves the database as it was', async () => {
    const before = await tableNames();
    const directory = await foldersWith({
      '9001_good.sql': 'create table good_one (id int);',
      '9002_broken.sql': 'create table half_done (id int);\ninsert into half_done values (1);\nselect 1 / 0;',
      '9003_after.sql': 'create table never_reached (id int);',
    });
    const failure = migrate(test.db, directory);
    await expect(failure).rejects.toBeInstanceOf(MigrationError);
    await expect(failure).rejects.toThrow(/9002_broken\.sql failed and was rolled back.*division by zero/s);
    expect(await tableNames()).toEqual([...before, 'good_one'].sort());
    const recorded = await test.superuser<{ name: string }>(
      "select name from schema_migrations where name like '9%'",
    );
    expect(recorded).toEqual([{ name: '9001_good.sql' }]);
    expect(await isFullyMigrated(test.db, await readMigrations(directory))).toBe(false);
  });

  it('refuses to go on when an applied migration was changed', async () => {
    const directory = await foldersWith({ '9001_good.sql': 'create table good_one (id int, changed int);' });
    await expect(migrate(test.db, directory)).rejects.toThrow(
      /9001_good\.sql was changed after it was applied/,
    );
  });

  it('refuses a database migrated by a newer version', async () => {
    await expect(migrate(test.db)).rejects.toThrow(/does not know \(9001_good\.sql\)/);
  });
});
