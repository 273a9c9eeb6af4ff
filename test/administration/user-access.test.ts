import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMember } from '../access/factories.ts';
import { auditTrail, type SignedInClient, signIn } from '../identity/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { type AdminWorld, makeAdminWorld, makeStaff, STRONG_PASSWORD } from './admin-world.ts';

// The pair for every administration route: who can, and who cannot (another organisation's
// coordinator 404, other roles 403, another tenant's administrator 404, no session and a
// deactivated user 401), with nothing of the account in a refusal's body.

describe(`who manages user accounts on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: AdminWorld;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makeAdminWorld(database(), app);
  });
  afterAll(() => app?.close());

  const list = (client?: SignedInClient, query = '') =>
    app.inject({ url: `/api/v1/admin/users${query}`, headers: client?.headers() ?? {} });
  const read = (id: string, client?: SignedInClient) =>
    app.inject({ url: `/api/v1/admin/users/${id}`, headers: client?.headers() ?? {} });
  const patch = (id: string, payload: object, client?: SignedInClient) =>
    app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/users/${id}`,
      payload,
      headers: client?.headers() ?? {},
    });
  const putRoles = (id: string, roles: object[], client?: SignedInClient) =>
    app.inject({
      method: 'PUT',
      url: `/api/v1/admin/users/${id}/roles`,
      payload: { roles },
      headers: client?.headers() ?? {},
    });
  const create = (payload: object, client?: SignedInClient) =>
    app.inject({ method: 'POST', url: '/api/v1/admin/users', payload, headers: client?.headers() ?? {} });
  const practitionerOf = (organisationId: string) => [{ role: 'cso_practitioner', organisationId }];
  const newUser = (organisationId: string, name: string) => ({
    username: `${name.toLowerCase()}.${randomBytes(4).toString('hex')}`,
    displayName: `New ${name}`,
    organisationId,
    password: STRONG_PASSWORD,
    roles: practitionerOf(organisationId),
  });

  it('lists the whole tenant for an administrator and the own organisation for a coordinator', async () => {
    const all = (await list(world.clients.admin)).json<{ items: { id: string; actions: string[] }[] }>();
    const ids = all.items.map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining([world.members.coordinatorB.id, world.members.manager.id]));
    expect(ids).not.toContain(world.members.otherAdmin.id);
    expect(all.items.every((item) => item.actions.includes('change_roles'))).toBe(true);

    const own = (await list(world.clients.coordinatorA)).json<{
      items: { id: string; actions: string[] }[];
    }>();
    const byId = new Map(own.items.map((item) => [item.id, item.actions]));
    expect([...byId.keys()].sort()).toEqual(
      [world.members.coordinatorA.id, world.members.practitionerA.id].sort(),
    );
    expect(byId.get(world.members.practitionerA.id)).toEqual(['read', 'create', 'update', 'change_roles']);
    expect(byId.get(world.members.coordinatorA.id)).toEqual(['read']);
    // Filtering on another organisation shows nothing, as for one that does not exist.
    expect((await list(world.clients.coordinatorA, `?organisationId=${world.csoB}`)).json().items).toEqual(
      [],
    );
    expect(
      (await list(world.clients.otherAdmin)).json().items.map((item: { id: string }) => item.id),
    ).toEqual([world.members.otherAdmin.id]);
  });

  it('shows one account to those who may see it, records the look, and hides it from others', async () => {
    const staff = await makeStaff(database(), world);
    for (const actor of ['admin', 'coordinatorA'] as const) {
      const response = await read(staff.id, world.clients[actor]);
      expect(response.statusCode, actor).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.json()).toMatchObject({ id: staff.id, username: staff.username });
      expect(response.json().actions).toContain('read');
    }
    // A coordinator sees a fellow coordinator of the same organisation, but may only read them.
    const fellow = await read(world.members.coordinatorA.id, world.clients.coordinatorA);
    expect(fellow.json().actions).toEqual(['read']);
    const reads = (await auditTrail(database(), world.tenant.id)).filter(
      (entry) => entry.action === 'record.read' && entry.subject_id === staff.id,
    );
    expect(reads.map((entry) => entry.actor_user_id).sort()).toEqual(
      [world.members.admin.id, world.members.coordinatorA.id].sort(),
    );

    for (const actor of ['coordinatorB', 'otherAdmin'] as const) {
      const response = await read(staff.id, world.clients[actor]);
      expect(response.statusCode, actor).toBe(404);
      expect(response.json().code).toBe('not_found');
      expect(response.body).not.toContain(staff.username);
    }
    const unknown = await read('01900000-0000-7000-8000-000000000000', world.clients.admin);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('not_found');
  });

  it('lets an administrator and the own coordinator change staff; hides them from others', async () => {
    for (const actor of ['admin', 'coordinatorA'] as const) {
      const staff = await makeStaff(database(), world);
      expect(
        (await patch(staff.id, { displayName: `Renamed by ${actor}` }, world.clients[actor])).statusCode,
      ).toBe(200);
      expect((await putRoles(staff.id, practitionerOf(world.csoA), world.clients[actor])).statusCode).toBe(
        200,
      );
      expect((await create(newUser(world.csoA, actor), world.clients[actor])).statusCode).toBe(201);
    }
    const staff = await makeStaff(database(), world);
    for (const actor of ['coordinatorB', 'otherAdmin'] as const) {
      for (const response of [
        await patch(staff.id, { displayName: 'Not yours' }, world.clients[actor]),
        await putRoles(staff.id, [], world.clients[actor]),
      ]) {
        expect(response.statusCode, actor).toBe(404);
        expect(response.json().code).toBe('not_found');
        expect(response.body).not.toContain(staff.username);
      }
    }
    expect((await create(newUser(world.csoA, 'b'), world.clients.coordinatorB)).statusCode).toBe(404);
    // To another tenant's administrator the organisation does not exist: the same 400 as a made-up id.
    const foreign = await create(newUser(world.csoA, 'x'), world.clients.otherAdmin);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: '/body/organisationId', code: 'unknown_organisation' }),
      ]),
    );
    const denied = (await auditTrail(database(), world.tenant.id)).filter(
      (entry) => entry.action === 'access.denied' && entry.actor_user_id === world.members.coordinatorB.id,
    );
    expect(denied.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a coordinator, with 403, what is visible but outside the allowance', async () => {
    const staff = await makeStaff(database(), world);
    const coordinatorRole = [{ role: 'cso_coordinator', organisationId: world.csoA }];
    const refusals = [
      await putRoles(staff.id, coordinatorRole, world.clients.coordinatorA),
      await patch(world.members.coordinatorA.id, { active: false }, world.clients.coordinatorA),
      await putRoles(world.members.coordinatorA.id, practitionerOf(world.csoA), world.clients.coordinatorA),
      await create({ ...newUser(world.csoA, 'co'), roles: coordinatorRole }, world.clients.coordinatorA),
    ];
    for (const response of refusals) {
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('auth.forbidden');
    }
    // An administrator may make a coordinator.
    expect((await putRoles(staff.id, coordinatorRole, world.clients.admin)).statusCode).toBe(200);
  });

  it('refuses other roles with 403 and callers without a live session with 401 on every route', async () => {
    const staff = await makeStaff(database(), world);
    const requests = (client?: SignedInClient) => [
      list(client),
      read(staff.id, client),
      create(newUser(world.csoA, 'n'), client),
      patch(staff.id, { displayName: 'Nope' }, client),
      putRoles(staff.id, [], client),
    ];
    for (const role of ['practitionerA', 'manager'] as const) {
      for (const response of await Promise.all(requests(world.clients[role]))) {
        expect(response.statusCode, role).toBe(403);
        expect(response.json().code).toBe('auth.forbidden');
      }
    }
    for (const response of await Promise.all(requests())) expect(response.statusCode).toBe(401);

    const deactivated = await makeMember(database(), world.tenant, 'administrator');
    const client = await signIn(app, deactivated);
    await database().superuser('update users set active = false, deactivated_at = now() where id = $1', [
      deactivated.id,
    ]);
    for (const response of await Promise.all(requests(client))) expect(response.statusCode).toBe(401);
  });
});
