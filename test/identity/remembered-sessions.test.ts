import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAccess } from '../../src/server/modules/access/with-access.ts';
import { signedIn } from '../../src/server/modules/identity/access/actor.ts';
import {
  SESSION_CHANGED,
  sessionCheckStatement,
} from '../../src/server/modules/identity/sessions/repository.ts';
import { resolveSession } from '../../src/server/modules/identity/sessions/resolve-session.ts';
import { sqlStateOf } from '../../src/server/platform/db/opening-check.ts';
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

// A read-only request may start from the session as the server last resolved it; its first
// transaction checks in the database that the session is still live and unchanged, and a request
// whose check fails is served again from a fresh resolution (access-hook.ts, migration 0019). What
// a user sees must be exactly what a fresh resolution on every request would give: a change takes
// effect on the very next request, and nothing of the attempt made with the old session remains.
describe(`remembered sessions on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let tenant: TestTenant;
  /** How many times the test routes' handlers ran. */
  const runs = { roles: 0, count: 0, sent: 0, echo: 0 };

  beforeAll(async () => {
    const db = database().db;
    app = await buildTestApp({
      db,
      routes: (routes) => {
        // Answers from the actor alone, opening no transaction.
        routes.get('/api/v1/test-only/my-roles', { config: { access: 'signed-in' } }, async (request) => {
          runs.roles += 1;
          return {
            roles: signedIn(request)
              .actor.roles.map((held) => held.role)
              .sort(),
          };
        });
        // The same, sent by the handler itself, with a header of its own.
        routes.get(
          '/api/v1/test-only/my-roles-sent',
          { config: { access: 'signed-in' } },
          (request, reply) => {
            runs.sent += 1;
            const roles = signedIn(request)
              .actor.roles.map((held) => held.role)
              .sort();
            return reply.header('x-run', String(runs.sent)).send({ roles });
          },
        );
        // Takes a query string with a schema.
        routes.get(
          '/api/v1/test-only/echo-limit',
          {
            config: { access: 'signed-in' },
            schema: { querystring: { type: 'object', properties: { limit: { type: 'integer' } } } },
          },
          async (request) => {
            runs.echo += 1;
            return { query: request.query };
          },
        );
        // Opens a transaction of the request's tenant.
        routes.get('/api/v1/test-only/facility-count', { config: { access: 'signed-in' } }, (request) => {
          runs.count += 1;
          return withAccess(db, request, async (tx) => {
            const rows = (await tx.execute('select count(*)::int as n from facilities')) as unknown as {
              rows: { n: number }[];
            };
            return { facilities: rows.rows[0]?.n };
          });
        });
      },
    });
    // A demo tenant: every role signs in with the password alone.
    tenant = await makeTenant(database(), { isDemo: true });
  });
  afterAll(() => app?.close());

  const readUser = (client: SignedInClient, id: string) =>
    app.inject({ url: `/api/v1/admin/users/${id}`, headers: client.headers({ csrf: false }) });
  const myRoles = (client: SignedInClient) =>
    app.inject({ url: '/api/v1/test-only/my-roles', headers: client.headers({ csrf: false }) });
  const readsOf = async (subjectId: string) =>
    (await auditTrail(database(), tenant.id)).filter(
      (entry) => entry.action === 'record.read' && entry.subject_id === subjectId,
    ).length;
  const removeRole = (userId: string, role: string) =>
    database().superuser('delete from role_assignments where user_id = $1 and role = $2', [userId, role]);

  /** An administrator who has read the target once, so that the server remembers the session. */
  const administratorWhoRead = async () => {
    const administrator = await makeUser(database(), tenant, { roles: ['administrator'] });
    const target = await makeUser(database(), tenant, { roles: ['analyst'] });
    const client = await signIn(app, administrator);
    expect((await readUser(client, target.id)).statusCode).toBe(200);
    expect((await readUser(client, target.id)).statusCode).toBe(200);
    expect(await readsOf(target.id)).toBe(2);
    return { administrator, target, client };
  };

  it('refuses a role taken away since the last request, and keeps nothing of the attempt', async () => {
    const { administrator, target, client } = await administratorWhoRead();
    await removeRole(administrator.id, 'administrator');
    const response = await readUser(client, target.id);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'auth.forbidden' });
    expect(response.body).not.toContain(target.username);
    // The attempt with the remembered roles rolled back with its audit entry; the refusal is recorded.
    expect(await readsOf(target.id)).toBe(2);
    const refusals = (await auditTrail(database(), tenant.id)).filter(
      (entry) => entry.action === 'access.denied' && entry.actor_user_id === administrator.id,
    );
    expect(refusals).toHaveLength(1);
  });

  it('serves a request again with a role given since the last request, recording one read', async () => {
    const { administrator, target, client } = await administratorWhoRead();
    await grantRole(database(), tenant, administrator.id, 'knowledge_editor');
    expect((await readUser(client, target.id)).statusCode).toBe(200);
    expect(await readsOf(target.id)).toBe(3);
  });

  it('answers 401 with no data to a user deactivated, or a session revoked or idle, since the last request', async () => {
    const arrangements = [
      (userId: string) =>
        database().superuser('update users set active = false, deactivated_at = now() where id = $1', [
          userId,
        ]),
      (userId: string) =>
        database().superuser(
          `update sessions set revoked_at = now(), revoked_reason = 'sign_out' where user_id = $1`,
          [userId],
        ),
      (userId: string) =>
        database().superuser(
          `update sessions set last_seen_at = now() - interval '31 minutes' where user_id = $1`,
          [userId],
        ),
    ];
    for (const arrange of arrangements) {
      const { administrator, target, client } = await administratorWhoRead();
      await arrange(administrator.id);
      const response = await readUser(client, target.id);
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ code: 'auth.unauthenticated' });
      expect(response.body).not.toContain(target.username);
      expect(await readsOf(target.id)).toBe(2);
    }
  });

  it('answers bad input from a remembered session only once the session is confirmed', async () => {
    const withBadLimit = (client: SignedInClient) =>
      app.inject({
        url: '/api/v1/test-only/echo-limit?limit=many',
        headers: client.headers({ csrf: false }),
      });
    const expectBadLimit = (response: Awaited<ReturnType<typeof withBadLimit>>) => {
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'request.validation' });
      expect(JSON.stringify(response.json())).toContain('/querystring/limit');
    };
    const runsBefore = runs.echo;

    // Still signed in and allowed: the input's fault, with the field at fault.
    const { client } = await administratorWhoRead();
    expectBadLimit(await withBadLimit(client));

    // Deactivated since the last request: signed out, and told nothing about the input.
    const deactivated = await administratorWhoRead();
    await database().superuser('update users set active = false, deactivated_at = now() where id = $1', [
      deactivated.administrator.id,
    ]);
    const afterDeactivation = await withBadLimit(deactivated.client);
    expect(afterDeactivation.statusCode).toBe(401);
    expect(afterDeactivation.json()).toMatchObject({ code: 'auth.unauthenticated' });
    expect(afterDeactivation.body).not.toContain('querystring');

    // A role given since the last request: the check fails, the fresh admission lets the user in,
    // and the input is what is wrong.
    const promoted = await administratorWhoRead();
    await grantRole(database(), tenant, promoted.administrator.id, 'knowledge_editor');
    expectBadLimit(await withBadLimit(promoted.client));

    // The handler never ran with input that failed validation.
    expect(runs.echo).toBe(runsBefore);
  });

  it('refuses, as the route would, a caller whose role was taken away, before looking at the input', async () => {
    const { administrator, client } = await administratorWhoRead();
    await removeRole(administrator.id, 'administrator');
    const response = await app.inject({
      url: '/api/v1/admin/users?limit=many',
      headers: client.headers({ csrf: false }),
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'auth.forbidden' });
    expect(response.body).not.toContain('querystring');
    const refusals = (await auditTrail(database(), tenant.id)).filter(
      (entry) => entry.action === 'access.denied' && entry.actor_user_id === administrator.id,
    );
    expect(refusals).toHaveLength(1);
  });

  it('checks a handler that opened no transaction before its answer leaves', async () => {
    const user = await makeUser(database(), tenant, { roles: ['analyst'] });
    const client = await signIn(app, user);
    expect((await myRoles(client)).json()).toEqual({ roles: ['analyst'] });
    expect((await myRoles(client)).json()).toEqual({ roles: ['analyst'] });
    await grantRole(database(), tenant, user.id, 'knowledge_editor');
    const before = runs.roles;
    expect((await myRoles(client)).json()).toEqual({ roles: ['analyst', 'knowledge_editor'] });
    // Run with the remembered roles, found changed, and run again with the fresh ones.
    expect(runs.roles - before).toBe(2);
    await database().superuser('update users set active = false, deactivated_at = now() where id = $1', [
      user.id,
    ]);
    expect((await myRoles(client)).statusCode).toBe(401);
  });

  it('runs a handler once when nothing changed, and twice after a change, writing nothing to the session', async () => {
    const user = await makeUser(database(), tenant, { roles: ['analyst'] });
    const client = await signIn(app, user);
    const count = () =>
      app.inject({ url: '/api/v1/test-only/facility-count', headers: client.headers({ csrf: false }) });
    expect((await count()).statusCode).toBe(200);
    const lastSeen = async () =>
      (
        await database().superuser<{ at: string }>(
          'select last_seen_at::text as at from sessions where id = $1',
          [client.sessionId],
        )
      )[0]?.at;
    const seenBefore = await lastSeen();
    const before = runs.count;
    const response = await count();
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ facilities: expect.any(Number) });
    expect(runs.count - before).toBe(1);
    // The check writes nothing (app_check_session is STABLE: PostgreSQL refuses a write in it), so
    // the request's transaction holds no lock on the session; the last use is written when the
    // server resolves the session again, at most a minute later (session-memory.ts).
    expect(await lastSeen()).toBe(seenBefore);
    // A change found by the check in the transaction: that run rolled back, and the handler ran again.
    await grantRole(database(), tenant, user.id, 'knowledge_editor');
    const beforeChange = runs.count;
    expect((await count()).statusCode).toBe(200);
    expect(runs.count - beforeChange).toBe(2);
  });

  it('holds back what a handler sends itself until the check has passed', async () => {
    const user = await makeUser(database(), tenant, { roles: ['analyst'] });
    const client = await signIn(app, user);
    const sent = () =>
      app.inject({ url: '/api/v1/test-only/my-roles-sent', headers: client.headers({ csrf: false }) });
    expect((await sent()).json()).toEqual({ roles: ['analyst'] });
    expect((await sent()).json()).toEqual({ roles: ['analyst'] });
    await grantRole(database(), tenant, user.id, 'knowledge_editor');
    const before = runs.sent;
    const changed = await sent();
    expect(changed.json()).toEqual({ roles: ['analyst', 'knowledge_editor'] });
    // Only the second run's headers: the first run's were put back before it ran again.
    expect(changed.headers['x-run']).toBe(String(runs.sent));
    expect(runs.sent - before).toBe(2);
    await database().superuser('update users set active = false, deactivated_at = now() where id = $1', [
      user.id,
    ]);
    const refused = await sent();
    expect(refused.statusCode).toBe(401);
    expect(refused.body).not.toContain('analyst');
    expect(refused.headers['x-run']).toBeUndefined();
  });

  it('has the database refuse the check for a changed fingerprint, or in another tenant’s transaction', async () => {
    const client = await signIn(app, await makeUser(database(), tenant, { roles: ['analyst'] }));
    const db = database().db;
    const resolved = await resolveSession(db, client.token, 30, 'test');
    if (!resolved) throw new Error('the session did not resolve');
    const check = (tenantId: string, fingerprint: string) =>
      db.withTenant(tenantId, (tx) =>
        tx.execute(sql.raw(sessionCheckStatement(tenant.id, resolved.tokenHash, 30, fingerprint))),
      );
    await expect(check(tenant.id, resolved.fingerprint)).resolves.toBeDefined();
    const other = await makeTenant(database(), { isDemo: true });
    for (const attempt of [check(tenant.id, 'f'.repeat(64)), check(other.id, resolved.fingerprint)]) {
      const failure = await attempt.then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(sqlStateOf(failure)).toBe(SESSION_CHANGED);
    }
  });

  it('never lends one session’s remembered user to another token', async () => {
    const { target } = await administratorWhoRead();
    const analyst = await signIn(app, await makeUser(database(), tenant, { roles: ['analyst'] }));
    const response = await readUser(analyst, target.id);
    expect(response.statusCode).toBe(403);
    expect(response.body).not.toContain(target.username);
  });
});
