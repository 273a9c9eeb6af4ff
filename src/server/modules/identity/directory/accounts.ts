import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { facilities, tenants } from '../../../platform/db/schema.ts';
import type { Role, RoleAssignment } from '../roles.ts';
import { loginNames, organisations, roleAssignments, users } from '../schema.ts';

/** Sign-in's one pre-tenant read: which tenant and user a username belongs to. */
export async function findLoginName(
  tx: Tx,
  username: string,
): Promise<{ tenantId: string; userId: string } | undefined> {
  const [row] = await tx
    .select({ tenantId: loginNames.tenantId, userId: loginNames.userId })
    .from(loginNames)
    .where(eq(loginNames.username, username));
  return row;
}

/** What sign-in needs to decide about a user: credentials, state and roles. */
export interface Account {
  id: string;
  tenantId: string;
  organisationId: string;
  passwordHash: string | null;
  active: boolean;
  mfaEnrolled: boolean;
  tenantIsDemo: boolean;
  roles: Role[];
}

export async function loadAccount(tx: Tx, userId: string): Promise<Account | undefined> {
  const [row] = await tx
    .select({
      id: users.id,
      tenantId: users.tenantId,
      organisationId: users.organisationId,
      passwordHash: users.passwordHash,
      active: users.active,
      mfaEnrolledAt: users.mfaEnrolledAt,
      tenantIsDemo: tenants.isDemo,
    })
    .from(users)
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(eq(users.id, userId));
  if (!row) return undefined;
  const roles = await findRoleAssignments(tx, userId);
  const { mfaEnrolledAt, ...account } = row;
  return { ...account, mfaEnrolled: mfaEnrolledAt !== null, roles: roles.map((held) => held.role) };
}

/** The user's roles and scopes as they are now: read on every request, never cached. */
export async function findRoleAssignments(tx: Tx, userId: string): Promise<RoleAssignment[]> {
  const rows = await tx
    .select({
      role: roleAssignments.role,
      scope: roleAssignments.scope,
      facilityId: roleAssignments.facilityId,
      organisationId: roleAssignments.organisationId,
    })
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, userId))
    .orderBy(asc(roleAssignments.role), asc(roleAssignments.createdAt), asc(roleAssignments.id));
  return rows.map(toAssignment);
}

/** A stored role assignment as the typed scope it is; the database's CHECK makes the throw unreachable. */
export function toAssignment(row: {
  role: Role;
  scope: string;
  facilityId: string | null;
  organisationId: string | null;
}): RoleAssignment {
  const { role, facilityId, organisationId } = row;
  if (row.scope === 'facility' && facilityId !== null)
    return { role, scope: 'facility', facilityId, organisationId: null };
  if (row.scope === 'organisation' && organisationId !== null) {
    return { role, scope: 'organisation', facilityId: null, organisationId };
  }
  if (row.scope === 'tenant') return { role, scope: 'tenant', facilityId: null, organisationId: null };
  throw new Error(`role assignment ${role} has an inconsistent scope`);
}

/** Who the user is, for /me and the sign-in answer: names of the tenant, organisation and scopes. */
export async function loadProfile(tx: Tx, userId: string) {
  const [person] = await tx
    .select({
      user: {
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        mfaEnrolledAt: users.mfaEnrolledAt,
      },
      tenant: { id: tenants.id, slug: tenants.slug, name: tenants.name, isDemo: tenants.isDemo },
      organisation: { id: organisations.id, kind: organisations.kind, name: organisations.name },
    })
    .from(users)
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, users.tenantId), eq(organisations.id, users.organisationId)),
    )
    .where(eq(users.id, userId));
  if (!person) return undefined;
  const roles = await tx
    .select({
      role: roleAssignments.role,
      scope: roleAssignments.scope,
      facility: { id: facilities.id, code: facilities.code, name: facilities.name },
      organisation: { id: organisations.id, name: organisations.name },
    })
    .from(roleAssignments)
    .leftJoin(facilities, eq(facilities.id, roleAssignments.facilityId))
    .leftJoin(organisations, eq(organisations.id, roleAssignments.organisationId))
    .where(eq(roleAssignments.userId, userId))
    .orderBy(asc(roleAssignments.role), asc(roleAssignments.createdAt), asc(roleAssignments.id));
  return { ...person, roles };
}

export type Profile = NonNullable<Awaited<ReturnType<typeof loadProfile>>>;
