import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeAccessTable } from '../../src/server/modules/identity/access/access-hook.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { auditTrail, grantRole, makeTenant, makeUser, signIn, type TestTenant } from './factories.ts';
import {
  enrol,
  loginWithCode,
  signInWithCode,
  startEnrolment,
  useTotpClock,
} from './second-factor-support.ts';

// A user whose roles need a second factor and who has none yet signs in with the password to a
// session that can only set one up; enrolling turns it into a full session (docs/security.md).
describe(`a user who must set up a second factor, on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const clock = useTotpClock();
  let app: FastifyInstance;
  let tenant: TestTenant;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db, totpClock: clock.now });
    tenant = await makeTenant(database());
  });
  afterAll(() => app?.close());

  const get = (url: string, client: { headers(): Record<string, string> }) =>
    app.inject({ url, headers: client.headers() });

  it('gets from the password to a full session: a real case manager, end to end', async () => {
    const own = await makeTenant(database());
    const user = await makeUser(database(), own, { roles: ['case_manager'] });

    const limited = await signIn(app, user);
    const me = await get('/api/v1/me', limited);
    expect(me.statusCode).toBe(200);
    expect(me.json().user.mfa).toEqual({ requirement: 'required', enrolled: false });
    const refused = await get('/api/v1/auth/sessions', limited);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('auth.mfa_enrolment_required');

    const enrolled = await enrol(app, limited, clock);
    expect((await get('/api/v1/auth/sessions', enrolled.client)).statusCode).toBe(200);
    expect((await get('/api/v1/me', enrolled.client)).json().user.mfa).toEqual({
      requirement: 'required',
      enrolled: true,
    });

    await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: enrolled.client.headers() });
    expect((await loginWithCode(app, user, undefined)).json().code).toBe('auth.mfa_required');
    clock.goTo(1);
    const full = await signInWithCode(app, user, await clock.code(enrolled.secret));
    expect((await get('/api/v1/auth/sessions', full)).statusCode).toBe(200);

    const trail = await auditTrail(database(), own.id);
    expect(trail.map((entry) => entry.action)).toEqual([
      'auth.sign_in',
      'access.denied',
      'auth.mfa_enrolment_started',
      'auth.mfa_enrolled',
      'auth.sign_out',
      'auth.sign_in_failed',
      'auth.sign_in',
    ]);
    expect(trail[0]?.details).toMatchObject({ secondFactor: 'enrolment_pending' });
    expect(trail[1]?.details).toEqual({
      method: 'GET',
      route: '/api/v1/auth/sessions',
      reason: 'mfa_enrolment',
    });
    expect(trail.at(-1)?.details).toMatchObject({ secondFactor: 'totp' });
  });

  it('keeps every other route closed to the limited session, and the setup routes open', async () => {
    const limited = await signIn(app, await makeUser(database(), tenant, { roles: ['director'] }));
    const routes = routeAccessTable(app).filter(
      (route) => route.url.startsWith('/api') && route.method !== 'HEAD' && route.access !== undefined,
    );
    const closed = routes.filter(
      (route) =>
        route.access !== 'public' && route.access !== 'sign-in' && route.access !== 'second-factor-setup',
    );
    expect(closed.length).toBeGreaterThan(3);
    for (const route of closed) {
      const url = route.url.replace(/:[A-Za-z]+/g, '01900000-0000-7000-8000-000000000000');
      const response = await app.inject({
        method: route.method as 'GET',
        url,
        headers: limited.headers(),
        ...(route.method === 'GET' ? {} : { payload: {} }),
      });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(403);
      expect(response.json().code, `${route.method} ${route.url}`).toBe('auth.mfa_enrolment_required');
    }
    const open = routes
      .filter((route) => route.access === 'second-factor-setup')
      .map((route) => `${route.method} ${route.url}`);
    expect(open.sort()).toEqual([
      'GET /api/v1/auth/mfa',
      'GET /api/v1/me',
      'POST /api/v1/auth/mfa/enrolment',
      'POST /api/v1/auth/mfa/enrolment/confirm',
    ]);
    expect((await get('/api/v1/auth/mfa', limited)).statusCode).toBe(200);
    const signOut = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: limited.headers(),
    });
    expect(signOut.statusCode).toBe(204);
    expect((await get('/api/v1/me', limited)).statusCode).toBe(401);
  });

  it('limits the session of a user whose new role needs a factor, from the next request', async () => {
    const user = await makeUser(database(), tenant, { roles: ['analyst'] });
    const client = await signIn(app, user);
    expect((await get('/api/v1/auth/sessions', client)).statusCode).toBe(200);
    await grantRole(database(), tenant, user.id, 'probation_officer');
    expect((await get('/api/v1/auth/sessions', client)).json().code).toBe('auth.mfa_enrolment_required');
    const enrolled = await enrol(app, client, clock);
    expect((await get('/api/v1/auth/sessions', enrolled.client)).statusCode).toBe(200);
  });

  it('ends a session that never proved the factor once the user has one (enrolled elsewhere)', async () => {
    const user = await makeUser(database(), tenant, { roles: ['gate_officer'] });
    const first = await signIn(app, user);
    const second = await signIn(app, user);
    await enrol(app, second, clock);
    const response = await get('/api/v1/me', first);
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('auth.unauthenticated');
  });

  it('cannot be finished by another user’s session, nor across tenants', async () => {
    const other = await makeTenant(database());
    const user = await makeUser(database(), other, { roles: ['case_manager'] });
    const limited = await signIn(app, user);
    const { secret } = await startEnrolment(app, limited);
    const stranger = await signIn(app, await makeUser(database(), tenant, { roles: ['analyst'] }));
    const forged = `${other.id}.${stranger.token.split('.')[1]}`;
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/enrolment/confirm',
      headers: { cookie: `pathways_session=${forged}`, 'x-csrf-token': stranger.csrfToken },
      payload: { code: await clock.code(secret) },
    });
    expect(response.statusCode).toBe(401);
    const [row] = await database().superuser<{ enrolled: boolean }>(
      'select mfa_enrolled_at is not null as enrolled from users where id = $1',
      [user.id],
    );
    expect(row?.enrolled).toBe(false);
  });

  it('holds for demo accounts in production, which are exempt only outside it', async () => {
    const production = await buildTestApp({
      db: database().db,
      env: { NODE_ENV: 'production', PATHWAYS_SECRET_KEY: randomBytes(32).toString('base64') },
    });
    try {
      const demo = await makeTenant(database(), { isDemo: true });
      const user = await makeUser(database(), demo, { roles: ['case_manager'] });
      const limited = await signIn(production, user);
      const refused = await production.inject({ url: '/api/v1/auth/sessions', headers: limited.headers() });
      expect(refused.json().code).toBe('auth.mfa_enrolment_required');
      const exempt = await signIn(app, user);
      expect((await get('/api/v1/auth/sessions', exempt)).statusCode).toBe(200);
    } finally {
      await production.close();
    }
  });
});
