import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { type Member, makeFacility, makeMember, makeOrganisation } from '../access/factories.ts';
import { makeTenant, type SignedInClient, signIn, type TestTenant } from '../identity/factories.ts';
import type { TestDatabase } from '../support/test-database.ts';

// The people around a tenant's civil society organisations, for the registry's organisation routes:
// a prison service with two facilities and its staff, a civil society organisation with its
// coordinator and a practitioner, another organisation with its own coordinator, and another
// tenant's administrator. Organisations start with no profile and no decision; `applicant()` makes a
// fresh one per test, so tests that walk the lifecycle never meet. Arranged as the superuser.

const unique = () => randomBytes(4).toString('hex');

/** The day eligibility questions are asked about: inside every validity period below. */
export const QUESTION_DAY = '2027-03-01';
/** An accreditation's period, as the tests decide it. */
export const PERIOD = { validFrom: '2026-01-01', validUntil: '2030-12-31' } as const;

export const ORGANISATION_MEMBERS = [
  'admin',
  'directorA',
  'directorB',
  'securityB',
  'gateA',
  'caseManagerA',
  'coordinator',
  'practitioner',
  'otherCoordinator',
  'otherTenantAdmin',
] as const;
export type OrganisationMember = (typeof ORGANISATION_MEMBERS)[number];

export interface Applicant {
  organisationId: string;
  name: string;
  coordinator: SignedInClient;
  coordinatorMember: Member;
}

export interface OrganisationWorld {
  tenant: TestTenant;
  otherTenant: TestTenant;
  facilityB: string;
  /** A civil society organisation with no profile or decision yet: `coordinator` and `practitioner` are its. */
  cso: string;
  csoName: string;
  otherCso: string;
  otherCsoName: string;
  /** A civil society organisation of the other tenant. */
  foreignCso: string;
  /** Required of regular practitioners at facility A. */
  inductionCourse: string;
  members: Record<OrganisationMember, Member>;
  clients: Record<OrganisationMember, SignedInClient>;
  /** A new civil society organisation of the tenant, with a signed-in coordinator of its own. */
  applicant(): Promise<Applicant>;
}

async function nameOf(test: TestDatabase, id: string) {
  const [row] = await test.superuser<{ name: string }>('select name from organisations where id = $1', [id]);
  if (!row) throw new Error(`no organisation ${id}`);
  return row.name;
}

export async function makeOrganisationWorld(
  test: TestDatabase,
  app: FastifyInstance,
): Promise<OrganisationWorld> {
  const tenant = await makeTenant(test, { isDemo: true });
  const otherTenant = await makeTenant(test, { isDemo: true });
  const facilityB = await makeFacility(test, tenant);
  const cso = await makeOrganisation(test, tenant, 'civil_society');
  const otherCso = await makeOrganisation(test, tenant, 'civil_society');
  const foreignCso = await makeOrganisation(test, otherTenant, 'civil_society');

  // What a regular practitioner needs at facility A besides accreditation: signatures and a course.
  for (const [document, version] of [
    ['code_of_conduct', '3'],
    ['confidentiality', '2'],
  ]) {
    await test.superuser(
      `insert into document_versions (tenant_id, document, version, effective_on) values ($1, $2, $3, '2026-01-01')`,
      [tenant.id, document, version],
    );
  }
  const inductionCourse = uuidv7();
  await test.superuser(
    `insert into courses (id, tenant_id, code, name, validity_months)
     values ($1, $2, 'security_induction', 'Security induction', 24)`,
    [inductionCourse, tenant.id],
  );
  await test.superuser(
    `insert into course_requirements (tenant_id, facility_id, access_tier, course_id) values ($1, $2, 'regular', $3)`,
    [tenant.id, tenant.facilityId, inductionCourse],
  );

  const member = (role: Parameters<typeof makeMember>[2], options: Parameters<typeof makeMember>[3] = {}) =>
    makeMember(test, tenant, role, options);
  const members: Record<OrganisationMember, Member> = {
    admin: await member('administrator'),
    directorA: await member('director'),
    directorB: await member('director', { scopeId: facilityB }),
    securityB: await member('security_officer', { scopeId: facilityB }),
    gateA: await member('gate_officer'),
    caseManagerA: await member('case_manager'),
    coordinator: await member('cso_coordinator', { organisationId: cso }),
    practitioner: await member('cso_practitioner', { organisationId: cso }),
    otherCoordinator: await member('cso_coordinator', { organisationId: otherCso }),
    otherTenantAdmin: await makeMember(test, otherTenant, 'administrator'),
  };
  const clients = {} as Record<OrganisationMember, SignedInClient>;
  for (const name of ORGANISATION_MEMBERS) clients[name] = await signIn(app, members[name]);

  return {
    tenant,
    otherTenant,
    facilityB,
    cso,
    csoName: await nameOf(test, cso),
    otherCso,
    otherCsoName: await nameOf(test, otherCso),
    foreignCso,
    inductionCourse,
    members,
    clients,
    async applicant() {
      const organisationId = await makeOrganisation(test, tenant, 'civil_society');
      const coordinatorMember = await member('cso_coordinator', { organisationId });
      return {
        organisationId,
        name: await nameOf(test, organisationId),
        coordinator: await signIn(app, coordinatorMember),
        coordinatorMember,
      };
    },
  };
}

