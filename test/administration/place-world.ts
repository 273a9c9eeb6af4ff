import type { FastifyInstance } from 'fastify';
import { type Member, makeMember, makeOrganisation } from '../access/factories.ts';
import {
  auditTrail,
  makeTenant,
  type SignedInClient,
  signIn,
  type TestTenant,
} from '../identity/factories.ts';
import type { TestDatabase } from '../support/test-database.ts';

// The people around a tenant's organisations and facilities: its administrator, the roles that may
// not manage them, and an administrator of another tenant. One demo tenant (every role signs in with
// the password alone), with a prison service running one facility and a CSO. Fresh per call.

export const PLACE_MEMBERS = ['admin', 'manager', 'coordinator', 'monitor', 'otherAdmin'] as const;
export type PlaceMember = (typeof PLACE_MEMBERS)[number];

/** The roles that reach no organisation or facility administration route: 403 from the marking. */
export const WRONG_ROLES = ['manager', 'coordinator', 'monitor'] as const satisfies readonly PlaceMember[];

export interface PlaceWorld {
  tenant: TestTenant;
  other: TestTenant;
  /** A civil society organisation of the tenant. */
  cso: string;
  members: Record<PlaceMember, Member>;
  clients: Record<PlaceMember, SignedInClient>;
}

export async function makePlaceWorld(test: TestDatabase, app: FastifyInstance): Promise<PlaceWorld> {
  const tenant = await makeTenant(test, { isDemo: true });
  const other = await makeTenant(test, { isDemo: true });
  const cso = await makeOrganisation(test, tenant, 'civil_society');
  const members: Record<PlaceMember, Member> = {
    admin: await makeMember(test, tenant, 'administrator'),
    manager: await makeMember(test, tenant, 'case_manager'),
    coordinator: await makeMember(test, tenant, 'cso_coordinator', { organisationId: cso }),
    monitor: await makeMember(test, tenant, 'oversight_monitor'),
    otherAdmin: await makeMember(test, other, 'administrator'),
  };
  const clients = {} as Record<PlaceMember, SignedInClient>;
  for (const name of PLACE_MEMBERS) clients[name] = await signIn(app, members[name]);
  return { tenant, other, cso, members, clients };
}

/**
 * Clients whose requests must get 401: none at all, a deactivated administrator, and administrators
 * whose sessions ran out (past their absolute end, and idle too long).
 */
export async function makeUnauthenticatedClients(
  test: TestDatabase,
  app: FastifyInstance,
  world: PlaceWorld,
): Promise<Record<string, SignedInClient | undefined>> {
  const deactivated = await makeMember(test, world.tenant, 'administrator');
  const deactivatedClient = await signIn(app, deactivated);
  await test.superuser('update users set active = false, deactivated_at = now() where id = $1', [
    deactivated.id,
  ]);
  const expired = await signIn(app, await makeMember(test, world.tenant, 'administrator'));
  await test.superuser(
    `update sessions set created_at = now() - interval '13 hours', expires_at = now() - interval '1 hour'
      where id = $1`,
    [expired.sessionId],
  );
  const idle = await signIn(app, await makeMember(test, world.tenant, 'administrator'));
  await test.superuser(`update sessions set last_seen_at = now() - interval '2 hours' where id = $1`, [
    idle.sessionId,
  ]);
  return { none: undefined, deactivated: deactivatedClient, expired, idle };
}

/** How many rows of a table hold this value in a column (as the superuser, past row-level security). */
export async function countWhere(test: TestDatabase, table: string, column: string, value: unknown) {
  const [row] = await test.superuser<{ count: number }>(
    `select count(*)::int as count from ${table} where ${column} = $1`,
    [value],
  );
  return row?.count ?? 0;
}

/** The tenant's audit entries whose action starts with `prefix`, oldest first. */
export async function entriesStartingWith(test: TestDatabase, tenantId: string, prefix: string) {
  return (await auditTrail(test, tenantId)).filter((entry) => entry.action.startsWith(prefix));
}
