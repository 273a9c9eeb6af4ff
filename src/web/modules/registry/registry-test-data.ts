import type { SignedIn } from '../../../contracts/identity';
import type { RegistryFacilityList } from '../../../contracts/registry';
import type { DirectoryEntry, RegistryOrganisation } from '../../../contracts/registry-organisations';
import type { PractitionerStanding, PractitionerSummary } from '../../../contracts/registry-practitioners';
import { caseManagerSession } from '../../testing/fake-api';

// Answers of the registry API for the screens' tests, shaped by the shared contracts, each test
// changing only what it is about.

export const IDS = {
  central: '0190c2a0-0000-7000-8000-0000000000cc',
  women: '0190c2a0-0000-7000-8000-0000000000c2',
  bridges: '0190c2a0-0000-7000-8000-0000000000b1',
  openDoors: '0190c2a0-0000-7000-8000-0000000000b2',
  pablo: '0190c2a0-0000-7000-8000-0000000000e1',
  course: '0190c2a0-0000-7000-8000-0000000000f1',
  director: '0190c2a0-0000-7000-8000-0000000000d1',
} as const;

export const OPEN_DOORS = 'Open Doors Youth Circle · Círculo Puertas Abiertas';
export const BRIDGES = 'Bridges · Passerelles · جسور · Мосты';

export const FACILITIES: RegistryFacilityList = {
  facilities: [
    { id: IDS.central, name: 'Central Prison', kind: 'men', timeZone: 'Africa/Tunis' },
    { id: IDS.women, name: "Women's Prison", kind: 'women', timeZone: 'Africa/Tunis' },
  ],
};

const facilityRole = (role: 'security_officer' | 'director') => ({
  role,
  scope: 'facility' as const,
  facility: { id: IDS.central, code: 'CENTRAL', name: 'Central Prison' },
  organisation: null,
});

export const securitySession = (): SignedIn =>
  caseManagerSession({ roles: [facilityRole('security_officer')] });

export function coordinatorSession(): SignedIn {
  const base = caseManagerSession();
  return {
    ...base,
    organisation: { id: IDS.openDoors, kind: 'civil_society', name: OPEN_DOORS },
    roles: [
      {
        role: 'cso_coordinator',
        scope: 'organisation',
        facility: null,
        organisation: { id: IDS.openDoors, name: OPEN_DOORS },
      },
    ],
  };
}

export function directoryEntry(overrides: Partial<DirectoryEntry> = {}): DirectoryEntry {
  return {
    id: IDS.bridges,
    name: BRIDGES,
    mandate: 'service_provider',
    legalName: 'Bridges — Association for Dialogue and Return',
    registrationNumber: 'MER-ASSOC-2019-0412',
    status: 'accredited',
    validUntil: '2027-06-30',
    facilityIds: [IDS.central, IDS.women],
    interventionTypes: ['mentoring', 'education'],
    actions: ['read'],
    ...overrides,
  };
}

/** Open Doors as the demo holds it: applied, under review. */
export function openDoors(overrides: Partial<RegistryOrganisation> = {}): RegistryOrganisation {
  return {
    id: IDS.openDoors,
    name: OPEN_DOORS,
    profile: {
      mandate: 'service_provider',
      legalName: 'Open Doors Youth Circle',
      registrationNumber: 'MER-ASSOC-2024-1187',
      registrationRegistry: 'Meridia Register of Associations (fictional)',
      country: 'TN',
      otherNames: { es: 'Círculo Juvenil Puertas Abiertas' },
      regionsServed: ['Port Aldane'],
      expertise: ['teacher_trainer', 'mentor'],
      interventionTypes: ['mentoring', 'sport'],
      languages: ['es', 'en'],
      staffCount: 9,
      contacts: [
        { name: 'Lucía Romero', role: 'Coordinator', email: 'lucia.romero@example.org', phone: null },
      ],
      updatedAt: '2026-01-10T09:00:00.000Z',
    },
    accreditation: {
      id: '0190c2a0-0000-7000-8000-00000000dd02',
      status: 'under_review',
      validFrom: null,
      validUntil: null,
      facilityIds: [],
      interventionTypes: [],
      requiresAgreement: true,
      conditions: null,
      reasons: null,
      decidedBy: { userId: IDS.director, displayName: 'Amina Benali' },
      decidedAt: '2026-02-01T09:00:00.000Z',
    },
    decisions: [
      {
        id: '0190c2a0-0000-7000-8000-00000000dd02',
        status: 'under_review',
        validFrom: null,
        validUntil: null,
        facilityIds: [],
        interventionTypes: [],
        requiresAgreement: true,
        conditions: null,
        reasons: null,
        decidedBy: { userId: IDS.director, displayName: 'Amina Benali' },
        decidedAt: '2026-02-01T09:00:00.000Z',
      },
      {
        id: '0190c2a0-0000-7000-8000-00000000dd01',
        status: 'applied',
        validFrom: null,
        validUntil: null,
        facilityIds: [],
        interventionTypes: [],
        requiresAgreement: true,
        conditions: null,
        reasons: 'We run football and basketball sessions for young men.',
        decidedBy: null,
        decidedAt: '2026-01-15T09:00:00.000Z',
      },
    ],
    agreements: [],
    profileHistory: [
      {
        version: 1,
        changedFields: ['mandate', 'legalName', 'otherNames', 'registrationNumber', 'staffCount'],
        changedBy: { userId: IDS.director, displayName: 'Lucía Romero' },
        changedAt: '2026-01-10T09:00:00.000Z',
        values: null,
      },
    ],
    nextStatuses: ['accredited', 'refused'],
    actions: ['read', 'decide'],
    ...overrides,
  };
}

export function practitionerSummary(overrides: Partial<PractitionerSummary> = {}): PractitionerSummary {
  return {
    id: IDS.pablo,
    displayName: 'Pablo Ortega',
    roleTitle: 'Sports coach',
    accessTier: 'regular',
    gender: 'man',
    languages: ['es', 'en'],
    suspension: { suspended: false, since: null },
    vetting: null,
    actions: ['read'],
    ...overrides,
  };
}

/** Pablo Ortega as the demo holds him: never vetted, nothing signed, one certificate for these tests. */
export function pablo(overrides: Partial<PractitionerStanding> = {}): PractitionerStanding {
  return {
    id: IDS.pablo,
    displayName: 'Pablo Ortega',
    roleTitle: 'Sports coach',
    accessTier: 'regular',
    gender: 'man',
    languages: ['es', 'en'],
    suspension: { suspended: false, since: null, reason: null },
    organisation: { id: IDS.openDoors, name: OPEN_DOORS },
    userId: null,
    createdAt: '2026-01-05T10:00:00.000Z',
    vetting: [],
    signatures: [],
    certificates: [
      {
        id: '0190c2a0-0000-7000-8000-0000000000a1',
        course: { id: IDS.course, code: 'security_induction', name: 'Security induction' },
        issuedOn: '2025-03-01',
        expiresOn: '2027-02-28',
        recordedAt: '2025-03-02T08:00:00.000Z',
      },
    ],
    actions: ['read', 'record_vetting', 'record_certificate', 'suspend'],
    ...overrides,
  };
}
