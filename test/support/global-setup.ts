import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../src/server/platform/db/migrate.ts';
import { openPglite, pgliteDatabase } from '../../src/server/platform/db/pglite.ts';
import { postgresDatabase } from '../../src/server/platform/db/postgres.ts';
import { databaseUrlFor, testDatabaseKind } from './test-database-kind.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

// Creating and migrating a database takes seconds; copying a migrated one takes a fraction.
// So the suite migrates one template here, and every test file copies it (test-database.ts).
export default async function setup(project: TestProject) {
  if (testDatabaseKind() === 'pglite') {
    const folder = await mkdtemp(path.join(tmpdir(), 'pathways-test-'));
    const client = await openPglite(undefined);
    const db = pgliteDatabase(client);
    await migrate(db);
    const dump = await client.dumpDataDir('none');
    await db.close();
    const file = path.join(folder, 'template.tar');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    project.provide('pgliteTemplate', file);
    return async () => {
      await rm(folder, { recursive: true, force: true });
    };
  }

  const template = `pathways_test_template_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${template}`);
  const db = postgresDatabase(databaseUrlFor(template), 1, (error) => {
    throw error;
  });
  await migrate(db);
  await db.close();
  project.provide('postgresTemplate', template);
  return async () => {
    await admin.query(`drop database if exists ${template} with (force)`);
    await admin.end();
  };
}
