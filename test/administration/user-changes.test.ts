import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMember } from '../access/factories.ts';
import { auditTrail, type SignedInClient, signIn } from '../identity/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { type AdminWorld, makeAdminWorld, makeStaff, STRONG_PASSWORD } from './admin-world.ts';

// What administration changes: the target's very next request, the audit trail, and nothing at
// all when the input is bad.

describe(`user administration's effects on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: AdminWorld;
  let admin: SignedInClient;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makeAdminWorld(database(), app);
    admin = world.clients.admin;
  });
  afterAll(() => app?.close());

  const me = (client: SignedInClient) => app.inject({ url: '/api/v1/me', headers: client.headers() });
  const send = (method: 'POST' | 'PATCH' | 'PUT', url: string, payload: object, client = admin) =>
    app.inject({ method, url, payload, headers: client.headers() });
  const trailOf = async (subjectId: string) =>
    (await auditTrail(database(), world.tenant.id)).filter(
      (entry) => entry.subject_id === subjectId && entry.action.startsWith('user.'),
    );

  it('creates an account that can sign in with its roles, audited', async () => {
    const username = `new.${Date.now().toString(36)}`;
    const created = await send('POST', '/api/v1/admin/users', {
      username,
      displayName: 'Nadia Example',
      organisationId: world.csoA,
      password: STRONG_PASSWORD,
      roles: [{ role: 'cso_practitioner', organisationId: world.csoA }],
    });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({
      username,
      active: true,
      organisation: { id: world.csoA },
      mfaEnrolled: false,
    });
    expect(user.roles).toEqual([
      { role: 'cso_practitioner', scope: 'organisation', facilityId: null, organisationId: world.csoA },
    ]);
    expect(created.body).not.toContain(STRONG_PASSWORD);
    const profile = (await me(await signIn(app, { username, password: STRONG_PASSWORD }))).json();
    expect(profile.roles.map((held: { role: string }) => held.role)).toEqual(['cso_practitioner']);
    expect(await trailOf(user.id)).toEqual([
      expect.objectContaining({
        action: 'user.created',
        outcome: 'allowed',
        actor_user_id: world.members.admin.id,
        details: { organisationId: world.csoA, roles: 'cso_practitioner' },
      }),
    ]);
  });

  it('changes roles, seen on the target’s next /me, audited with before and after', async () => {
    const staff = await makeStaff(database(), world);
    const client = await signIn(app, staff);
    const changed = await send('PUT', `/api/v1/admin/users/${staff.id}/roles`, {
      roles: [{ role: 'case_manager', facilityId: world.tenant.facilityId }, { role: 'analyst' }],
    });
    expect(changed.statusCode).toBe(200);
    expect((await me(client)).json().roles.map((held: { role: string }) => held.role)).toEqual([
      'analyst',
      'case_manager',
    ]);
    expect(await trailOf(staff.id)).toEqual([
      expect.objectContaining({
        action: 'user.roles_changed',
        details: { before: 'cso_practitioner', after: 'analyst,case_manager' },
      }),
    ]);
  });

  it('deactivates: the target’s next request is refused and their sessions end; reactivates', async () => {
    const staff = await makeStaff(database(), world);
    const client = await signIn(app, staff);
    expect((await me(client)).statusCode).toBe(200);
    const response = await send('PATCH', `/api/v1/admin/users/${staff.id}`, {
      active: false,
      displayName: 'Left the organisation',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ active: false, displayName: 'Left the organisation' });
    expect((await me(client)).statusCode).toBe(401);
    const [live] = await database().superuser<{ count: number }>(
      'select count(*)::int as count from sessions where user_id = $1 and revoked_at is null',
      [staff.id],
    );
    expect(live?.count).toBe(0);
    expect((await send('PATCH', `/api/v1/admin/users/${staff.id}`, { active: true })).json().active).toBe(
      true,
    );
    expect((await me(await signIn(app, staff))).statusCode).toBe(200);
    expect((await trailOf(staff.id)).map((entry) => [entry.action, entry.details])).toEqual([
      ['user.updated', { fields: 'displayName' }],
      ['user.deactivated', { sessionsRevoked: 1 }],
      ['user.reactivated', {}],
    ]);
  });

  it('refuses to deactivate oneself', async () => {
    const self = await makeMember(database(), world.tenant, 'administrator');
    const client = await signIn(app, self);
    const response = await send('PATCH', `/api/v1/admin/users/${self.id}`, { active: false }, client);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('user.self_deactivation');
  });

  it('refuses to take away one’s own administrator role, and lets another administrator do it', async () => {
    const self = await makeMember(database(), world.tenant, 'administrator');
    const client = await signIn(app, self);
    const url = `/api/v1/admin/users/${self.id}/roles`;
    const demoted = await send('PUT', url, { roles: [{ role: 'analyst' }] }, client);
    expect(demoted.statusCode).toBe(409);
    expect(demoted.json().code).toBe('user.self_demotion');
    expect(demoted.json().errors).toEqual([expect.objectContaining({ path: '/body/roles' })]);
    const [held] = await database().superuser<{ roles: string[] }>(
      'select array_agg(role order by role) as roles from role_assignments where user_id = $1',
      [self.id],
    );
    expect(held?.roles).toEqual(['administrator']);
    // Adding a role while keeping administration is fine; so is another administrator's decision.
    expect(
      (await send('PUT', url, { roles: [{ role: 'administrator' }, { role: 'analyst' }] }, client))
        .statusCode,
    ).toBe(200);
    expect((await send('PUT', url, { roles: [{ role: 'analyst' }] })).statusCode).toBe(200);
  });

  it('pages through the accounts with a cursor and filters by organisation and state', async () => {
    const staff = [await makeStaff(database(), world), await makeStaff(database(), world)];
    const url = `/api/v1/admin/users?organisationId=${world.csoA}&active=true&limit=1`;
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string; organisation: { id: string } }[]; nextCursor: string | null } = (
        await app.inject({ url: cursor ? `${url}&cursor=${cursor}` : url, headers: admin.headers() })
      ).json();
      expect(page.items.length).toBeLessThanOrEqual(1);
      ids.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(ids).toEqual(expect.arrayContaining(staff.map((member) => member.id)));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(world.members.coordinatorB.id);
  });
});
