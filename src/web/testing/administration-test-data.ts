import type { AdminFacility, AdminOrganisation } from '../../contracts/administration';
import type { SignedIn } from '../../contracts/identity';
import { caseManagerSession } from './fake-api';

// The demo service in small, as the administration API answers for it: the records the tests of
// user, organisation and facility administration all meet. Each module adds its own around them.

export const ADMINISTRATION_IDS = {
  admin: '0190c2a0-0000-7000-8000-000000000a01',
  operator: '0190c2a0-0000-7000-8000-000000000b01',
  prison: '0190c2a0-0000-7000-8000-000000000b02',
  bridges: '0190c2a0-0000-7000-8000-000000000b03',
  central: '0190c2a0-0000-7000-8000-000000000c01',
  women: '0190c2a0-0000-7000-8000-000000000c02',
} as const;

export const BRIDGES = 'Bridges · Passerelles · جسور';

/** `/me` for the demo administrator (CONTRACT.md). */
export function adminSession(): SignedIn {
  const base = caseManagerSession();
  return {
    ...base,
    user: { ...base.user, id: ADMINISTRATION_IDS.admin, username: 'admin', displayName: 'Tomás Ferreira' },
    organisation: { id: ADMINISTRATION_IDS.operator, kind: 'operator', name: 'Pathways Platform Operations' },
    roles: [{ role: 'administrator', scope: 'tenant', facility: null, organisation: null }],
  };
}

/** An organisation as the administration API lists it: Bridges, unless told otherwise. */
export function adminOrganisation(overrides: Partial<AdminOrganisation> = {}): AdminOrganisation {
  return {
    id: ADMINISTRATION_IDS.bridges,
    kind: 'civil_society',
    name: BRIDGES,
    createdAt: '2026-03-01T09:00:00.000Z',
    actions: ['read', 'create', 'update'],
    ...overrides,
  };
}

/** A facility as the administration API lists it: Central Prison, unless told otherwise. */
export function adminFacility(overrides: Partial<AdminFacility> = {}): AdminFacility {
  return {
    id: ADMINISTRATION_IDS.central,
    code: 'CENTRAL',
    name: 'Central Prison',
    kind: 'men',
    timeZone: 'Africa/Tunis',
    capacity: 1200,
    organisationId: ADMINISTRATION_IDS.prison,
    organisationName: 'Meridia Prison Service',
    createdAt: '2026-03-01T09:00:00.000Z',
    actions: ['read', 'create', 'update'],
    ...overrides,
  };
}
