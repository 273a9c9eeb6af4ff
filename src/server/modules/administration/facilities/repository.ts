import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Tx } from '../../../platform/db/database.ts';
import { type FacilityKind, facilities as facilityTable } from '../../../platform/db/schema.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { organisations } from '../../identity/schema.ts';

// The facilities of the request's tenant, for administration. Every function runs in the request's
// tenant transaction (row-level security is the second wall); the list takes the access core's
// visibility condition, and one facility is authorized by the caller right after loading.

export interface FacilityRow {
  id: string;
  tenantId: string;
  code: string;
  name: string;
  kind: FacilityKind;
  timeZone: string;
  capacity: number | null;
  organisationId: string | null;
  organisationName: string | null;
  createdAt: Date;
}

const columns = {
  id: facilityTable.id,
  tenantId: facilityTable.tenantId,
  code: facilityTable.code,
  name: facilityTable.name,
  kind: facilityTable.kind,
  timeZone: facilityTable.timeZone,
  capacity: facilityTable.capacity,
  organisationId: facilityTable.organisationId,
  organisationName: organisations.name,
  createdAt: facilityTable.createdAt,
};

const runBy = and(
  eq(organisations.tenantId, facilityTable.tenantId),
  eq(organisations.id, facilityTable.organisationId),
);

/** The facilities `visible` lets the actor read, by name and then code (codes are unique per tenant). */
export function listFacilities(tx: Tx, visible: SQL): Promise<FacilityRow[]> {
  return tx
    .select(columns)
    .from(facilityTable)
    .leftJoin(organisations, runBy)
    .where(visible)
    .orderBy(asc(facilityTable.name), asc(facilityTable.code));
}

/** One facility of the tenant, for authorizing: the caller must `authorize` it before use. */
export async function findFacility(tx: Tx, id: string): Promise<FacilityRow | undefined> {
  const [row] = await tx
    .select(columns)
    .from(facilityTable)
    .leftJoin(organisations, runBy)
    .where(eq(facilityTable.id, id));
  return row;
}

/** Whether a facility of the tenant has this code (the unique constraint is the last word). */
export async function isFacilityCodeTaken(tx: Tx, tenantId: string, code: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: facilityTable.id })
    .from(facilityTable)
    .where(and(eq(facilityTable.tenantId, tenantId), eq(facilityTable.code, code)));
  return row !== undefined;
}

export interface NewFacility {
  tenantId: string;
  organisationId: string;
  code: string;
  name: string;
  kind: FacilityKind;
  timeZone: string;
  capacity: number | null;
}

export async function insertFacility(tx: Tx, facility: NewFacility): Promise<string> {
  const id = uuidv7();
  await tx.insert(facilityTable).values({ id, ...facility });
  return id;
}

export type FacilityChange = Partial<Pick<NewFacility, 'name' | 'kind' | 'timeZone' | 'capacity'>>;

export async function updateFacility(tx: Tx, id: string, change: FacilityChange): Promise<void> {
  const set: PgUpdateSetSource<typeof facilityTable> = {};
  if (change.name !== undefined) set.name = change.name;
  if (change.kind !== undefined) set.kind = change.kind;
  if (change.timeZone !== undefined) set.timeZone = change.timeZone;
  if (change.capacity !== undefined) set.capacity = change.capacity;
  await tx.update(facilityTable).set(set).where(eq(facilityTable.id, id));
}
