import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { type Member, makeMember, makeOrganisation } from '../access/factories.ts';
import { makeTenant, type SignedInClient, signIn, type TestTenant } from '../identity/factories.ts';
import type { TestDatabase } from '../support/test-database.ts';

// Two tenants for the public register: in the first, one civil society organisation at each place
// of the accreditation lifecycle (accredited, suspended, expired, applied, under review, refused,
// revoked), with a profile, a practitioner and an agreement (what must never be published); its
// prison service's staff and a coordinator; in the second, an accredited organisation and an
// administrator. Arranged as the superuser; the registers start private.

const unique = () => randomBytes(4).toString('hex');

export const PUBLISHED_SCOPE = ['mentoring', 'education'];

/** Where each organisation of the first tenant stands; the names are their profiles' legal names. */
export const STANDINGS = [
  'accredited',
  'suspended',
  'expired',
  'applied',
  'under_review',
  'refused',
  'revoked',
] as const;
export type Standing = (typeof STANDINGS)[number];

export const PUBLIC_REGISTER_MEMBERS = [
  'admin',
  'director',
  'security',
  'gate',
  'caseManager',
  'coordinator',
  'otherTenantAdmin',
] as const;
export type PublicRegisterMember = (typeof PUBLIC_REGISTER_MEMBERS)[number];

export interface PublicRegisterWorld {
  tenant: TestTenant;
  otherTenant: TestTenant;
  /** Legal name of each organisation of the first tenant, by where it stands. */
  names: Record<Standing, string>;
  otherTenantName: string;
  members: Record<PublicRegisterMember, Member>;
  clients: Record<PublicRegisterMember, SignedInClient>;
}

async function seedOrganisation(test: TestDatabase, tenant: TestTenant, standing: Standing | 'other') {
  const id = await makeOrganisation(test, tenant, 'civil_society');
  const name = `Association ${standing} ${unique()} — لجنة`;
  await test.superuser(
    `insert into cso_profiles (organisation_id, tenant_id, mandate, legal_name, registration_number, country)
     values ($1, $2, 'service_provider', $3, $4, 'TN')`,
    [id, tenant.id, name, `REG-${unique()}`],
  );
  const decide = (status: string, at: string, scope: boolean, until = '2099-12-31') =>
    test.superuser(
      `insert into accreditation_decisions (id, tenant_id, organisation_id, status, valid_from, valid_until,
         facility_ids, intervention_types, requires_agreement, conditions, reasons, decided_at)
       values ($1, $2, $3, $4, $5, $6, $7::uuid[], $8::text[], true, $9, $10, $11)`,
      [
        uuidv7(),
        tenant.id,
        id,
        status,
        scope ? '2020-01-01' : null,
        scope ? until : null,
        scope ? [tenant.facilityId] : [],
        scope ? PUBLISHED_SCOPE : [],
        scope ? 'Secret condition: escorted in the east wing' : null,
        ['refused', 'suspended', 'revoked'].includes(status) ? 'Secret reason of the decision' : null,
        at,
      ],
    );
  await decide('applied', '2020-01-01T09:00:00Z', false);
  if (standing === 'applied') return { id, name };
  await decide('under_review', '2020-01-02T09:00:00Z', false);
  if (standing === 'under_review') return { id, name };
  if (standing === 'refused') {
    await decide('refused', '2020-01-03T09:00:00Z', false);
    return { id, name };
  }
  await decide(
    'accredited',
    '2020-01-03T09:00:00Z',
    true,
    standing === 'expired' ? '2021-12-31' : '2099-12-31',
  );
  if (standing === 'suspended' || standing === 'revoked')
    await decide(standing, '2020-02-01T09:00:00Z', false);
  await test.superuser(
    `insert into practitioners (id, tenant_id, organisation_id, display_name, access_tier, gender, languages)
     values ($1, $2, $3, 'Secret Practitioner', 'regular', 'woman', array['ar'])`,
    [uuidv7(), tenant.id, id],
  );
  await test.superuser(
    `insert into agreements (id, tenant_id, organisation_id, title, starts_on)
     values ($1, $2, $3, 'Secret memorandum', '2020-01-01')`,
    [uuidv7(), tenant.id, id],
  );
  return { id, name };
}

export async function makePublicRegisterWorld(
  test: TestDatabase,
  app: FastifyInstance,
): Promise<PublicRegisterWorld> {
  const tenant = await makeTenant(test, { isDemo: true });
  const otherTenant = await makeTenant(test, { isDemo: true });
  const names = {} as Record<Standing, string>;
  const organisationIds = {} as Record<Standing, string>;
  for (const standing of STANDINGS) {
    const { id, name } = await seedOrganisation(test, tenant, standing);
    names[standing] = name;
    organisationIds[standing] = id;
  }
  const other = await seedOrganisation(test, otherTenant, 'other');
  const members: Record<PublicRegisterMember, Member> = {
    admin: await makeMember(test, tenant, 'administrator'),
    director: await makeMember(test, tenant, 'director'),
    security: await makeMember(test, tenant, 'security_officer'),
    gate: await makeMember(test, tenant, 'gate_officer'),
    caseManager: await makeMember(test, tenant, 'case_manager'),
    coordinator: await makeMember(test, tenant, 'cso_coordinator', {
      organisationId: organisationIds.accredited,
    }),
    otherTenantAdmin: await makeMember(test, otherTenant, 'administrator'),
  };
  const clients = {} as Record<PublicRegisterMember, SignedInClient>;
  for (const key of PUBLIC_REGISTER_MEMBERS) clients[key] = await signIn(app, members[key]);
  return { tenant, otherTenant, names, otherTenantName: other.name, members, clients };
}

/** Publishes or withdraws a tenant's register as the superuser, as a migration would. */
export async function setPublication(test: TestDatabase, tenantId: string, isPublic: boolean) {
  await test.superuser(
    `insert into registry_publication (tenant_id, is_public) values ($1, $2)
     on conflict (tenant_id) do update set is_public = excluded.is_public, changed_at = now()`,
    [tenantId, isPublic],
  );
}
