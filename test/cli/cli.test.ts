import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startCliServer } from '../support/cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { databaseUrlFor, testDatabaseKind } from '../support/test-database-kind.ts';

const KEY = Buffer.alloc(32, 9).toString('base64');
const onPglite = testDatabaseKind() === 'pglite';

describe('the pathways command', () => {
  it.each([['serve'], ['migrate'], ['seed'], ['start']])('explains "%s" with --help', async (command) => {
    const result = await runCli([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: pathways ${command}`);
  });

  it('refuses to serve in production without a secret key, saying what to set', async () => {
    const result = await runCli(['serve'], { NODE_ENV: 'production' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PATHWAYS_SECRET_KEY is required in production');
  });

  it('refuses demo data in production before touching the database', async () => {
    const result = await runCli(['seed', '--demo'], { NODE_ENV: 'production', PATHWAYS_SECRET_KEY: KEY });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Demo data is refused in production');
  });
});

describe(`migrate, seed and serve on ${testDatabaseKind()}`, () => {
  let dataDir: string;
  let env: Record<string, string>;
  let database: TestDatabase | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'pathways-cli-'));
    env = { PATHWAYS_DATA_DIR: dataDir };
    if (!onPglite) {
      // An empty database of its own: the command must create everything.
      database = await createTestDatabase();
      const name =
        (await database.superuser<{ name: string }>('select current_database() as name'))[0]?.name ?? '';
      await database.superuser('drop schema public cascade; create schema public');
      env.DATABASE_URL = databaseUrlFor(name);
    }
  });
  afterAll(async () => {
    await database?.destroy();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('migrates a new database, then finds nothing left to do', async () => {
    const first = await runCli(['migrate'], env);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(
      /^applied 0001_tenancy\.sql\n(applied \d{4}_\w+\.sql\n)*migrate: \d+ applied, 0 already applied/,
    );
    const second = await runCli(['migrate'], env);
    expect(second.stdout).toMatch(/migrate: 0 applied, \d+ already applied/);
    // Two processes, each starting Node and an embedded database: slow on a busy two-core machine.
  }, 90_000);

  it('loads the demo data', async () => {
    const result = await runCli(['seed', '--demo'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('seed: demo data loaded (tenants demo, demo-b; 6 facilities)');
  });

  it('serves, refuses a second process on the same data, and stops cleanly on SIGTERM', async () => {
    const server = await startCliServer(env);
    const ready = await fetch(`${server.address}/readyz`);
    expect(ready.status).toBe(200);
    const platform = (await (await fetch(`${server.address}/api/v1/platform`)).json()) as {
      demoData: boolean;
    };
    expect(platform.demoData).toBe(true);

    if (onPglite) {
      const second = await runCli(['serve'], env);
      expect(second.code).toBe(1);
      expect(second.stderr).toContain('Another Pathways process');
      expect(second.stderr).toContain(dataDir);
      // The refused process did not harm the running one.
      expect((await fetch(`${server.address}/readyz`)).status).toBe(200);
    }

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('SIGTERM received');
    expect(existsSync(path.join(dataDir, 'pathways.lock'))).toBe(false);
  });
});
