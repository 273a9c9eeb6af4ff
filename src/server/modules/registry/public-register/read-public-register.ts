import { sql } from 'drizzle-orm';
import type { PublicRegister } from '../../../../contracts/public-register.ts';
import type { Database } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import { findPublication, findTenant, publicOrganisations } from './repository.ts';

// A tenant's slug as migration 0001's CHECK has it: anything else cannot be one.
const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;

/**
 * A tenant id no row has (the nil UUID): an unknown slug reads the publication "of nobody" the
 * same way a known one reads its tenant's, as sign-in loads "nobody" for an unknown username.
 */
export const NO_TENANT = '00000000-0000-0000-0000-000000000000';

/**
 * The register of the tenant with this slug, for anyone, without a session: 404 (the same answer
 * whichever the reason) when there is no such tenant or it has not published its register.
 *
 * Without a session there is no actor, so there is no `withAccess`: the slug is resolved without a
 * tenant (the tenants table is readable so), then the register is read in a transaction scoped to
 * that tenant, as the application role under row-level security, and read-only, so that nothing
 * this path could be led to do can write. An unknown slug does the same work as an unpublished
 * register (the same two transactions and the same reads, under NO_TENANT, which matches no row)
 * before its 404, so that the time of the answer does not tell whether a tenant has that slug. Text
 * that cannot be a slug is refused at once: it tells nothing about any tenant. Not audited: it holds
 * no personal data (organisations' names, regions and expertise, and their accreditations, which the
 * prison service has chosen to publish), and anonymous reads of a public page would only flood the tenant's trail.
 */
export async function readPublicRegister(db: Database, slug: string): Promise<PublicRegister> {
  if (!SLUG.test(slug)) throw notFound();
  const tenant = await db.withoutTenant((tx) => findTenant(tx, { slug }));
  const tenantId = tenant?.id ?? NO_TENANT;
  const register = await db.withTenant(tenantId, async (tx) => {
    // Going read-only is allowed at any point of a transaction (going back is not).
    await tx.execute(sql`set transaction read only`);
    if (!(await findPublication(tx, tenantId))?.isPublic) return undefined;
    return publicOrganisations(tx, tenantId);
  });
  if (!tenant || !register) throw notFound();
  return {
    publisher: tenant.name,
    organisations: register.map((row) => ({
      name: row.name,
      interventionTypes: row.intervention_types,
      status: row.status,
      validUntil: row.valid_until,
      otherNames: row.other_names,
      regionsServed: row.regions_served,
      expertise: row.expertise,
    })),
  };
}
