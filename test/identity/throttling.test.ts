import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { auditTrail, login, makeTenant, makeUser, type TestTenant } from './factories.ts';

// The defaults: 5 failures per account and 20 per address in 15 minutes.
describe(`sign-in throttling on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let tenant: TestTenant;
  let nextAddress = 1;
  const freshAddress = () => `203.0.113.${nextAddress++}`;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    tenant = await makeTenant(database());
  });
  afterAll(() => app?.close());

  const fail = async (username: string, times: number, address: string) => {
    for (let attempt = 0; attempt < times; attempt++) {
      const response = await login(app, username, `wrong password number ${attempt}`, { address });
      expect(response.statusCode).toBe(401);
    }
  };

  const expectThrottled = (response: Awaited<ReturnType<typeof login>>) => {
    expect(response.statusCode).toBe(429);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json().code).toBe('auth.throttled');
    const retryAfter = Number(response.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(response.headers['set-cookie']).toBeUndefined();
  };

  it('locks an account after 5 failures: even the right password then gets 429 and no session', async () => {
    const user = await makeUser(database(), tenant);
    await fail(user.username, 5, freshAddress());
    expectThrottled(await login(app, user.username, user.password, { address: freshAddress() }));
    const sessions = await database().superuser('select id from sessions where user_id = $1', [user.id]);
    expect(sessions).toEqual([]);
  });

  it('audits the failures and the lock-out once', async () => {
    const own = await makeTenant(database());
    const user = await makeUser(database(), own);
    await fail(user.username, 5, freshAddress());
    await login(app, user.username, user.password, { address: freshAddress() });
    const actions = (await auditTrail(database(), own.id)).map((entry) => entry.action);
    expect(actions).toEqual([...Array(5).fill('auth.sign_in_failed'), 'auth.locked_out']);
  });

  it('throttles an unknown username exactly like a known one, so 429 reveals nothing', async () => {
    const user = await makeUser(database(), tenant);
    await fail(user.username, 5, freshAddress());
    await fail('no.such.person', 5, freshAddress());
    const known = await login(app, user.username, 'x', {
      address: '203.0.113.250',
      headers: { 'x-request-id': 'same-id-1234' },
    });
    const unknown = await login(app, 'no.such.person', 'x', {
      address: '203.0.113.250',
      headers: { 'x-request-id': 'same-id-1234' },
    });
    expectThrottled(known);
    expectThrottled(unknown);
    expect(unknown.body.replace(/\d+ seconds/, 'N seconds')).toBe(
      known.body.replace(/\d+ seconds/, 'N seconds'),
    );
  });

  it('lets the account in again once the failures leave the window', async () => {
    const user = await makeUser(database(), tenant);
    await fail(user.username, 5, freshAddress());
    await database().superuser(
      `update sign_in_attempts set attempted_at = attempted_at - interval '16 minutes'`,
    );
    expect((await login(app, user.username, user.password, { address: freshAddress() })).statusCode).toBe(
      200,
    );
  });

  it('clears an account’s count on success', async () => {
    const user = await makeUser(database(), tenant);
    const address = freshAddress();
    await fail(user.username, 4, address);
    expect((await login(app, user.username, user.password, { address })).statusCode).toBe(200);
    await fail(user.username, 4, address);
    expect((await login(app, user.username, user.password, { address })).statusCode).toBe(200);
  });

  it('locks an address after 20 failures across accounts, for every account', async () => {
    const address = freshAddress();
    for (let account = 0; account < 5; account++) await fail(`spray.${account}`, 4, address);
    const user = await makeUser(database(), tenant);
    expectThrottled(await login(app, user.username, user.password, { address }));
    expect((await login(app, user.username, user.password, { address: freshAddress() })).statusCode).toBe(
      200,
    );
  });

  it('holds the limit under concurrent attempts: no more than 5 failures are counted', async () => {
    const user = await makeUser(database(), tenant);
    const address = freshAddress();
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, attempt) =>
        login(app, user.username, `parallel guess ${attempt}`, { address }),
      ),
    );
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
    expectThrottled(await login(app, user.username, user.password, { address: freshAddress() }));
  });
});
