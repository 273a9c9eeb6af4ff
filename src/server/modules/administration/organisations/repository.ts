import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../identity/roles.ts';
import { organisations } from '../../identity/schema.ts';

// The organisations of the request's tenant, for administration. Every function runs in the
// request's tenant transaction (row-level security is the second wall); the list takes the access
// core's visibility condition, and one organisation is authorized by the caller right after loading.

export interface OrganisationRow {
  id: string;
  tenantId: string;
  kind: OrganisationKind;
  name: string;
  createdAt: Date;
}

const columns = {
  id: organisations.id,
  tenantId: organisations.tenantId,
  kind: organisations.kind,
  name: organisations.name,
  createdAt: organisations.createdAt,
};

/** The kinds in the order of their list (prison service first), as an ORDER BY expression. */
const kindOrder = sql`case ${organisations.kind} ${sql.join(
  ORGANISATION_KINDS.map((kind, index) => sql`when ${kind} then ${sql.raw(String(index))}`),
  sql` `,
)} end`;

/** The organisations `visible` lets the actor read, by kind and then name (names are unique per tenant). */
export function listOrganisations(tx: Tx, visible: SQL): Promise<OrganisationRow[]> {
  return tx.select(columns).from(organisations).where(visible).orderBy(kindOrder, asc(organisations.name));
}

/** One organisation of the tenant, for authorizing: the caller must `authorize` it before use. */
export async function findOrganisation(tx: Tx, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await tx.select(columns).from(organisations).where(eq(organisations.id, id));
  return row;
}

/** Whether another organisation of the tenant has this name (the unique constraint is the last word). */
export async function isOrganisationNameTaken(
  tx: Tx,
  tenantId: string,
  name: string,
  except?: string,
): Promise<boolean> {
  const [row] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenantId), eq(organisations.name, name)));
  return row !== undefined && row.id !== except;
}

export async function insertOrganisation(
  tx: Tx,
  organisation: { tenantId: string; kind: OrganisationKind; name: string },
): Promise<string> {
  const id = uuidv7();
  await tx.insert(organisations).values({ id, ...organisation });
  return id;
}

export async function renameOrganisation(tx: Tx, id: string, name: string): Promise<void> {
  await tx.update(organisations).set({ name }).where(eq(organisations.id, id));
}
