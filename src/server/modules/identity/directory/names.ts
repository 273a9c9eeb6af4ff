import { asc, inArray } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import type { OrganisationKind, Role } from '../roles.ts';
import { organisations, roleAssignments, users } from '../schema.ts';

// What other modules may learn about the people and organisations named in their records (the
// audit trail's actors): names to show, and roles held now. Read in the caller's transaction, so
// within its tenant.

export interface ActorNames {
  users: ReadonlyMap<string, { displayName: string }>;
  organisations: ReadonlyMap<string, { name: string; kind: OrganisationKind }>;
}

/** Display names of these users and names of these organisations; unknown ids are left out. */
export async function namesOf(
  tx: Tx,
  ids: { userIds: Iterable<string>; organisationIds: Iterable<string> },
): Promise<ActorNames> {
  const userIds = [...new Set(ids.userIds)];
  const organisationIds = [...new Set(ids.organisationIds)];
  const userRows =
    userIds.length === 0
      ? []
      : await tx
          .select({ id: users.id, displayName: users.displayName })
          .from(users)
          .where(inArray(users.id, userIds));
  const organisationRows =
    organisationIds.length === 0
      ? []
      : await tx
          .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
          .from(organisations)
          .where(inArray(organisations.id, organisationIds));
  return {
    users: new Map(userRows.map((row) => [row.id, { displayName: row.displayName }])),
    organisations: new Map(organisationRows.map((row) => [row.id, { name: row.name, kind: row.kind }])),
  };
}

/** The roles each of these users holds now (not when they acted: the trail does not record roles). */
export async function currentRolesOf(tx: Tx, userIds: Iterable<string>): Promise<Map<string, Role[]>> {
  const ids = [...new Set(userIds)];
  const roles = new Map<string, Role[]>();
  if (ids.length === 0) return roles;
  const rows = await tx
    .select({ userId: roleAssignments.userId, role: roleAssignments.role })
    .from(roleAssignments)
    .where(inArray(roleAssignments.userId, ids))
    .orderBy(asc(roleAssignments.role));
  for (const row of rows) {
    const held = roles.get(row.userId) ?? [];
    if (!held.includes(row.role)) held.push(row.role);
    roles.set(row.userId, held);
  }
  return roles;
}
