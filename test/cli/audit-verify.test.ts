import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTenants,
  type SuperuserQuery,
  sampleEvent,
  tamper,
} from '../../src/server/modules/audit/chain-fixtures.ts';
import { recordAudit } from '../../src/server/modules/audit/service.ts';
import type { Database } from '../../src/server/platform/db/database.ts';
import { openPglite, pgliteDatabase } from '../../src/server/platform/db/pglite.ts';
import { runCli } from '../support/cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { databaseUrlFor, testDatabaseKind } from '../support/test-database-kind.ts';

interface Session {
  db: Database;
  superuser: SuperuserQuery;
  close(): Promise<void>;
}

describe(`pathways audit verify on ${testDatabaseKind()}`, () => {
  let dataDir: string;
  let env: Record<string, string>;
  let server: TestDatabase | undefined;
  let tenantA: string;
  let tenantB: string;

  // The embedded database belongs to one process at a time: the test opens it between commands.
  async function open(): Promise<Session> {
    // The server's database stays open for the other tests; afterAll closes it.
    if (server) return { db: server.db, superuser: server.superuser, close: () => Promise.resolve() };
    const client = await openPglite(path.join(dataDir, 'pglite'));
    const db = pgliteDatabase(client);
    return {
      db,
      superuser: async (text, params) => (await client.query<never>(text, params)).rows,
      close: () => db.close(),
    };
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'pathways-audit-cli-'));
    env = { PATHWAYS_DATA_DIR: dataDir };
    if (testDatabaseKind() === 'postgres') {
      server = await createTestDatabase();
      const [row] = await server.superuser<{ name: string }>('select current_database() as name');
      env.DATABASE_URL = databaseUrlFor(row?.name ?? '');
    } else {
      expect((await runCli(['migrate'], env)).code).toBe(0);
    }
    const session = await open();
    try {
      [tenantA = '', tenantB = ''] = await createTenants(session.superuser, 'cli-a', 'cli-b');
      for (const [tenant, count] of [
        [tenantA, 5],
        [tenantB, 3],
      ] as const) {
        for (let i = 0; i < count; i += 1) {
          await session.db.withTenant(tenant, (tx) => recordAudit(tx, tenant, sampleEvent()));
        }
      }
    } finally {
      await session.close();
    }
  });
  afterAll(async () => {
    await server?.destroy();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('says the chains are intact, tenant by tenant, and exits 0', async () => {
    const result = await runCli(['audit', 'verify'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'tenant cli-a: 5 events, chain intact\ntenant cli-b: 3 events, chain intact\n',
    );
    expect(result.stdout).toMatch(/audit chain ok: 8 events\n$/);
    // No progress line when nobody watches a terminal.
    expect(result.stderr).toBe('');
  });

  it('verifies one tenant alone with --tenant', async () => {
    const result = await runCli(['audit', 'verify', '--tenant', 'cli-b'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('tenant cli-b: 3 events, chain intact\naudit chain ok: 3 events\n');
  });

  it('refuses an unknown tenant with exit code 2', async () => {
    const result = await runCli(['audit', 'verify', '--tenant', 'nope'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('there is no tenant with the slug "nope"');
  });

  it('names the first bad event and exits 1 once an entry was changed', async () => {
    const session = await open();
    let badId: string | undefined;
    try {
      const rows = await session.superuser<{ id: string }>(
        'select id::text from audit_events where tenant_id = $1 and seq = 3',
        [tenantA],
      );
      badId = rows[0]?.id;
      await tamper(
        session.superuser,
        'audit_events',
        `update audit_events set outcome = 'denied' where id = '${badId}'`,
      );
    } finally {
      await session.close();
    }
    const result = await runCli(['audit', 'verify'], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`tenant cli-a: BROKEN at ${badId} (seq 3): its content does not match`);
    expect(result.stdout).toContain('tenant cli-b: 3 events, chain intact');
    expect(result.stdout).toContain(`audit chain broken: first bad event ${badId} (seq 3) in tenant cli-a`);
  });
});
