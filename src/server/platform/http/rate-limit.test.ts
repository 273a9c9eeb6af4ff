import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { useTestDatabase } from '../../../../test/support/test-database.ts';
import { isCounted } from './rate-limit.ts';

describe('rate limiting', () => {
  const database = useTestDatabase();

  it('refuses API requests over the limit with 429, Retry-After and a problem, and spares health checks', async () => {
    const app = await buildTestApp({ db: database().db, env: { PATHWAYS_RATE_LIMIT_MAX: '3' } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await app.inject({ url: '/api/v1/platform' })).statusCode);
    const refused = await app.inject({ url: '/api/v1/platform' });
    const health = await app.inject({ url: '/healthz' });
    const other = await app.inject({ url: '/api/v1/platform', remoteAddress: '10.0.0.9' });
    await app.close();
    expect(statuses).toEqual([200, 200, 200]);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(health.statusCode).toBe(200);
    expect(other.statusCode).toBe(200);
  });

  it('counts the library entry pages the server writes from the database, not the app files', () => {
    const counted = (url: string, route?: string) => isCounted({ url, routeOptions: { url: route } });
    expect(counted('/api/v1/platform')).toBe(true);
    expect(counted('/library/entries/0190e7a8-0000-7000-8000-000000000001?lang=fr')).toBe(true);
    expect(counted('/library')).toBe(false);
    expect(counted('/library?lang=ar')).toBe(false);
    expect(counted('/assets/index-Ab12Cd34.js')).toBe(false);
    expect(counted('/healthz')).toBe(false);
    // Percent-escapes reach the same routes, so they count the same.
    expect(counted('/%61pi/v1/platform')).toBe(true);
    expect(counted('/library/%65ntries/0190e7a8-0000-7000-8000-000000000001', '/library/entries/:id')).toBe(
      true,
    );
    expect(counted('/%zz/x')).toBe(false);
  });

  it('counts percent-escaped API requests towards the same ceiling', async () => {
    const app = await buildTestApp({ db: database().db, env: { PATHWAYS_RATE_LIMIT_MAX: '2' } });
    const statuses: number[] = [];
    for (const url of ['/api/v1/platform', '/%61pi/v1/platform', '/%61%70%69/v1/platform'])
      statuses.push((await app.inject({ url })).statusCode);
    await app.close();
    expect(statuses).toEqual([200, 200, 429]);
  });
});
