import type { SignedIn } from '../../../contracts/identity';
import type { CourseCatalogue, SessionDetail, SessionSummary } from '../../../contracts/registry-training';
import { caseManagerSession } from '../../testing/fake-api';
import { BRIDGES, IDS } from '../registry/registry-test-data';

// Answers of the training API for the screens' tests, shaped by the shared contracts.

export const TRAINING_IDS = {
  induction: '0190c2a0-0000-7000-8000-0000000001f1',
  firstAid: '0190c2a0-0000-7000-8000-0000000001f2',
  session: '0190c2a0-0000-7000-8000-0000000001a1',
  dmitri: '0190c2a0-0000-7000-8000-0000000001e1',
  omar: '0190c2a0-0000-7000-8000-0000000001e2',
} as const;

export const adminSession = (): SignedIn =>
  caseManagerSession({
    roles: [{ role: 'administrator', scope: 'tenant', facility: null, organisation: null }],
  });

export function catalogue(overrides: Partial<CourseCatalogue> = {}): CourseCatalogue {
  return {
    courses: [
      {
        id: TRAINING_IDS.firstAid,
        code: 'first_aid',
        name: 'Premiers secours · First aid',
        validityMonths: null,
        standard: false,
        requiredBy: [],
        actions: ['read'],
      },
      {
        id: TRAINING_IDS.induction,
        code: 'security_induction',
        name: 'Security induction',
        validityMonths: 24,
        standard: true,
        requiredBy: [{ facilityId: IDS.central, accessTier: 'regular' }],
        actions: ['read'],
      },
    ],
    facilities: [
      {
        id: IDS.central,
        name: 'Central Prison',
        occasional: [],
        regular: [TRAINING_IDS.induction],
        actions: ['read'],
      },
    ],
    actions: ['read'],
    ...overrides,
  };
}

export function sessionSummary(overrides: Partial<SessionSummary> = {}): SessionSummary {
  return {
    id: TRAINING_IDS.session,
    course: { id: TRAINING_IDS.induction, code: 'security_induction', name: 'Security induction' },
    heldOn: '2026-10-01',
    place: 'Training room 1',
    trainerName: 'Карим Ахмедов',
    facility: { id: IDS.central, name: 'Central Prison' },
    notes: null,
    createdAt: '2026-09-01T08:00:00.000Z',
    actions: ['read', 'create', 'read_all_attendance', 'record_attendance'],
    ...overrides,
  };
}

export function sessionDetail(overrides: Partial<SessionDetail> = {}): SessionDetail {
  return {
    ...sessionSummary(),
    attendance: [
      {
        participant: {
          kind: 'practitioner',
          id: TRAINING_IDS.omar,
          displayName: 'Omar Said',
          organisation: { id: IDS.bridges, name: BRIDGES },
        },
        outcome: 'completed',
        certificate: {
          id: '0190c2a0-0000-7000-8000-0000000001c1',
          issuedOn: '2026-10-01',
          expiresOn: '2028-09-30',
        },
        recordedAt: '2026-10-01T16:00:00.000Z',
      },
    ],
    ...overrides,
  };
}
