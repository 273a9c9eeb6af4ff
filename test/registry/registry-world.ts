import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { type Member, makeFacility, makeMember, makeOrganisation } from '../access/factories.ts';
import { makeTenant, type SignedInClient, signIn, type TestTenant } from '../identity/factories.ts';
import type { TestDatabase } from '../support/test-database.ts';

// A small registry to ask eligibility questions of: a prison service with two facilities, an
// accredited organisation (for facility A, mentoring and education, with an agreement) whose
// practitioner Amal is vetted, has signed and is trained, and a second organisation. Everything is
// written as the superuser, as a migration would; the routes under test only read.

const unique = () => randomBytes(4).toString('hex');

/** The day the questions are about: inside every validity period of the world. */
export const QUESTION_DAY = '2027-03-01';

export interface Practitioner {
  practitionerId: string;
  displayName: string;
}

export interface RegistryWorld {
  tenant: TestTenant;
  facilityB: string;
  organisation: string;
  otherOrganisation: string;
  /** Eligible at facility A for regular mentoring on QUESTION_DAY; has an account. */
  amal: Practitioner & { member: Member };
  /** A colleague of Amal's, in the same organisation, never trained. */
  colleague: Practitioner;
  members: Record<
    | 'admin'
    | 'directorA'
    | 'directorB'
    | 'gateA'
    | 'securityA'
    | 'caseManagerA'
    | 'coordinator'
    | 'otherCoordinator'
    | 'otherTenantAdmin',
    Member
  >;
  clients: Record<keyof RegistryWorld['members'] | 'amal', SignedInClient>;
}

export async function makeRegistryWorld(test: TestDatabase, app: FastifyInstance): Promise<RegistryWorld> {
  const tenant = await makeTenant(test, { isDemo: true });
  const otherTenant = await makeTenant(test, { isDemo: true });
  const facilityB = await makeFacility(test, tenant);
  const organisation = await makeOrganisation(test, tenant, 'civil_society');
  const otherOrganisation = await makeOrganisation(test, tenant, 'civil_society');

  await test.superuser(
    `insert into cso_profiles (organisation_id, tenant_id, mandate, legal_name, registration_number, country)
     values ($1, $2, 'service_provider', 'Association Ponts et Passerelles', $3, 'TN')`,
    [organisation, tenant.id, `REG-${unique()}`],
  );
  await test.superuser(
    `insert into accreditation_decisions (id, tenant_id, organisation_id, status, valid_from, valid_until,
       facility_ids, intervention_types, requires_agreement, reasons)
     values ($1, $2, $3, 'accredited', '2026-01-01', '2030-12-31', array[$4]::uuid[],
       array['mentoring', 'education'], true, null)`,
    [uuidv7(), tenant.id, organisation, tenant.facilityId],
  );
  await test.superuser(
    `insert into agreements (id, tenant_id, organisation_id, title, starts_on, ends_on, signed_on)
     values ($1, $2, $3, 'Memorandum of understanding 2026–2030', '2026-01-01', '2030-12-31', '2025-12-15')`,
    [uuidv7(), tenant.id, organisation],
  );
  for (const [document, version] of [
    ['code_of_conduct', '3'],
    ['confidentiality', '2'],
  ]) {
    await test.superuser(
      `insert into document_versions (tenant_id, document, version, effective_on) values ($1, $2, $3, '2026-01-01')`,
      [tenant.id, document, version],
    );
  }
  const induction = uuidv7();
  await test.superuser(
    `insert into courses (id, tenant_id, code, name, validity_months)
     values ($1, $2, 'security_induction', 'Security induction', 24)`,
    [induction, tenant.id],
  );
  await test.superuser(
    `insert into course_requirements (tenant_id, facility_id, access_tier, course_id) values ($1, $2, 'regular', $3)`,
    [tenant.id, tenant.facilityId, induction],
  );

  const member = (role: Parameters<typeof makeMember>[2], options: Parameters<typeof makeMember>[3] = {}) =>
    makeMember(test, tenant, role, options);
  const amalMember = await member('cso_practitioner', { organisationId: organisation });
  const amal = await makePractitioner(test, tenant.id, organisation, amalMember.id);
  await test.superuser(
    `insert into vetting_checks (id, tenant_id, practitioner_id, level, outcome, checked_on, expires_on, findings)
     values ($1, $2, $3, 'enhanced', 'cleared', '2026-10-01', '2027-09-30', 'Nothing of note in the records consulted.')`,
    [uuidv7(), tenant.id, amal.practitionerId],
  );
  for (const [document, version] of [
    ['code_of_conduct', '3'],
    ['confidentiality', '2'],
  ]) {
    await test.superuser(
      `insert into document_signatures (id, tenant_id, practitioner_id, document, version, signed_on)
       values ($1, $2, $3, $4, $5, '2026-10-02')`,
      [uuidv7(), tenant.id, amal.practitionerId, document, version],
    );
  }
  await test.superuser(
    `insert into certificates (id, tenant_id, practitioner_id, course_id, issued_on, expires_on)
     values ($1, $2, $3, $4, '2026-10-15', '2028-10-14')`,
    [uuidv7(), tenant.id, amal.practitionerId, induction],
  );
  const colleague = await makePractitioner(test, tenant.id, organisation, null);

  const members = {
    admin: await member('administrator'),
    directorA: await member('director'),
    directorB: await member('director', { scopeId: facilityB }),
    gateA: await member('gate_officer'),
    securityA: await member('security_officer'),
    caseManagerA: await member('case_manager'),
    coordinator: await member('cso_coordinator', { organisationId: organisation }),
    otherCoordinator: await member('cso_coordinator', { organisationId: otherOrganisation }),
    otherTenantAdmin: await makeMember(test, otherTenant, 'administrator'),
  };
  const clients = {} as RegistryWorld['clients'];
  for (const [name, each] of Object.entries(members)) {
    clients[name as keyof RegistryWorld['members']] = await signIn(app, each);
  }
  clients.amal = await signIn(app, amalMember);
  return {
    tenant,
    facilityB,
    organisation,
    otherOrganisation,
    amal: { ...amal, member: amalMember },
    colleague,
    members,
    clients,
  };
}

async function makePractitioner(
  test: TestDatabase,
  tenantId: string,
  organisationId: string,
  userId: string | null,
): Promise<Practitioner> {
  const id = uuidv7();
  const displayName = `Practitioner ${unique()}`;
  await test.superuser(
    `insert into practitioners (id, tenant_id, organisation_id, user_id, display_name, role_title, access_tier,
       gender, languages)
     values ($1, $2, $3, $4, $5, 'Mentor', 'regular', 'woman', array['ar', 'fr'])`,
    [id, tenantId, organisationId, userId, displayName],
  );
  return { practitionerId: id, displayName };
}
