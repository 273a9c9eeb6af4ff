import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { hashPassword } from '../../src/server/modules/identity/passwords/hashing.ts';
import type { Role } from '../../src/server/modules/identity/roles.ts';
import { scopeOf } from '../../src/server/modules/identity/roles.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import type { TestDatabase } from '../support/test-database.ts';

// Factories for identity tests: each call makes fresh rows (as the superuser, past row-level
// security), so tests never share a user, an organisation or a tenant by accident.

export const TEST_PASSWORD = 'a quiet river under seven bridges';
let testPasswordHash: Promise<string> | undefined;

const unique = () => randomBytes(4).toString('hex');

export interface TestTenant {
  id: string;
  slug: string;
  organisationId: string;
  facilityId: string;
}

/** A tenant with one organisation (a prison service) and one facility of it. */
export async function makeTenant(
  test: TestDatabase,
  options: { isDemo?: boolean } = {},
): Promise<TestTenant> {
  const tenant = { id: uuidv7(), slug: `t-${unique()}`, organisationId: uuidv7(), facilityId: uuidv7() };
  await test.superuser('insert into tenants (id, slug, name, is_demo) values ($1, $2, $2, $3)', [
    tenant.id,
    tenant.slug,
    options.isDemo ?? false,
  ]);
  await test.superuser(
    `insert into organisations (id, tenant_id, kind, name) values ($1, $2, 'prison_service', 'Prison service')`,
    [tenant.organisationId, tenant.id],
  );
  await test.superuser(
    `insert into facilities (id, tenant_id, organisation_id, code, name, kind, time_zone)
     values ($1, $2, $3, 'F1', 'Facility one', 'men', 'UTC')`,
    [tenant.facilityId, tenant.id, tenant.organisationId],
  );
  return tenant;
}

export interface TestUser {
  id: string;
  username: string;
  password: string;
  tenantId: string;
}

/** A user of the tenant's prison service with the given roles (facility roles at its facility). */
export async function makeUser(
  test: TestDatabase,
  tenant: TestTenant,
  options: { roles?: Role[]; active?: boolean; username?: string } = {},
): Promise<TestUser> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const user = {
    id: uuidv7(),
    username: options.username ?? `user.${unique()}`,
    password: TEST_PASSWORD,
    tenantId: tenant.id,
  };
  const active = options.active ?? true;
  await test.superuser(
    `insert into users (id, tenant_id, organisation_id, username, display_name, password_hash, active, deactivated_at)
     values ($1, $2, $3, $4, $5, $6, $7, case when $7 then null else now() end)`,
    [
      user.id,
      tenant.id,
      tenant.organisationId,
      user.username,
      `Test ${user.username}`,
      await testPasswordHash,
      active,
    ],
  );
  for (const role of options.roles ?? ['analyst']) await grantRole(test, tenant, user.id, role);
  return user;
}

export async function grantRole(test: TestDatabase, tenant: TestTenant, userId: string, role: Role) {
  const scope = scopeOf(role);
  await test.superuser(
    `insert into role_assignments (id, tenant_id, user_id, role, scope, facility_id, organisation_id)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      uuidv7(),
      tenant.id,
      userId,
      role,
      scope,
      scope === 'facility' ? tenant.facilityId : null,
      scope === 'organisation' ? tenant.organisationId : null,
    ],
  );
}

export interface SignedInClient {
  /** The session token (the cookie's value). */
  token: string;
  csrfToken: string;
  sessionId: string;
  /** Headers for a request made with this session; `csrf: false` leaves the CSRF header out. */
  headers(options?: { csrf?: boolean }): Record<string, string>;
}

export function login(
  app: FastifyInstance,
  username: string,
  password: string,
  options: { address?: string; headers?: Record<string, string> } = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    remoteAddress: options.address ?? '192.0.2.1',
    ...(options.headers ? { headers: options.headers } : {}),
  });
}

/** Signs in and returns what a browser would keep: the cookie and the CSRF token. */
export async function signIn(
  app: FastifyInstance,
  user: { username: string; password: string },
): Promise<SignedInClient> {
  const response = await login(app, user.username, user.password, { address: '198.51.100.7' });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((candidate) => candidate.name === 'pathways_session');
  if (!cookie) throw new Error('sign-in set no session cookie');
  const body = response.json<{ csrfToken: string; session: { id: string } }>();
  return {
    token: cookie.value,
    csrfToken: body.csrfToken,
    sessionId: body.session.id,
    headers: ({ csrf = true } = {}) => ({
      cookie: `pathways_session=${cookie.value}`,
      ...(csrf ? { 'x-csrf-token': body.csrfToken } : {}),
    }),
  };
}

/** The audit entries of a tenant, oldest first (read as the superuser). */
export function auditTrail(test: TestDatabase, tenantId: string) {
  return test.superuser<{
    action: string;
    outcome: string;
    actor_user_id: string | null;
    subject_type: string | null;
    subject_id: string | null;
    details: Record<string, unknown>;
  }>(
    `select action, outcome, actor_user_id, subject_type, subject_id, details
       from audit_events where tenant_id = $1 order by seq`,
    [tenantId],
  );
}
