import { and, asc, eq, gt, ne, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import type { OrganisationKind } from '../../identity/roles.ts';
import { organisations } from '../../identity/schema.ts';
import { agreements, csoProfiles } from '../schema.ts';

// Organisations as the registry keeps them: profiles and agreements, in the request's tenant
// transaction (row-level security is the second wall). The directory takes the access core's
// visibility condition; one organisation is authorized by the caller right after loading.

export interface RegistryOrganisationRow {
  id: string;
  tenantId: string;
  kind: OrganisationKind;
  name: string;
}

export type ProfileRow = typeof csoProfiles.$inferSelect;
export type AgreementRow = typeof agreements.$inferSelect;
export type DirectoryRow = RegistryOrganisationRow & {
  profile: Pick<ProfileRow, 'mandate' | 'legalName' | 'registrationNumber'> | null;
};

const organisationColumns = {
  id: organisations.id,
  tenantId: organisations.tenantId,
  kind: organisations.kind,
  name: organisations.name,
};

/**
 * One organisation of the tenant, for authorizing: the caller must `authorize` it before use.
 * `lock` holds its row until the transaction ends, so that writes about one organisation (its
 * profile, its next decision) happen one after the other and each sees the one before.
 */
export async function findOrganisation(
  tx: Tx,
  id: string,
  options: { lock?: boolean } = {},
): Promise<RegistryOrganisationRow | undefined> {
  const query = tx.select(organisationColumns).from(organisations).where(eq(organisations.id, id));
  // `no key update`: rows referencing the organisation may still be inserted meanwhile.
  const [row] = options.lock ? await query.for('no key update') : await query;
  return row;
}

/**
 * One page of the civil society organisations `visible` lets the actor read, by name (unique in a
 * tenant, and indexed with it), after the name `afterName`.
 */
export async function directoryPage(
  tx: Tx,
  visible: SQL,
  page: { afterName: string | undefined; limit: number },
): Promise<DirectoryRow[]> {
  const conditions = [visible, eq(organisations.kind, 'civil_society')];
  if (page.afterName !== undefined) conditions.push(gt(organisations.name, page.afterName));
  const rows = await tx
    // Only what the directory shows: a profile's contacts (personal) are not even read.
    .select({
      ...organisationColumns,
      profile: {
        mandate: csoProfiles.mandate,
        legalName: csoProfiles.legalName,
        registrationNumber: csoProfiles.registrationNumber,
      },
    })
    .from(organisations)
    .leftJoin(
      csoProfiles,
      and(eq(csoProfiles.tenantId, organisations.tenantId), eq(csoProfiles.organisationId, organisations.id)),
    )
    .where(and(...conditions))
    // The same order as the cursor's comparison above: the database's own, on the indexed name.
    .orderBy(asc(organisations.name))
    .limit(page.limit);
  return rows;
}

export async function findProfile(tx: Tx, organisationId: string): Promise<ProfileRow | undefined> {
  const [row] = await tx.select().from(csoProfiles).where(eq(csoProfiles.organisationId, organisationId));
  return row;
}

/** Whether another organisation of the tenant is registered under this number (the unique constraint is the last word). */
export async function isRegistrationNumberTaken(
  tx: Tx,
  tenantId: string,
  registrationNumber: string,
  organisationId: string,
): Promise<boolean> {
  const [row] = await tx
    .select({ id: csoProfiles.organisationId })
    .from(csoProfiles)
    .where(
      and(
        eq(csoProfiles.tenantId, tenantId),
        eq(csoProfiles.registrationNumber, registrationNumber),
        ne(csoProfiles.organisationId, organisationId),
      ),
    );
  return row !== undefined;
}

export type ProfileFields = Omit<ProfileRow, 'organisationId' | 'tenantId' | 'updatedAt'>;

/** Creates the organisation's profile or replaces every field of it. */
export async function saveProfile(
  tx: Tx,
  profile: ProfileFields & { tenantId: string; organisationId: string },
): Promise<void> {
  const { tenantId: _tenant, organisationId: _organisation, ...fields } = profile;
  await tx
    .insert(csoProfiles)
    .values(profile)
    .onConflictDoUpdate({ target: csoProfiles.organisationId, set: { ...fields, updatedAt: sql`now()` } });
}

/** The organisation's agreements, by start and then by when they were recorded. */
export function agreementsOf(tx: Tx, organisationId: string): Promise<AgreementRow[]> {
  return tx
    .select()
    .from(agreements)
    .where(eq(agreements.organisationId, organisationId))
    .orderBy(asc(agreements.startsOn), asc(agreements.createdAt), asc(agreements.id));
}

export async function insertAgreement(
  tx: Tx,
  agreement: Omit<AgreementRow, 'id' | 'createdAt'>,
): Promise<string> {
  const id = uuidv7();
  await tx.insert(agreements).values({ id, ...agreement });
  return id;
}
