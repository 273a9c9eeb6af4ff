import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { facilities } from '../../../platform/db/schema.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { type OrganisationKind, type Role, scopeOf } from '../roles.ts';
import { organisations, roleAssignments, users } from '../schema.ts';

// Writes that create the people and places of a tenant, each idempotent so that seeding twice adds
// nothing. Tenant transactions only: row-level security keeps every row in the caller's tenant.
// The administration screens (a later issue) will add their own audited use-cases on top.

export async function ensureOrganisation(
  tx: Tx,
  tenantId: string,
  organisation: { kind: OrganisationKind; name: string },
): Promise<string> {
  await tx
    .insert(organisations)
    .values({ id: uuidv7(), tenantId, ...organisation })
    .onConflictDoNothing({ target: [organisations.tenantId, organisations.name] });
  const [row] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenantId), eq(organisations.name, organisation.name)));
  if (!row) throw new Error(`organisation ${organisation.name} was neither created nor found`);
  return row.id;
}

/** Gives the named facilities that have no organisation yet to this one (the tenant's prison service). */
export async function assignFacilitiesTo(
  tx: Tx,
  organisationId: string,
  facilityCodes: string[],
): Promise<void> {
  if (facilityCodes.length === 0) return;
  // facilities.organisation_id comes with 0003; the platform's table definition does not list it.
  await tx.execute(
    sql`update facilities set organisation_id = ${organisationId}
         where organisation_id is null and ${inArray(facilities.code, facilityCodes)}`,
  );
}

export interface NewUser {
  organisationId: string;
  username: string;
  displayName: string;
  passwordHash: string | null;
}

/** Creates the user unless the username exists in the tenant; returns the user's id either way. */
export async function ensureUser(tx: Tx, tenantId: string, user: NewUser): Promise<string> {
  await tx
    .insert(users)
    .values({ id: uuidv7(), tenantId, ...user })
    .onConflictDoNothing({ target: [users.tenantId, users.username] });
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.username, user.username)));
  if (!row) throw new Error(`user ${user.username} was neither created nor found`);
  return row.id;
}

/** Where a role applies: a facility for facility roles, an organisation for organisation roles. */
export type RoleScopeTarget = { facilityId: string } | { organisationId: string } | 'tenant';

export async function ensureRoleAssignment(
  tx: Tx,
  tenantId: string,
  userId: string,
  role: Role,
  target: RoleScopeTarget,
): Promise<void> {
  const facilityId = typeof target === 'object' && 'facilityId' in target ? target.facilityId : null;
  const organisationId =
    typeof target === 'object' && 'organisationId' in target ? target.organisationId : null;
  await tx
    .insert(roleAssignments)
    .values({ id: uuidv7(), tenantId, userId, role, scope: scopeOf(role), facilityId, organisationId })
    .onConflictDoNothing();
}
