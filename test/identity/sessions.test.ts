import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  auditTrail,
  grantRole,
  makeTenant,
  makeUser,
  type SignedInClient,
  signIn,
  type TestTenant,
} from './factories.ts';

describe(`sessions on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let tenant: TestTenant;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    tenant = await makeTenant(database());
  });
  afterAll(() => app?.close());

  const me = (client: SignedInClient) =>
    app.inject({ url: '/api/v1/me', headers: client.headers({ csrf: false }) });
  const expectUnauthenticated = (response: Awaited<ReturnType<typeof me>>) => {
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'auth.unauthenticated', status: 401 });
    expect(response.body).not.toMatch(/username|displayName/);
  };
  const sessionRow = async (id: string) =>
    (
      await database().superuser<{ revoked_reason: string | null; last_seen_at: Date }>(
        'select revoked_reason, last_seen_at from sessions where id = $1',
        [id],
      )
    )[0];

  describe('GET /api/v1/me', () => {
    it('shows the signed-in user, organisation, roles with scopes and the CSRF token', async () => {
      const user = await makeUser(database(), tenant, { roles: ['analyst'] });
      const client = await signIn(app, user);
      const response = await me(client);
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.json()).toMatchObject({
        user: { id: user.id, username: user.username },
        organisation: { id: tenant.organisationId, name: 'Prison service' },
        roles: [{ role: 'analyst', scope: 'tenant' }],
        session: { id: client.sessionId },
        csrfToken: client.csrfToken,
      });
    });

    it('answers 401 without a session, with a forged token, or with a token naming another tenant', async () => {
      const user = await makeUser(database(), tenant);
      const client = await signIn(app, user);
      const other = await makeTenant(database());
      const secret = client.token.split('.')[1];
      for (const cookie of [
        undefined,
        'garbage',
        `${tenant.id}.${'A'.repeat(43)}`,
        `${other.id}.${secret}`,
      ]) {
        const response = await app.inject({
          url: '/api/v1/me',
          headers: cookie ? { cookie: `pathways_session=${cookie}` } : {},
        });
        expectUnauthenticated(response);
      }
    });

    it('sees a role change on the very next request', async () => {
      const user = await makeUser(database(), tenant, { roles: ['analyst'] });
      const client = await signIn(app, user);
      await grantRole(database(), tenant, user.id, 'knowledge_editor');
      expect((await me(client)).json().roles.map((held: { role: string }) => held.role)).toEqual([
        'analyst',
        'knowledge_editor',
      ]);
      await database().superuser(`delete from role_assignments where user_id = $1 and role = 'analyst'`, [
        user.id,
      ]);
      expect((await me(client)).json().roles.map((held: { role: string }) => held.role)).toEqual([
        'knowledge_editor',
      ]);
    });

    it('refuses a deactivated user’s existing session on the next request', async () => {
      const user = await makeUser(database(), tenant);
      const client = await signIn(app, user);
      expect((await me(client)).statusCode).toBe(200);
      await database().superuser('update users set active = false, deactivated_at = now() where id = $1', [
        user.id,
      ]);
      expectUnauthenticated(await me(client));
    });
  });

  describe('expiry', () => {
    it('ends a session idle for longer than 30 minutes', async () => {
      const client = await signIn(app, await makeUser(database(), tenant));
      await database().superuser(
        `update sessions set last_seen_at = now() - interval '29 minutes' where id = $1`,
        [client.sessionId],
      );
      expect((await me(client)).statusCode).toBe(200);
      await database().superuser(
        `update sessions set last_seen_at = now() - interval '31 minutes' where id = $1`,
        [client.sessionId],
      );
      expectUnauthenticated(await me(client));
    });

    it('ends a session at its absolute end, however busy', async () => {
      const client = await signIn(app, await makeUser(database(), tenant));
      const [row] = await database().superuser<{ hours: number }>(
        `select round(extract(epoch from expires_at - created_at) / 3600)::int as hours from sessions where id = $1`,
        [client.sessionId],
      );
      expect(row?.hours).toBe(12);
      await database().superuser(
        `update sessions set created_at = now() - interval '13 hours', expires_at = now() - interval '1 hour' where id = $1`,
        [client.sessionId],
      );
      expectUnauthenticated(await me(client));
    });

    it('slides: a request records the session’s use, at most once a minute', async () => {
      const client = await signIn(app, await makeUser(database(), tenant));
      await database().superuser(
        `update sessions set last_seen_at = now() - interval '10 minutes' where id = $1`,
        [client.sessionId],
      );
      await me(client);
      const touched = (await sessionRow(client.sessionId))?.last_seen_at;
      expect(Date.now() - new Date(touched ?? 0).getTime()).toBeLessThan(60_000);
      await me(client);
      expect((await sessionRow(client.sessionId))?.last_seen_at).toEqual(touched);
    });

    it('honours PATHWAYS_SESSION_IDLE_MINUTES', async () => {
      const strict = await buildTestApp({ db: database().db, env: { PATHWAYS_SESSION_IDLE_MINUTES: '5' } });
      try {
        const client = await signIn(strict, await makeUser(database(), tenant));
        await database().superuser(
          `update sessions set last_seen_at = now() - interval '6 minutes' where id = $1`,
          [client.sessionId],
        );
        const response = await strict.inject({ url: '/api/v1/me', headers: client.headers() });
        expect(response.statusCode).toBe(401);
      } finally {
        await strict.close();
      }
    });
  });

  describe('POST /api/v1/auth/logout', () => {
    it('ends the session on the server, clears the cookie and audits it', async () => {
      const own = await makeTenant(database());
      const user = await makeUser(database(), own);
      const client = await signIn(app, user);
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: client.headers(),
      });
      expect(response.statusCode).toBe(204);
      expect(response.headers['set-cookie']).toMatch(
        /^pathways_session=; Max-Age=0; Path=\/; Expires=.*; HttpOnly; SameSite=Strict$/,
      );
      expect((await sessionRow(client.sessionId))?.revoked_reason).toBe('sign_out');
      expectUnauthenticated(await me(client));
      const trail = await auditTrail(database(), own.id);
      expect(trail.at(-1)).toMatchObject({
        action: 'auth.sign_out',
        actor_user_id: user.id,
        subject_id: client.sessionId,
      });
    });

    it('refuses without the CSRF token and leaves the session alive', async () => {
      const client = await signIn(app, await makeUser(database(), tenant));
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: client.headers({ csrf: false }),
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('auth.csrf');
      expect((await me(client)).statusCode).toBe(200);
    });

    it('answers 204 without a session', async () => {
      expect((await app.inject({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    });
  });
});
