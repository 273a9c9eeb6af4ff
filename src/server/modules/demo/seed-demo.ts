import type { Database } from '../../platform/db/database.ts';
import { markDemoDataLoaded } from '../installation/repository.ts';
import { ensureFacility, ensureTenant } from '../tenancy/repository.ts';
import { DEMO_TENANTS } from './demo-tenants.ts';

export class DemoRefusedError extends Error {
  override name = 'DemoRefusedError';
}

export interface DemoSummary {
  tenants: string[];
  facilities: number;
}

/**
 * Loads the demonstration data; running it again adds nothing twice. Refused in production, where
 * invented people must never mix with real ones.
 */
export async function seedDemo(db: Database, environment: string): Promise<DemoSummary> {
  assertDemoAllowed(environment);
  let facilityCount = 0;
  for (const demo of DEMO_TENANTS) {
    // Creating a tenant acts across tenants, so it is the owner's; its facilities are the
    // tenant's own rows, written under row-level security like any request would.
    const tenantId = await db.unsafeAsOwner((tx) => ensureTenant(tx, demo.tenant));
    await db.withTenant(tenantId, async (tx) => {
      for (const facility of demo.facilities) await ensureFacility(tx, tenantId, facility);
    });
    facilityCount += demo.facilities.length;
  }
  await db.unsafeAsOwner(markDemoDataLoaded);
  return { tenants: DEMO_TENANTS.map((demo) => demo.tenant.slug), facilities: facilityCount };
}

export function assertDemoAllowed(environment: string) {
  if (environment === 'production') {
    throw new DemoRefusedError('Demo data is refused in production (NODE_ENV=production).');
  }
}
