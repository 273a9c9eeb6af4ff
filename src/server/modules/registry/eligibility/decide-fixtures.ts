import { decideEligibility } from './decide.ts';
import type {
  AccreditationFacts,
  CourseRef,
  EligibilityFacts,
  EligibilityQuestion,
  VettingFacts,
} from './facts.ts';

// The fully eligible practitioner the eligibility tests start from, and the helpers that change it:
// an accredited service provider (facility F1, mentoring, until 2027-06-30, with an agreement), a
// regular practitioner vetted until 2027-02-28, signed and trained; asked about 2026-12-01.
export const ORGANISATION = '6f0c1d2e-3a4b-4c5d-8e6f-000000000001';
export const OTHER_ORGANISATION = '6f0c1d2e-3a4b-4c5d-8e6f-000000000002';
export const PRACTITIONER = '9a8b7c6d-5e4f-4a3b-9c2d-000000000001';
export const FACILITY_F1 = '1c2d3e4f-5a6b-4c7d-8e9f-0000000000f1';
export const FACILITY_F2 = '1c2d3e4f-5a6b-4c7d-8e9f-0000000000f2';
export const SECURITY_INDUCTION: CourseRef = {
  id: '4b5c6d7e-8f9a-4b0c-9d1e-000000000001',
  code: 'security_induction',
  name: 'Security induction',
};
export const HUMAN_RIGHTS: CourseRef = {
  id: '4b5c6d7e-8f9a-4b0c-9d1e-000000000002',
  code: 'human_rights_in_prisons',
  name: 'Human rights in prisons',
};
export const NOW = new Date('2026-11-29T10:00:00Z');

// Each factory builds the fully eligible case afresh; a test overrides only what it is about.

export function accreditation(overrides: Partial<AccreditationFacts> = {}): AccreditationFacts {
  return {
    status: 'accredited',
    validFrom: '2026-01-01',
    validUntil: '2027-06-30',
    facilityIds: [FACILITY_F1],
    interventionTypes: ['mentoring'],
    requiresAgreement: true,
    ...overrides,
  };
}

export function practitioner(
  overrides: Partial<EligibilityFacts['practitioner']> = {},
): EligibilityFacts['practitioner'] {
  return {
    id: PRACTITIONER,
    organisationId: ORGANISATION,
    accessTier: 'regular',
    suspendedAt: null,
    ...overrides,
  };
}

export const clearance = (overrides: Partial<VettingFacts> = {}): VettingFacts => ({
  outcome: 'cleared',
  checkedOn: '2026-03-01',
  expiresOn: '2027-02-28',
  ...overrides,
});

export const securityCertificate = (expiresOn: string | null) => ({
  courseId: SECURITY_INDUCTION.id,
  issuedOn: '2026-02-01',
  expiresOn,
});
export const humanRightsCertificate = { courseId: HUMAN_RIGHTS.id, issuedOn: '2026-02-10', expiresOn: null };

export function facts(overrides: Partial<EligibilityFacts> = {}): EligibilityFacts {
  return {
    organisation: { id: ORGANISATION, mandate: 'service_provider' },
    accreditation: accreditation(),
    agreements: [{ startsOn: '2026-01-01', endsOn: '2027-12-31' }],
    practitioner: practitioner(),
    vetting: [clearance()],
    signatures: [
      { document: 'code_of_conduct', version: '3', signedOn: '2026-02-15' },
      { document: 'confidentiality', version: '2', signedOn: '2026-02-15' },
    ],
    requiredDocuments: [
      { document: 'code_of_conduct', version: '3' },
      { document: 'confidentiality', version: '2' },
    ],
    certificates: [securityCertificate('2027-03-31'), humanRightsCertificate],
    requiredCourses: [SECURITY_INDUCTION, HUMAN_RIGHTS],
    ...overrides,
  };
}

export function question(overrides: Partial<EligibilityQuestion> = {}): EligibilityQuestion {
  return {
    facility: { id: FACILITY_F1, timeZone: 'Africa/Tunis' },
    on: '2026-12-01',
    interventionType: 'mentoring',
    accessTier: 'regular',
    now: NOW,
    ...overrides,
  };
}

export const reasonsFor = (f: EligibilityFacts, q: EligibilityQuestion = question()) =>
  decideEligibility(f, q).reasons;
export const courseWords = (course: CourseRef) => ({ code: course.code, name: course.name });
