import type { AdminFacility, AdminOrganisation } from '../../../contracts/administration';
import type { SignedIn } from '../../../contracts/identity';
import { caseManagerSession } from '../../testing/fake-api';

// Answers of the organisation and facility administration API for the unit tests of its screens:
// a small, fictional service.

export const IDS = {
  admin: '0190c2a0-0000-7000-8000-000000000a01',
  operator: '0190c2a0-0000-7000-8000-000000000b01',
  prison: '0190c2a0-0000-7000-8000-000000000b02',
  bridges: '0190c2a0-0000-7000-8000-000000000b03',
  probation: '0190c2a0-0000-7000-8000-000000000b04',
  created: '0190c2a0-0000-7000-8000-000000000b05',
  central: '0190c2a0-0000-7000-8000-000000000c01',
  women: '0190c2a0-0000-7000-8000-000000000c02',
  newFacility: '0190c2a0-0000-7000-8000-000000000c03',
} as const;

export const BRIDGES = 'Bridges · Passerelles · جسور';

/** `/me` for the demo administrator (CONTRACT.md). */
export function adminSession(): SignedIn {
  const base = caseManagerSession();
  return {
    ...base,
    user: { ...base.user, id: IDS.admin, username: 'admin', displayName: 'Tomás Ferreira' },
    organisation: { id: IDS.operator, kind: 'operator', name: 'Pathways Platform Operations' },
    roles: [{ role: 'administrator', scope: 'tenant', facility: null, organisation: null }],
  };
}

const ALL = ['read', 'create', 'update'] as AdminOrganisation['actions'];

export function organisation(overrides: Partial<AdminOrganisation> = {}): AdminOrganisation {
  return {
    id: IDS.bridges,
    kind: 'civil_society',
    name: BRIDGES,
    createdAt: '2026-03-01T09:00:00.000Z',
    actions: ALL,
    ...overrides,
  };
}

/** The service's organisations in the server's order: by kind, then name. */
export function organisations(): AdminOrganisation[] {
  return [
    organisation({ id: IDS.prison, kind: 'prison_service', name: 'Meridia Prison Service' }),
    organisation({ id: IDS.probation, kind: 'probation_service', name: 'Meridia Probation Service' }),
    organisation(),
    organisation({ id: IDS.operator, kind: 'operator', name: 'Pathways Platform Operations' }),
  ];
}

export function facility(overrides: Partial<AdminFacility> = {}): AdminFacility {
  return {
    id: IDS.central,
    code: 'CENTRAL',
    name: 'Central Prison',
    kind: 'men',
    timeZone: 'Africa/Tunis',
    capacity: 1200,
    organisationId: IDS.prison,
    organisationName: 'Meridia Prison Service',
    createdAt: '2026-03-01T09:00:00.000Z',
    actions: ALL,
    ...overrides,
  };
}

/** The service's facilities in the server's order: by name. */
export function facilities(): AdminFacility[] {
  return [
    facility(),
    facility({
      id: IDS.women,
      code: 'WOMEN',
      name: 'Women’s Prison',
      kind: 'women',
      capacity: null,
    }),
  ];
}
