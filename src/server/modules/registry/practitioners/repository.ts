import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { AccessTier, VettingOutcome } from '../../../../contracts/registry.ts';
import type { PractitionerGender, VettingLevel } from '../../../../contracts/registry-practitioners.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { organisations, users } from '../../identity/schema.ts';
import { practitioners, vettingChecks } from '../schema.ts';

// Practitioners themselves: finding, listing, adding, suspending. Every function runs in the
// request's tenant transaction (row-level security is the second wall) and is given the tenant or
// an authorized record's condition; the caller authorizes what it finds before using it.

export interface PractitionerRow {
  id: string;
  tenantId: string;
  organisationId: string;
  organisationName: string;
  userId: string | null;
  displayName: string;
  roleTitle: string | null;
  accessTier: AccessTier;
  /** One of PRACTITIONER_GENDERS or null: the column's CHECK allows nothing else. */
  gender: PractitionerGender | null;
  languages: string[];
  suspendedAt: Date | null;
  suspensionReason: string | null;
  createdAt: Date;
}

const columns = {
  id: practitioners.id,
  tenantId: practitioners.tenantId,
  organisationId: practitioners.organisationId,
  organisationName: organisations.name,
  userId: practitioners.userId,
  displayName: practitioners.displayName,
  roleTitle: practitioners.roleTitle,
  accessTier: practitioners.accessTier,
  gender: sql<PractitionerGender | null>`${practitioners.gender}`,
  languages: practitioners.languages,
  suspendedAt: practitioners.suspendedAt,
  suspensionReason: practitioners.suspensionReason,
  createdAt: practitioners.createdAt,
};

/** A civil society organisation of the tenant: the only kind that has practitioners in the registry. */
export async function findCivilSociety(tx: Tx, tenantId: string, id: string) {
  const [row] = await tx
    .select({ id: organisations.id, tenantId: organisations.tenantId, name: organisations.name })
    .from(organisations)
    .where(
      and(
        eq(organisations.tenantId, tenantId),
        eq(organisations.id, id),
        eq(organisations.kind, 'civil_society'),
      ),
    );
  return row;
}

/** One practitioner of the tenant, with their organisation's name; authorize it before use. */
export async function findPractitioner(
  tx: Tx,
  tenantId: string,
  id: string,
): Promise<PractitionerRow | undefined> {
  const [row] = await tx
    .select(columns)
    .from(practitioners)
    .innerJoin(organisations, eq(organisations.id, practitioners.organisationId))
    .where(and(eq(practitioners.tenantId, tenantId), eq(practitioners.id, id)));
  return row;
}

/**
 * One page of an organisation's practitioners, oldest first. `within` is the condition for the
 * authorized organisation's rows (withinAuthorizedRecord).
 */
export function pageOfPractitioners(
  tx: Tx,
  within: SQL,
  organisationId: string,
  filters: { accessTier?: AccessTier | undefined; suspended?: boolean | undefined },
  page: { after?: string | undefined; limit: number },
): Promise<PractitionerRow[]> {
  const conditions = [within, eq(practitioners.organisationId, organisationId)];
  if (filters.accessTier !== undefined) conditions.push(eq(practitioners.accessTier, filters.accessTier));
  if (filters.suspended === true) conditions.push(isNotNull(practitioners.suspendedAt));
  if (filters.suspended === false) conditions.push(isNull(practitioners.suspendedAt));
  if (page.after !== undefined) conditions.push(gt(practitioners.id, page.after));
  return tx
    .select(columns)
    .from(practitioners)
    .innerJoin(organisations, eq(organisations.id, practitioners.organisationId))
    .where(and(...conditions))
    .orderBy(asc(practitioners.id))
    .limit(page.limit);
}

export interface LatestVetting {
  level: VettingLevel;
  outcome: VettingOutcome;
  checkedOn: string;
  expiresOn: string | null;
}

/** The latest check of each practitioner (by the day it was done, then when it was recorded). */
export async function latestVettingOf(
  tx: Tx,
  within: SQL,
  practitionerIds: readonly string[],
): Promise<Map<string, LatestVetting>> {
  if (practitionerIds.length === 0) return new Map();
  const rows = await tx
    .selectDistinctOn([vettingChecks.practitionerId], {
      practitionerId: vettingChecks.practitionerId,
      level: vettingChecks.level,
      outcome: vettingChecks.outcome,
      checkedOn: vettingChecks.checkedOn,
      expiresOn: vettingChecks.expiresOn,
    })
    .from(vettingChecks)
    .where(and(within, inArray(vettingChecks.practitionerId, [...practitionerIds])))
    .orderBy(
      vettingChecks.practitionerId,
      desc(vettingChecks.checkedOn),
      desc(vettingChecks.recordedAt),
      desc(vettingChecks.id),
    );
  return new Map(rows.map(({ practitionerId, ...latest }) => [practitionerId, latest]));
}

/** Whether the account exists in the tenant and belongs to the organisation. */
export async function isAccountOf(tx: Tx, tenantId: string, userId: string, organisationId: string) {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId), eq(users.organisationId, organisationId)));
  return row !== undefined;
}

/** Whether some practitioner of the tenant already stands for this account. */
export async function isAccountLinked(tx: Tx, tenantId: string, userId: string) {
  const [row] = await tx
    .select({ id: practitioners.id })
    .from(practitioners)
    .where(and(eq(practitioners.tenantId, tenantId), eq(practitioners.userId, userId)));
  return row !== undefined;
}

export async function insertPractitioner(
  tx: Tx,
  values: {
    tenantId: string;
    organisationId: string;
    userId: string | null;
    displayName: string;
    roleTitle: string | null;
    accessTier: AccessTier;
    gender: PractitionerGender | null;
    languages: string[];
  },
): Promise<string> {
  const id = uuidv7();
  await tx.insert(practitioners).values({ id, ...values });
  return id;
}

/** Suspends from now, unless already suspended; says whether it did (one statement, so no race). */
export async function markSuspended(tx: Tx, tenantId: string, id: string, reason: string) {
  const changed = await tx
    .update(practitioners)
    .set({ suspendedAt: sql`now()`, suspensionReason: reason })
    .where(
      and(eq(practitioners.tenantId, tenantId), eq(practitioners.id, id), isNull(practitioners.suspendedAt)),
    )
    .returning({ suspendedAt: practitioners.suspendedAt });
  return changed.length > 0;
}

/** Lifts a suspension, if there is one; says whether it did. */
export async function clearSuspension(tx: Tx, tenantId: string, id: string) {
  const changed = await tx
    .update(practitioners)
    .set({ suspendedAt: null, suspensionReason: null })
    .where(
      and(
        eq(practitioners.tenantId, tenantId),
        eq(practitioners.id, id),
        isNotNull(practitioners.suspendedAt),
      ),
    )
    .returning({ id: practitioners.id });
  return changed.length > 0;
}
