import type { FastifyInstance } from 'fastify';
import { type Member, makeMember, makeOrganisation } from '../access/factories.ts';
import { makeTenant, type SignedInClient, signIn, type TestTenant } from '../identity/factories.ts';
import type { TestDatabase } from '../support/test-database.ts';

// One demo tenant (so every role signs in with the password alone) with two CSOs, the people who
// manage or may not manage its accounts, and an administrator of another tenant. Fresh per call.

export const MEMBER_NAMES = [
  'admin',
  'coordinatorA',
  'coordinatorB',
  'practitionerA',
  'manager',
  'otherAdmin',
] as const;
export type MemberName = (typeof MEMBER_NAMES)[number];

export interface AdminWorld {
  tenant: TestTenant;
  other: TestTenant;
  csoA: string;
  csoB: string;
  members: Record<MemberName, Member>;
  clients: Record<MemberName, SignedInClient>;
}

export async function makeAdminWorld(test: TestDatabase, app: FastifyInstance): Promise<AdminWorld> {
  const tenant = await makeTenant(test, { isDemo: true });
  const other = await makeTenant(test, { isDemo: true });
  const csoA = await makeOrganisation(test, tenant, 'civil_society');
  const csoB = await makeOrganisation(test, tenant, 'civil_society');
  const members: Record<MemberName, Member> = {
    admin: await makeMember(test, tenant, 'administrator'),
    coordinatorA: await makeMember(test, tenant, 'cso_coordinator', { organisationId: csoA }),
    coordinatorB: await makeMember(test, tenant, 'cso_coordinator', { organisationId: csoB }),
    practitionerA: await makeMember(test, tenant, 'cso_practitioner', { organisationId: csoA }),
    manager: await makeMember(test, tenant, 'case_manager'),
    otherAdmin: await makeMember(test, other, 'administrator'),
  };
  const clients = {} as Record<MemberName, SignedInClient>;
  for (const name of MEMBER_NAMES) clients[name] = await signIn(app, members[name]);
  return { tenant, other, csoA, csoB, members, clients };
}

/** A fresh practitioner of CSO A, the account most tests act on. */
export function makeStaff(test: TestDatabase, world: AdminWorld) {
  return makeMember(test, world.tenant, 'cso_practitioner', { organisationId: world.csoA });
}

export const STRONG_PASSWORD = 'violet lantern drifting over harbour stones';
