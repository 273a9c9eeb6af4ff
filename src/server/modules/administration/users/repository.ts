import { and, asc, eq, gt, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgUpdateSetSource, QueryBuilder } from 'drizzle-orm/pg-core';
import type { Tx } from '../../../platform/db/database.ts';
import { type Placeholders, preparedRead } from '../../../platform/db/prepared-read.ts';
import { facilities } from '../../../platform/db/schema.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { toAssignment } from '../../identity/directory/accounts.ts';
import type { OrganisationKind, RoleAssignment } from '../../identity/roles.ts';
import { loginNames, organisations, roleAssignments, users } from '../../identity/schema.ts';

// The write side of the identity directory, for administration. Every function runs in the
// request's tenant transaction (row-level security is the second wall); lists take the access
// core's visibility condition, and single accounts are authorized by the caller right after loading.

export interface UserRow {
  id: string;
  tenantId: string;
  organisationId: string;
  username: string;
  displayName: string;
  active: boolean;
  deactivatedAt: Date | null;
  createdAt: Date;
  mfaEnrolled: boolean;
  organisation: { id: string; name: string; kind: OrganisationKind };
  roles: RoleAssignment[];
}

const userColumns = {
  id: users.id,
  tenantId: users.tenantId,
  organisationId: users.organisationId,
  username: users.username,
  displayName: users.displayName,
  active: users.active,
  deactivatedAt: users.deactivatedAt,
  createdAt: users.createdAt,
  mfaEnrolledAt: users.mfaEnrolledAt,
  organisation: { id: organisations.id, name: organisations.name, kind: organisations.kind },
};

const ORGANISATION_OF_USER = and(
  eq(organisations.tenantId, users.tenantId),
  eq(organisations.id, users.organisationId),
);

/** The users `visible` lets the actor read, oldest first (ids are time-ordered), after `cursor`. */
export async function listUsers(
  tx: Tx,
  visible: SQL,
  filters: { organisationId?: string | undefined; active?: boolean | undefined },
  page: { after?: string | undefined; limit: number },
): Promise<UserRow[]> {
  const conditions = [visible];
  if (filters.organisationId !== undefined) conditions.push(eq(users.organisationId, filters.organisationId));
  if (filters.active !== undefined) conditions.push(eq(users.active, filters.active));
  if (page.after !== undefined) conditions.push(gt(users.id, page.after));
  const rows = await tx
    .select(userColumns)
    .from(users)
    .innerJoin(organisations, ORGANISATION_OF_USER)
    .where(and(...conditions))
    .orderBy(asc(users.id))
    .limit(page.limit);
  return withRoles(tx, rows);
}

/** One account of the tenant, for authorizing: the caller must `authorize` it before use. */
export async function findUser(tx: Tx, id: string): Promise<UserRow | undefined> {
  // Both asked at once: on PostgreSQL they travel in one write and are answered in one round trip.
  const [rows, held] = await Promise.all([oneUser(tx, { id }), rolesOfOne(tx, { id })]);
  const [row] = attachRoles(rows, held);
  return row;
}

// Every read of one account (each administration route, the audited read of the benchmark) runs
// these two, so they are prepared once rather than built per call.
const oneUser = preparedRead((builder: QueryBuilder, value: Placeholders<{ id: string }>) =>
  builder
    .select(userColumns)
    .from(users)
    .innerJoin(organisations, ORGANISATION_OF_USER)
    .where(eq(users.id, value('id'))),
);

const rolesOfOne = preparedRead((builder: QueryBuilder, value: Placeholders<{ id: string }>) =>
  builder
    .select(roleColumns)
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, value('id')))
    .orderBy(...ROLE_ORDER),
);

type Loaded = Omit<UserRow, 'roles' | 'mfaEnrolled'> & { mfaEnrolledAt: Date | null };

async function withRoles(tx: Tx, rows: Loaded[]): Promise<UserRow[]> {
  if (rows.length === 0) return [];
  return attachRoles(
    rows,
    await rolesOf(
      tx,
      rows.map((row) => row.id),
    ),
  );
}

function rolesOf(tx: Tx, userIds: string[]) {
  return tx
    .select(roleColumns)
    .from(roleAssignments)
    .where(inArray(roleAssignments.userId, userIds))
    .orderBy(...ROLE_ORDER);
}

const roleColumns = {
  userId: roleAssignments.userId,
  role: roleAssignments.role,
  scope: roleAssignments.scope,
  facilityId: roleAssignments.facilityId,
  organisationId: roleAssignments.organisationId,
};

const ROLE_ORDER = [asc(roleAssignments.role), asc(roleAssignments.createdAt), asc(roleAssignments.id)];

type HeldRole = Awaited<ReturnType<typeof rolesOf>>[number];

function attachRoles(rows: Loaded[], held: HeldRole[]): UserRow[] {
  return rows.map(({ mfaEnrolledAt, ...row }) => ({
    ...row,
    mfaEnrolled: mfaEnrolledAt !== null,
    roles: held.filter((assignment) => assignment.userId === row.id).map(toAssignment),
  }));
}

/** Which of these organisations exist in the tenant (others, of another tenant included, are invisible). */
export async function existingOrganisations(tx: Tx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(inArray(organisations.id, ids));
  return new Set(rows.map((row) => row.id));
}

/** Which of these facilities exist in the tenant. */
export async function existingFacilities(tx: Tx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.select({ id: facilities.id }).from(facilities).where(inArray(facilities.id, ids));
  return new Set(rows.map((row) => row.id));
}

/**
 * Whether the username is taken in any tenant: names are unique across the installation, and the
 * sign-in directory is the one table that sees past the tenant.
 */
export async function isUsernameTaken(tx: Tx, username: string): Promise<boolean> {
  const [row] = await tx
    .select({ userId: loginNames.userId })
    .from(loginNames)
    .where(eq(loginNames.username, username));
  return row !== undefined;
}

export async function insertUser(
  tx: Tx,
  user: {
    tenantId: string;
    organisationId: string;
    username: string;
    displayName: string;
    passwordHash: string;
  },
): Promise<string> {
  const id = uuidv7();
  await tx.insert(users).values({ id, ...user });
  return id;
}

export async function updateUser(
  tx: Tx,
  id: string,
  change: { displayName?: string | undefined; active?: boolean | undefined },
): Promise<void> {
  const set: PgUpdateSetSource<typeof users> = {};
  if (change.displayName !== undefined) set.displayName = change.displayName;
  if (change.active !== undefined) {
    set.active = change.active;
    set.deactivatedAt = change.active ? null : sql`now()`;
  }
  await tx.update(users).set(set).where(eq(users.id, id));
}

/** Replaces every role the user holds by `roles` (taking away is a delete: the trail keeps the history). */
export async function replaceRoleAssignments(
  tx: Tx,
  tenantId: string,
  userId: string,
  roles: readonly RoleAssignment[],
): Promise<void> {
  await tx.delete(roleAssignments).where(eq(roleAssignments.userId, userId));
  if (roles.length === 0) return;
  await tx.insert(roleAssignments).values(
    roles.map((held) => ({
      id: uuidv7(),
      tenantId,
      userId,
      role: held.role,
      scope: held.scope,
      facilityId: held.facilityId,
      organisationId: held.organisationId,
    })),
  );
}
