import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { useTestDatabase } from '../../../../test/support/test-database.ts';
import { testDatabaseKind } from '../../../../test/support/test-database-kind.ts';
import { DEMO_TENANTS } from '../demo/demo-tenants.ts';
import { DemoRefusedError, seedDemo } from '../demo/seed-demo.ts';

describe(`platform information and demo data on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();

  const platform = async () => {
    const app = await buildTestApp({ db: database().db });
    const response = await app.inject({ url: '/api/v1/platform' });
    await app.close();
    return response;
  };

  it('tells anyone, without signing in, what this installation is', async () => {
    const response = await platform();
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      name: 'Pathways',
      version: '0.0.0-test',
      environment: 'test',
      demoData: false,
      languages: ['en', 'fr', 'es', 'ru', 'zh', 'ar'],
    });
  });

  it('refuses demo data in production and writes nothing', async () => {
    await expect(seedDemo(database().db, 'production')).rejects.toBeInstanceOf(DemoRefusedError);
    expect(await database().superuser('select slug from tenants')).toEqual([]);
  });

  it('loads the two demo tenants and their facilities, each facility under its own tenant', async () => {
    const summary = await seedDemo(database().db, 'development');
    expect(summary.tenants).toEqual(['demo', 'demo-b']);
    const rows = await database().superuser<{ slug: string; kinds: string[] }>(
      `select t.slug, array_agg(f.kind order by f.kind) as kinds
         from tenants t join facilities f on f.tenant_id = t.id group by t.slug order by t.slug`,
    );
    expect(rows).toEqual([
      { slug: 'demo', kinds: ['juvenile', 'men', 'mixed', 'women'] },
      { slug: 'demo-b', kinds: ['men', 'women'] },
    ]);
    expect((await platform()).json().demoData).toBe(true);
  });

  it('adds nothing twice when loaded again', async () => {
    await seedDemo(database().db, 'development');
    const [count] = await database().superuser<{ n: number }>('select count(*)::int as n from facilities');
    expect(count?.n).toBe(DEMO_TENANTS.reduce((sum, demo) => sum + demo.facilities.length, 0));
  });
});
