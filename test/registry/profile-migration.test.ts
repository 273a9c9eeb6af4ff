import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/platform/db/database.ts';
import { migrate, readMigrations } from '../../src/server/platform/db/migrate.ts';
import { openPglite, pgliteDatabase } from '../../src/server/platform/db/pglite.ts';
import { postgresDatabase } from '../../src/server/platform/db/postgres.ts';
import { makeOrganisation } from '../access/factories.ts';
import { makeTenant } from '../identity/factories.ts';
import type { TestDatabase } from '../support/test-database.ts';
import { databaseUrlFor, testDatabaseKind } from '../support/test-database-kind.ts';

// Migration 0013 on a database that has profiles already: each becomes version 1 of its history,
// with all its values and no author. The database is migrated up to 0012 first, given profiles the
// way 0007 knew them, then migrated to the end.

const BEFORE = '0013_profile_details.sql';

/** An empty database of its own (the suite's template is migrated already). */
async function emptyDatabase(): Promise<TestDatabase> {
  if (testDatabaseKind() === 'pglite') {
    const client = await openPglite(undefined);
    const db = pgliteDatabase(client);
    return {
      db,
      superuser: async (text, params) => (await client.query<never>(text, params)).rows,
      openPool: () => {
        throw new Error('not needed here');
      },
      destroy: () => db.close(),
    };
  }
  const name = `pathways_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  let dropping = false;
  // Dropping the database may end a connection that is still closing (57P01): that is the drop.
  const onIdleError = (error: Error) => {
    if (dropping && (error as Error & { code?: string }).code === '57P01') return;
    throw error;
  };
  const db: Database = postgresDatabase(databaseUrlFor(name), 1, onIdleError);
  const inspector = new pg.Pool({ connectionString: databaseUrlFor(name), max: 1 });
  inspector.on('error', onIdleError);
  return {
    db,
    superuser: async (text, params) => (await inspector.query(text, params)).rows,
    openPool: () => {
      throw new Error('not needed here');
    },
    async destroy() {
      dropping = true;
      await db.close();
      await inspector.end();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

describe(`migration 0013 on ${testDatabaseKind()}`, () => {
  let test: TestDatabase;
  let folder: string;
  beforeAll(async () => {
    test = await emptyDatabase();
    folder = await mkdtemp(path.join(tmpdir(), 'pathways-migrations-'));
    for (const migration of await readMigrations()) {
      if (migration.name >= BEFORE) continue;
      await writeFile(path.join(folder, migration.name), migration.sql);
    }
  });
  afterAll(async () => {
    await test?.destroy();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('backfills one version, by no one, for every profile there was', async () => {
    await migrate(test.db, folder);
    const tenant = await makeTenant(test);
    const given = await makeOrganisation(test, tenant, 'civil_society');
    const bare = await makeOrganisation(test, tenant, 'civil_society');
    const without = await makeOrganisation(test, tenant, 'civil_society');
    await test.superuser(
      `insert into cso_profiles (organisation_id, tenant_id, mandate, legal_name, registration_number,
         registration_registry, country, updated_at)
       values ($1, $3, 'service_provider', 'Bridges', 'R-1', 'Register', 'TN', '2026-05-01T10:00:00Z'),
              ($2, $3, 'monitoring_body', 'Watch', null, null, null, '2026-06-01T10:00:00Z')`,
      [given, bare, tenant.id],
    );

    const report = await migrate(test.db);
    expect(report.applied).toContain(BEFORE);
    const rows = await test.superuser<{
      organisation_id: string;
      version: number;
      profile: Record<string, unknown>;
      changed_fields: string[];
      changed_by: string | null;
      changed_at: Date;
    }>(
      `select organisation_id::text, version, profile, changed_fields, changed_by::text, changed_at
         from cso_profile_versions order by changed_at`,
    );
    expect(rows.map((row) => row.organisation_id)).toEqual([given, bare]);
    expect(rows.some((row) => row.organisation_id === without)).toBe(false);
    expect(rows[0]).toMatchObject({
      version: 1,
      changed_by: null,
      changed_fields: ['mandate', 'legalName', 'registrationNumber', 'registrationRegistry', 'country'],
      profile: {
        mandate: 'service_provider',
        legalName: 'Bridges',
        otherNames: {},
        registrationNumber: 'R-1',
        registrationRegistry: 'Register',
        country: 'TN',
        regionsServed: [],
        expertise: [],
        interventionTypes: [],
        languages: [],
        staffCount: null,
        contacts: [],
      },
    });
    expect(new Date(rows[0]?.changed_at ?? 0).toISOString()).toBe('2026-05-01T10:00:00.000Z');
    expect(rows[1]).toMatchObject({
      version: 1,
      changed_fields: ['mandate', 'legalName'],
      profile: { mandate: 'monitoring_body', registrationNumber: null },
    });
  });
});
