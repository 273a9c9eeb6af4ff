import type { AdminOrganisation } from '../../../../contracts/administration';
import type { SignedIn } from '../../../../contracts/identity';
import {
  ADMINISTRATION_IDS,
  adminFacility,
  adminOrganisation,
  adminSession,
  BRIDGES,
} from '../../../testing/administration-test-data';
import { caseManagerSession } from '../../../testing/fake-api';
import type { ManagedRole, ManagedUser, ManagedUserPage } from './user-types';

// Answers of the administration API for the unit tests of its screens: the demo tenant in small.

export const IDS = {
  ...ADMINISTRATION_IDS,
  coordinator: '0190c2a0-0000-7000-8000-000000000a02',
  practitioner: '0190c2a0-0000-7000-8000-000000000a03',
  director: '0190c2a0-0000-7000-8000-000000000a04',
  created: '0190c2a0-0000-7000-8000-000000000a05',
} as const;

export { adminSession, BRIDGES };

/** `/me` for the demo coordinator of Bridges. */
export function coordinatorSession(): SignedIn {
  const base = caseManagerSession();
  return {
    ...base,
    user: { ...base.user, id: IDS.coordinator, username: 'coordinator.bridges', displayName: 'Nadia Okafor' },
    organisation: { id: IDS.bridges, kind: 'civil_society', name: BRIDGES },
    roles: [
      {
        role: 'cso_coordinator',
        scope: 'organisation',
        facility: null,
        organisation: { id: IDS.bridges, name: BRIDGES },
      },
    ],
  };
}

const atBridges = (role: ManagedRole['role']): ManagedRole => ({
  role,
  scope: 'organisation',
  facilityId: null,
  organisationId: IDS.bridges,
});

export function managedUser(overrides: Partial<ManagedUser> = {}): ManagedUser {
  return {
    id: IDS.practitioner,
    username: 'practitioner.bridges',
    displayName: 'Omar Said',
    organisation: { id: IDS.bridges, name: BRIDGES, kind: 'civil_society' },
    active: true,
    deactivatedAt: null,
    createdAt: '2026-03-01T09:00:00.000Z',
    mfaEnrolled: false,
    roles: [atBridges('cso_practitioner')],
    actions: ['read', 'update', 'change_roles'],
    ...overrides,
  };
}

export const practitioner = () => managedUser();

export const coordinator = () =>
  managedUser({
    id: IDS.coordinator,
    username: 'coordinator.bridges',
    displayName: 'Nadia Okafor',
    roles: [atBridges('cso_coordinator')],
  });

export const director = () =>
  managedUser({
    id: IDS.director,
    username: 'director.central',
    displayName: 'Amina Benali',
    organisation: { id: IDS.prison, name: 'Meridia Prison Service', kind: 'prison_service' },
    roles: [{ role: 'director', scope: 'facility', facilityId: IDS.central, organisationId: null }],
  });

export const userPage = (items: ManagedUser[], nextCursor: string | null = null): ManagedUserPage => ({
  items,
  nextCursor,
});

// Listed for the account forms' choices, where what the API allows on the place does not matter.
const listed = () => ({
  createdAt: '2026-01-01T00:00:00.000Z',
  actions: ['read', 'update'] as AdminOrganisation['actions'],
});

const organisation = (id: string, kind: AdminOrganisation['kind'], name: string) =>
  adminOrganisation({ id, kind, name, ...listed() });

export const organisationList = () => ({
  organisations: [
    organisation(IDS.prison, 'prison_service', 'Meridia Prison Service'),
    organisation(IDS.bridges, 'civil_society', BRIDGES),
    organisation(IDS.operator, 'operator', 'Pathways Platform Operations'),
  ],
});

const facility = (id: string, code: string, name: string) =>
  adminFacility({ id, code, name, capacity: null, ...listed() });

export const facilityList = () => ({
  facilities: [
    facility(IDS.central, 'CENTRAL', 'Central Prison'),
    facility(IDS.women, 'WOMEN', 'Women’s Prison'),
  ],
});
