import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { type FacilityKind, facilities, tenants } from '../../platform/db/schema.ts';
import { uuidv7 } from '../../platform/ids.ts';

export interface NewTenant {
  slug: string;
  name: string;
  defaultLanguage: string;
  isDemo: boolean;
}

export interface NewFacility {
  code: string;
  name: string;
  kind: FacilityKind;
  timeZone: string;
  capacity?: number;
}

/** Creates the tenant unless one with the slug exists; returns its id either way. Owner transaction. */
export async function ensureTenant(tx: Tx, tenant: NewTenant): Promise<string> {
  await tx
    .insert(tenants)
    .values({ id: uuidv7(), ...tenant })
    .onConflictDoNothing({ target: tenants.slug });
  const [row] = await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, tenant.slug));
  if (!row) throw new Error(`tenant ${tenant.slug} was neither created nor found`);
  return row.id;
}

export async function findTenantIdBySlug(tx: Tx, slug: string): Promise<string | undefined> {
  const [row] = await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, slug));
  return row?.id;
}

/** Adds a facility to the transaction's tenant unless its code is taken. Tenant transaction. */
export async function ensureFacility(tx: Tx, tenantId: string, facility: NewFacility): Promise<void> {
  await tx
    .insert(facilities)
    .values({ id: uuidv7(), tenantId, ...facility })
    .onConflictDoNothing({ target: [facilities.tenantId, facilities.code] });
}

export async function listFacilities(tx: Tx) {
  return tx.select().from(facilities).orderBy(facilities.code);
}
