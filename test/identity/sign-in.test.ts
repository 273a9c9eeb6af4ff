import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { auditTrail, login, makeTenant, makeUser, type TestTenant } from './factories.ts';

describe(`signing in on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let tenant: TestTenant;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    tenant = await makeTenant(database());
  });
  afterAll(() => app?.close());

  const sessionCount = async () =>
    (await database().superuser<{ n: number }>('select count(*)::int as n from sessions'))[0]?.n;

  it('signs a user in: 200, the user and a CSRF token, and an HttpOnly, SameSite=Strict cookie', async () => {
    const user = await makeUser(database(), tenant, { roles: ['analyst'] });
    const response = await login(app, user.username, user.password);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const cookie = response.headers['set-cookie'];
    expect(cookie).toMatch(
      /^pathways_session=[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    const body = response.json();
    expect(body).toMatchObject({
      user: { id: user.id, username: user.username, mfa: { requirement: 'optional', enrolled: false } },
      tenant: { id: tenant.id, slug: tenant.slug, isDemo: false },
      organisation: { id: tenant.organisationId, kind: 'prison_service' },
      roles: [{ role: 'analyst', scope: 'tenant', facility: null, organisation: null }],
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    expect(JSON.stringify(body)).not.toMatch(/password|argon2/i);
    const token = String(cookie).split(';')[0]?.split('=')[1] ?? '';
    const stored = await database().superuser<{ token_hash: string }>(
      'select token_hash from sessions where user_id = $1',
      [user.id],
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0]?.token_hash).not.toContain(token.split('.')[1]);
  });

  it('marks the cookie Secure when the request came over HTTPS', async () => {
    const proxied = await buildTestApp({ db: database().db, env: { PATHWAYS_TRUST_PROXY: 'true' } });
    try {
      const user = await makeUser(database(), tenant);
      const response = await login(proxied, user.username, user.password, {
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['set-cookie']).toMatch(/; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
    } finally {
      await proxied.close();
    }
  });

  it('accepts the username in any case and with surrounding spaces', async () => {
    const user = await makeUser(database(), tenant);
    expect((await login(app, `  ${user.username.toUpperCase()} `, user.password)).statusCode).toBe(200);
  });

  it('answers a wrong password, an unknown user and a deactivated user with byte-identical 401s', async () => {
    const user = await makeUser(database(), tenant);
    const gone = await makeUser(database(), tenant, { active: false });
    const headers = { 'x-request-id': 'same-request-id-for-all' };
    const before = await sessionCount();
    const wrong = await login(app, user.username, 'not the password at all', { headers });
    const unknown = await login(app, 'nobody.here', 'not the password at all', { headers });
    const deactivated = await login(app, gone.username, gone.password, { headers });
    for (const response of [wrong, unknown, deactivated]) {
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    expect(wrong.json()).toMatchObject({ code: 'auth.invalid_credentials', status: 401 });
    expect(unknown.body).toBe(wrong.body);
    expect(deactivated.body).toBe(wrong.body);
    expect(await sessionCount()).toBe(before);
  });

  it('audits a sign-in and a failed sign-in in the user’s tenant, with no secret in the trail', async () => {
    const own = await makeTenant(database());
    const user = await makeUser(database(), own);
    await login(app, user.username, 'wrong password, this one');
    await login(app, user.username, user.password);
    const trail = await auditTrail(database(), own.id);
    expect(trail.map((entry) => [entry.action, entry.outcome, entry.subject_id])).toEqual([
      ['auth.sign_in_failed', 'denied', user.id],
      ['auth.sign_in', 'allowed', user.id],
    ]);
    expect(trail[0]?.actor_user_id).toBeNull();
    expect(trail[0]?.details).toEqual({ reason: 'wrong_password' });
    expect(trail[1]?.actor_user_id).toBe(user.id);
    expect(JSON.stringify(trail)).not.toContain(user.password);
  });

  describe('refuses bad input with problem+json and creates no session', () => {
    const cases: [string, unknown, number, string][] = [
      ['a missing password', { username: 'someone' }, 400, 'request.validation'],
      ['a missing username', { password: 'x' }, 400, 'request.validation'],
      ['a number for a username', { username: 42, password: 'x' }, 400, 'request.validation'],
      ['an empty password', { username: 'someone', password: '' }, 400, 'request.validation'],
      ['an unknown field', { username: 'someone', password: 'x', admin: true }, 400, 'request.validation'],
      [
        'a password longer than 1,024',
        { username: 'someone', password: 'x'.repeat(1025) },
        400,
        'request.validation',
      ],
      ['an array', [{ username: 'someone', password: 'x' }], 400, 'request.validation'],
      [
        'a huge body',
        { username: 'someone', password: 'x'.repeat(2_000_000) },
        413,
        'request.body_too_large',
      ],
    ];
    it.each(cases)('%s', async (_name, payload, status, code) => {
      const before = await sessionCount();
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: payload as object,
      });
      expect(response.statusCode).toBe(status);
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(response.json().code).toBe(code);
      expect(response.headers['set-cookie']).toBeUndefined();
      expect(await sessionCount()).toBe(before);
    });

    it('names every field at fault', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 7, extra: 1 },
      });
      const paths = response
        .json()
        .errors.map((error: { path: string }) => error.path)
        .sort();
      expect(paths).toEqual(['/body/extra', '/body/password', '/body/username']);
    });

    it('a form post (another site’s form) gets 415', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: 'username=a&password=b',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(response.statusCode).toBe(415);
    });
  });
});
