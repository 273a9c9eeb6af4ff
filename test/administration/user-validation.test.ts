import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditTrail } from '../identity/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { type AdminWorld, makeAdminWorld, makeStaff, STRONG_PASSWORD } from './admin-world.ts';

// Bad input gets problem+json naming the field, and changes nothing (design rule 10).

describe(`bad input to user administration on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: AdminWorld;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makeAdminWorld(database(), app);
  });
  afterAll(() => app?.close());

  const valid = () => ({
    username: `valid.${Math.random().toString(36).slice(2, 10)}`,
    displayName: 'Valid Person',
    organisationId: world.csoA,
    password: STRONG_PASSWORD,
    roles: [{ role: 'cso_practitioner', organisationId: world.csoA }],
  });
  const create = (payload: object) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      payload,
      headers: world.clients.admin.headers(),
    });

  it.each([
    ['an unknown role', () => ({ roles: [{ role: 'superuser' }] }), '/body/roles/0/role'],
    [
      'a facility role at an organisation',
      () => ({ roles: [{ role: 'director', organisationId: world.csoA }] }),
      '/body/roles/0/facilityId',
    ],
    [
      'a tenant role with a facility',
      () => ({ roles: [{ role: 'analyst', facilityId: world.tenant.facilityId }] }),
      '/body/roles/0/facilityId',
    ],
    [
      'a facility of another tenant',
      () => ({ roles: [{ role: 'case_manager', facilityId: world.other.facilityId }] }),
      '/body/roles/0/facilityId',
    ],
    [
      'the same role twice',
      () => ({ roles: [{ role: 'analyst' }, { role: 'analyst' }] }),
      '/body/roles/1/role',
    ],
    ['a weak password', () => ({ password: 'password1234' }), '/body/password'],
    ['a short password', () => ({ password: 'short' }), '/body/password'],
    ['an upper-case username', () => ({ username: 'Not.Lower' }), '/body/username'],
    ['a missing display name', () => ({ displayName: undefined }), '/body/displayName'],
    ['an unknown organisation', () => ({ organisationId: world.tenant.facilityId }), '/body/organisationId'],
  ] as const)('refuses %s with 400 naming the field, creating nothing', async (_name, change, path) => {
    const payload = { ...valid(), ...change() };
    const response = await create(payload);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe('request.validation');
    expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    const [row] = await database().superuser<{ count: number }>(
      'select count(*)::int as count from users where username = $1',
      [payload.username],
    );
    expect(row?.count).toBe(0);
  });

  it('refuses a taken username with 409, even one of another tenant', async () => {
    for (const username of [world.members.coordinatorB.username, world.members.otherAdmin.username]) {
      const response = await create({ ...valid(), username });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({
        code: 'user.username_taken',
        errors: [expect.objectContaining({ path: '/body/username' })],
      });
    }
  });

  it('leaves roles and the trail unchanged when a role change is refused', async () => {
    const staff = await makeStaff(database(), world);
    const response = await app.inject({
      method: 'PUT',
      url: `/api/v1/admin/users/${staff.id}/roles`,
      payload: { roles: [{ role: 'analyst' }, { role: 'director', facilityId: world.other.facilityId }] },
      headers: world.clients.admin.headers(),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: '/body/roles/1/facilityId' })]);
    const roles = await database().superuser<{ role: string }>(
      'select role from role_assignments where user_id = $1',
      [staff.id],
    );
    expect(roles).toEqual([{ role: 'cso_practitioner' }]);
    expect(
      (await auditTrail(database(), world.tenant.id)).filter((entry) => entry.subject_id === staff.id),
    ).toEqual([]);
  });

  it('refuses an empty change and unknown fields', async () => {
    const staff = await makeStaff(database(), world);
    for (const payload of [{}, { username: 'renamed' }]) {
      const response = await app.inject({
        method: 'PATCH',
        url: `/api/v1/admin/users/${staff.id}`,
        payload,
        headers: world.clients.admin.headers(),
      });
      expect(response.statusCode).toBe(400);
    }
  });
});
