import type { Database, Tx } from '../../platform/db/database.ts';
import {
  assignFacilitiesTo,
  ensureOrganisation,
  ensureRoleAssignment,
  ensureUser,
  type RoleScopeTarget,
} from '../identity/directory/provisioning.ts';
import { hashPassword } from '../identity/passwords/hashing.ts';
import { markDemoDataLoaded } from '../installation/repository.ts';
import { ensureFacility, ensureTenant, listFacilities } from '../tenancy/repository.ts';
import { seedDemoRegistry } from './demo-registry.ts';
import { DEMO_PASSWORD, DEMO_TENANTS, type DemoRole, type DemoTenant } from './demo-tenants.ts';
import { seedDemoKnowledge } from './knowledge/seed-knowledge.ts';

export class DemoRefusedError extends Error {
  override name = 'DemoRefusedError';
}

export interface DemoSummary {
  tenants: string[];
  facilities: number;
  organisations: number;
  accounts: number;
}

/**
 * Loads the demonstration data; running it again adds nothing twice. Refused in production, where
 * invented people must never mix with real ones.
 */
export async function seedDemo(db: Database, environment: string): Promise<DemoSummary> {
  assertDemoAllowed(environment);
  // One Argon2 hash for every account: seeding stays fast, and all share the password anyway.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const summary: DemoSummary = { tenants: [], facilities: 0, organisations: 0, accounts: 0 };
  for (const demo of DEMO_TENANTS) {
    // Creating a tenant acts across tenants, so it is the owner's; everything in it is the
    // tenant's own rows, written under row-level security like any request would.
    const tenantId = await db.unsafeAsOwner((tx) => ensureTenant(tx, demo.tenant));
    await db.withTenant(tenantId, (tx) => seedTenant(tx, tenantId, demo, passwordHash));
    summary.tenants.push(demo.tenant.slug);
    summary.facilities += demo.facilities.length;
    summary.organisations += demo.organisations.length;
    summary.accounts += demo.accounts.length;
  }
  await db.unsafeAsOwner(markDemoDataLoaded);
  return summary;
}

async function seedTenant(tx: Tx, tenantId: string, demo: DemoTenant, passwordHash: string) {
  for (const facility of demo.facilities) await ensureFacility(tx, tenantId, facility);
  const facilityIds = new Map((await listFacilities(tx)).map((facility) => [facility.code, facility.id]));
  const organisationIds = new Map<string, string>();
  for (const organisation of demo.organisations) {
    const id = await ensureOrganisation(tx, tenantId, { kind: organisation.kind, name: organisation.name });
    organisationIds.set(organisation.key, id);
    await assignFacilitiesTo(tx, id, organisation.facilities ?? []);
  }
  const lookUp = (ids: Map<string, string>, key: string) => {
    const id = ids.get(key);
    if (!id) throw new Error(`demo data names ${key}, which ${demo.tenant.slug} does not have`);
    return id;
  };
  const targetOf = (held: DemoRole): RoleScopeTarget => {
    if ('facility' in held) return { facilityId: lookUp(facilityIds, held.facility) };
    if ('organisation' in held) return { organisationId: lookUp(organisationIds, held.organisation) };
    return 'tenant';
  };
  const userIds = new Map<string, string>();
  for (const account of demo.accounts) {
    const userId = await ensureUser(tx, tenantId, {
      organisationId: lookUp(organisationIds, account.organisation),
      username: account.username,
      displayName: account.displayName,
      passwordHash,
    });
    userIds.set(account.username, userId);
    for (const held of account.roles)
      await ensureRoleAssignment(tx, tenantId, userId, held.role, targetOf(held));
  }
  if (demo.registry) {
    await seedDemoRegistry(tx, tenantId, {
      organisationId: (key) => lookUp(organisationIds, key),
      facilityId: (code) => lookUp(facilityIds, code),
      userId: (username) => lookUp(userIds, username),
      today: new Date().toISOString().slice(0, 10),
    });
  }
  // The knowledge hub's demonstration library (issue 5) lives in the first demo tenant only.
  if (demo.tenant.slug === 'demo') {
    const proposer = lookUp(userIds, 'coordinator.bridges');
    await seedDemoKnowledge(tx, tenantId, proposer, lookUp(userIds, 'editor'), new Date());
  }
}

export function assertDemoAllowed(environment: string) {
  if (environment === 'production') {
    throw new DemoRefusedError('Demo data is refused in production (NODE_ENV=production).');
  }
}
