import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  auditTrail,
  makeTenant,
  makeUser,
  type SignedInClient,
  signIn,
  type TestTenant,
} from './factories.ts';

describe(`one's own sessions on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let tenant: TestTenant;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    tenant = await makeTenant(database());
  });
  afterAll(() => app?.close());

  const list = (client: SignedInClient) =>
    app.inject({ url: '/api/v1/auth/sessions', headers: client.headers({ csrf: false }) });
  const revoke = (client: SignedInClient, id: string, csrf = true) =>
    app.inject({ method: 'DELETE', url: `/api/v1/auth/sessions/${id}`, headers: client.headers({ csrf }) });
  const revokeAll = (client: SignedInClient, headers = client.headers()) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/sessions/revoke-all', headers });
  const alive = async (client: SignedInClient) =>
    (await app.inject({ url: '/api/v1/me', headers: client.headers() })).statusCode === 200;

  it('lists only the user’s own live sessions, marking the current one', async () => {
    const user = await makeUser(database(), tenant);
    const first = await signIn(app, user);
    const second = await signIn(app, user);
    const ended = await signIn(app, user);
    await revoke(ended, ended.sessionId);
    await signIn(app, await makeUser(database(), tenant));
    const response = await list(second);
    expect(response.statusCode).toBe(200);
    const sessions = response.json().sessions as { id: string; current: boolean; address: string }[];
    expect(sessions.map((session) => [session.id, session.current])).toEqual([
      [second.sessionId, true],
      [first.sessionId, false],
    ]);
    expect(sessions[0]).toMatchObject({ address: '198.51.100.7', userAgent: 'lightMyRequest' });
  });

  it('ends another of one’s own sessions, and audits it', async () => {
    const own = await makeTenant(database());
    const user = await makeUser(database(), own);
    const laptop = await signIn(app, user);
    const phone = await signIn(app, user);
    const response = await revoke(laptop, phone.sessionId);
    expect(response.statusCode).toBe(204);
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(await alive(phone)).toBe(false);
    expect(await alive(laptop)).toBe(true);
    expect((await auditTrail(database(), own.id)).at(-1)).toMatchObject({
      action: 'auth.session_revoked',
      actor_user_id: user.id,
      subject_id: phone.sessionId,
    });
  });

  it('answers 404 for another user’s session, and for one that does not exist, and ends neither', async () => {
    const mine = await signIn(app, await makeUser(database(), tenant));
    const theirs = await signIn(app, await makeUser(database(), tenant));
    for (const id of [theirs.sessionId, '01900000-0000-7000-8000-000000000000']) {
      const response = await revoke(mine, id);
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('not_found');
    }
    expect(await alive(theirs)).toBe(true);
  });

  it('refuses to end a session without the CSRF token, or with a wrong one', async () => {
    const user = await makeUser(database(), tenant);
    const laptop = await signIn(app, user);
    const phone = await signIn(app, user);
    const missing = await revoke(laptop, phone.sessionId, false);
    expect(missing.statusCode).toBe(403);
    expect(missing.json().code).toBe('auth.csrf');
    const wrong = await app.inject({
      method: 'DELETE',
      url: `/api/v1/auth/sessions/${phone.sessionId}`,
      headers: { ...laptop.headers(), 'x-csrf-token': phone.csrfToken },
    });
    expect(wrong.statusCode).toBe(403);
    expect(await alive(phone)).toBe(true);
  });

  it('signs out everywhere: every session of the user ends, others’ do not', async () => {
    const own = await makeTenant(database());
    const user = await makeUser(database(), own);
    const laptop = await signIn(app, user);
    const phone = await signIn(app, user);
    const colleague = await signIn(app, await makeUser(database(), own));
    expect((await revokeAll(laptop, laptop.headers({ csrf: false }))).statusCode).toBe(403);
    expect(await alive(laptop)).toBe(true);
    const response = await revokeAll(laptop);
    expect(response.statusCode).toBe(204);
    expect(response.headers['set-cookie']).toMatch(/^pathways_session=; Max-Age=0/);
    expect(await alive(laptop)).toBe(false);
    expect(await alive(phone)).toBe(false);
    expect(await alive(colleague)).toBe(true);
    expect((await auditTrail(database(), own.id)).at(-1)).toMatchObject({
      action: 'auth.sign_out_everywhere',
      details: { sessionsEnded: 2 },
    });
  });

  it('answers 401 to every session route without a session', async () => {
    const user = await makeUser(database(), tenant);
    const client = await signIn(app, user);
    const requests = [
      { method: 'GET' as const, url: '/api/v1/auth/sessions' },
      { method: 'DELETE' as const, url: `/api/v1/auth/sessions/${client.sessionId}` },
      { method: 'POST' as const, url: '/api/v1/auth/sessions/revoke-all' },
    ];
    for (const request of requests) {
      const response = await app.inject(request);
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('auth.unauthenticated');
    }
    expect(await alive(client)).toBe(true);
  });

  describe('across tenants', () => {
    it('shows tenant B nothing of tenant A, and lets it end nothing of tenant A', async () => {
      const tenantB = await makeTenant(database());
      const alice = await signIn(app, await makeUser(database(), tenant));
      const bob = await signIn(app, await makeUser(database(), tenantB));
      const bobsList = (await list(bob)).json().sessions as { id: string }[];
      expect(bobsList.map((session) => session.id)).toEqual([bob.sessionId]);
      expect((await revoke(bob, alice.sessionId)).statusCode).toBe(404);
      expect((await revokeAll(bob)).statusCode).toBe(204);
      expect(await alive(alice)).toBe(true);
    });

    it('does not let a cookie with tenant A’s secret and tenant B’s prefix, or B’s CSRF token, reach A', async () => {
      const tenantB = await makeTenant(database());
      const alice = await signIn(app, await makeUser(database(), tenant));
      const bob = await signIn(app, await makeUser(database(), tenantB));
      const forged = `${tenantB.id}.${alice.token.split('.')[1]}`;
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/sessions/revoke-all',
        headers: { cookie: `pathways_session=${forged}`, 'x-csrf-token': bob.csrfToken },
      });
      expect(response.statusCode).toBe(401);
      expect(await alive(alice)).toBe(true);
    });
  });
});
