import { eq, sql } from 'drizzle-orm';
import type { ActorRole, InterventionType } from '../../../../contracts/registry.ts';
import { queryRows, type Tx } from '../../../platform/db/database.ts';
import { tenants } from '../../../platform/db/schema.ts';
import { registryPublication } from './schema.ts';

// The publication setting and the public register's rows, in the caller's transaction: a tenant
// transaction, opened by withAccess for the setting and by the public route, read-only, for the
// register. Every read of a tenant's table names the tenant (`tenant_id = …`) as well: the
// conditions are the first wall, row-level security on the transaction's tenant the second.

export type PublicationRow = typeof registryPublication.$inferSelect;

/** The tenant's setting; undefined while it was never set (private). */
export async function findPublication(tx: Tx, tenantId: string, options: { lock?: boolean } = {}) {
  const query = tx.select().from(registryPublication).where(eq(registryPublication.tenantId, tenantId));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/**
 * Sets whether the tenant's register is public. Creating the row if it is missing and taking its
 * lock happen in one statement, so two changes at once are one after the other.
 */
export async function savePublication(tx: Tx, tenantId: string, isPublic: boolean, changedBy: string) {
  const [row] = await tx
    .insert(registryPublication)
    .values({ tenantId, isPublic, changedBy })
    .onConflictDoUpdate({
      target: registryPublication.tenantId,
      set: { isPublic, changedBy, changedAt: sql`now()` },
    })
    .returning();
  if (!row) throw new Error('the publication setting was neither created nor updated');
  return row;
}

/** The tenant's slug and name (the tenants table is readable without a tenant: a slug is resolved before one is chosen). */
export async function findTenant(tx: Tx, where: { id: string } | { slug: string }) {
  const [row] = await tx
    .select({ id: tenants.id, slug: tenants.slug, name: tenants.name })
    .from(tenants)
    .where('id' in where ? eq(tenants.id, where.id) : eq(tenants.slug, where.slug));
  return row;
}

export interface PublicOrganisationRow {
  name: string;
  status: 'accredited' | 'suspended';
  intervention_types: InterventionType[];
  valid_until: string | null;
  other_names: Record<string, string>;
  regions_served: string[];
  expertise: ActorRole[];
}

/**
 * The civil society organisations of the tenant whose latest decision (by decided_at,
 * then id, as the registry reads it) is `accredited` or `suspended`, by name. The scope is the
 * latest accreditation's: a suspension does not restate it. Accreditations past their last day
 * (the database's day) are left out: they no longer hold. Only the published columns leave: of the
 * profile, its names (legal and in other languages), the regions served and the expertise, never
 * its contacts, staff count, languages or registration.
 */
export function publicOrganisations(tx: Tx, tenantId: string): Promise<PublicOrganisationRow[]> {
  const tenant = sql`${tenantId}::uuid`;
  return queryRows<PublicOrganisationRow & Record<string, unknown>>(
    tx,
    sql`
      with latest as (
        select distinct on (organisation_id) organisation_id, status
          from accreditation_decisions
         where tenant_id = ${tenant}
         order by organisation_id, decided_at desc, id desc
      ),
      latest_accreditation as (
        select distinct on (organisation_id) organisation_id, intervention_types, valid_until
          from accreditation_decisions
         where tenant_id = ${tenant}
           and status = 'accredited'
         order by organisation_id, decided_at desc, id desc
      )
      select coalesce(p.legal_name, o.name) as name,
             l.status,
             a.intervention_types,
             case when l.status = 'accredited' then to_char(a.valid_until, 'YYYY-MM-DD') end as valid_until,
             coalesce(p.other_names, '{}'::jsonb) as other_names,
             coalesce(p.regions_served, '{}'::text[]) as regions_served,
             coalesce(p.expertise, '{}'::text[]) as expertise
        from latest l
        join latest_accreditation a on a.organisation_id = l.organisation_id
        join organisations o on o.id = l.organisation_id and o.tenant_id = ${tenant} and o.kind = 'civil_society'
        left join cso_profiles p on p.organisation_id = l.organisation_id and p.tenant_id = ${tenant}
       where l.status in ('accredited', 'suspended')
         and a.valid_until >= current_date
       order by 1`,
  );
}