/** A regular practitioner of the organisation, vetted, signed and trained for facility A on QUESTION_DAY. */
export async function makeReadyPractitioner(
  test: TestDatabase,
  world: OrganisationWorld,
  organisationId: string,
): Promise<string> {
  const id = uuidv7();
  const tenantId = world.tenant.id;
  await test.superuser(
    `insert into practitioners (id, tenant_id, organisation_id, display_name, role_title, access_tier, languages)
     values ($1, $2, $3, $4, 'Mentor', 'regular', array['ar', 'fr'])`,
    [id, tenantId, organisationId, `Practitioner ${unique()}`],
  );
  await test.superuser(
    `insert into vetting_checks (id, tenant_id, practitioner_id, level, outcome, checked_on, expires_on)
     values ($1, $2, $3, 'enhanced', 'cleared', '2026-10-01', '2027-09-30')`,
    [uuidv7(), tenantId, id],
  );
  for (const [document, version] of [
    ['code_of_conduct', '3'],
    ['confidentiality', '2'],
  ]) {
    await test.superuser(
      `insert into document_signatures (id, tenant_id, practitioner_id, document, version, signed_on)
       values ($1, $2, $3, $4, $5, '2026-10-02')`,
      [uuidv7(), tenantId, id, document, version],
    );
  }
  await test.superuser(
    `insert into certificates (id, tenant_id, practitioner_id, course_id, issued_on, expires_on)
     values ($1, $2, $3, $4, '2026-10-15', '2028-10-14')`,
    [uuidv7(), tenantId, id, world.inductionCourse],
  );
  return id;
}

/** Arranges an organisation's standing directly, as a migration would: a profile and decisions. */
export async function seedProfile(test: TestDatabase, world: OrganisationWorld, organisationId: string) {
  await test.superuser(
    `insert into cso_profiles (organisation_id, tenant_id, mandate, legal_name, registration_number, country)
     values ($1, $2, 'service_provider', $3, $4, 'TN')`,
    [organisationId, world.tenant.id, `Legal name ${unique()}`, `REG-${unique()}`],
  );
}

export async function seedDecision(
  test: TestDatabase,
  world: OrganisationWorld,
  organisationId: string,
  status: 'applied' | 'under_review' | 'accredited' | 'suspended' | 'revoked' | 'refused',
) {
  const accredited = status === 'accredited';
  await test.superuser(
    `insert into accreditation_decisions (id, tenant_id, organisation_id, status, valid_from, valid_until,
       facility_ids, intervention_types, reasons, decided_at)
     values ($1, $2, $3, $4, $5, $6, $7::uuid[], $8::text[], $9,
       -- After the latest: PGlite's clock reads in milliseconds, and seeds come faster than that.
       greatest(clock_timestamp(), (select max(decided_at) from accreditation_decisions
         where organisation_id = $3) + interval '1 microsecond'))`,
    [
      uuidv7(),
      world.tenant.id,
      organisationId,
      status,
      accredited ? PERIOD.validFrom : null,
      accredited ? PERIOD.validUntil : null,
      accredited ? [world.tenant.facilityId] : [],
      accredited ? ['mentoring'] : [],
      ['refused', 'suspended', 'revoked'].includes(status) ? 'Seeded for a test.' : null,
    ],
  );
}

/** How many rows of a registry table belong to the organisation (as the superuser). */
export async function rowsOf(test: TestDatabase, table: string, organisationId: string) {
  const [row] = await test.superuser<{ count: number }>(
    `select count(*)::int as count from ${table} where organisation_id = $1`,
    [organisationId],
  );
  return row?.count ?? 0;
}

/** The five due diligence kinds (src/contracts/registry-review.ts), as the tests record them. */
const DUE_DILIGENCE = [
  'registration_verified',
  'references_checked',
  'human_rights_commitment',
  'funding_declared',
  'sanctions_screened',
] as const;

/**
 * Arranges an organisation's due diligence directly: the five checks satisfied, checked by the
 * security officer of facility B, unless `results` says otherwise for a kind (`null`: not checked).
 */
export async function seedDueDiligence(
  test: TestDatabase,
  world: OrganisationWorld,
  organisationId: string,
  results: Partial<Record<(typeof DUE_DILIGENCE)[number], 'satisfied' | 'not_satisfied' | null>> = {},
) {
  for (const kind of DUE_DILIGENCE) {
    const result = results[kind] === undefined ? 'satisfied' : results[kind];
    if (result === null) continue;
    await test.superuser(
      `insert into due_diligence_checks (id, tenant_id, organisation_id, check_kind, result, evidence, checked_on,
         checked_by)
       values ($1, $2, $3, $4, $5, 'Seeded for a test.', '2026-06-01', $6)`,
      [uuidv7(), world.tenant.id, organisationId, kind, result, world.members.securityB.id],
    );
  }
}
