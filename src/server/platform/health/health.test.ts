import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { createTestDatabase, useTestDatabase } from '../../../../test/support/test-database.ts';

describe('health and readiness', () => {
  const database = useTestDatabase();

  it('answers /healthz and /readyz when the database is migrated', async () => {
    const app = await buildTestApp({ db: database().db });
    const health = await app.inject({ url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    const ready = await app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok' } });
    await app.close();
  });

  it('is not ready while a migration is pending', async () => {
    await database().superuser("delete from schema_migrations where name = '0001_tenancy.sql'");
    const app = await buildTestApp({ db: database().db });
    const ready = await app.inject({ url: '/readyz' });
    await app.close();
    await database().superuser(
      "insert into schema_migrations (name, checksum) values ('0001_tenancy.sql', 'restored')",
    );
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({
      status: 'unavailable',
      checks: { database: 'ok', migrations: 'pending' },
    });
  });

  it('is not ready when the database does not answer', async () => {
    const spare = await createTestDatabase();
    const app = await buildTestApp({ db: spare.db });
    await spare.db.close();
    const ready = await app.inject({ url: '/readyz' });
    const health = await app.inject({ url: '/healthz' });
    await app.close();
    await spare.destroy();
    expect(ready.statusCode).toBe(503);
    expect(ready.json().checks.database).toBe('unavailable');
    expect(health.statusCode).toBe(200);
  });
});
