import { describe, expect, it } from 'vitest';
import { INELIGIBILITY_REASONS } from '../../../../contracts/registry.ts';
import { decideEligibility, facilityDay } from './decide.ts';
import type {
  AccreditationFacts,
  CourseRef,
  EligibilityFacts,
  EligibilityQuestion,
  IneligibilityReason,
  VettingFacts,
} from './facts.ts';

const ORGANISATION = '6f0c1d2e-3a4b-4c5d-8e6f-000000000001';
const OTHER_ORGANISATION = '6f0c1d2e-3a4b-4c5d-8e6f-000000000002';
const PRACTITIONER = '9a8b7c6d-5e4f-4a3b-9c2d-000000000001';
const FACILITY_F1 = '1c2d3e4f-5a6b-4c7d-8e9f-0000000000f1';
const FACILITY_F2 = '1c2d3e4f-5a6b-4c7d-8e9f-0000000000f2';
const SECURITY_INDUCTION: CourseRef = {
  id: '4b5c6d7e-8f9a-4b0c-9d1e-000000000001',
  code: 'security_induction',
  name: 'Security induction',
};
const HUMAN_RIGHTS: CourseRef = {
  id: '4b5c6d7e-8f9a-4b0c-9d1e-000000000002',
  code: 'human_rights_in_prisons',
  name: 'Human rights in prisons',
};
const NOW = new Date('2026-11-29T10:00:00Z');

// Each factory builds the fully eligible case afresh; a test overrides only what it is about.

function accreditation(overrides: Partial<AccreditationFacts> = {}): AccreditationFacts {
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

function practitioner(
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

const clearance = (overrides: Partial<VettingFacts> = {}): VettingFacts => ({
  outcome: 'cleared',
  checkedOn: '2026-03-01',
  expiresOn: '2027-02-28',
  ...overrides,
});

const securityCertificate = (expiresOn: string | null) => ({
  courseId: SECURITY_INDUCTION.id,
  issuedOn: '2026-02-01',
  expiresOn,
});
const humanRightsCertificate = { courseId: HUMAN_RIGHTS.id, issuedOn: '2026-02-10', expiresOn: null };

function facts(overrides: Partial<EligibilityFacts> = {}): EligibilityFacts {
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

function question(overrides: Partial<EligibilityQuestion> = {}): EligibilityQuestion {
  return {
    facility: { id: FACILITY_F1, timeZone: 'Africa/Tunis' },
    on: '2026-12-01',
    interventionType: 'mentoring',
    accessTier: 'regular',
    now: NOW,
    ...overrides,
  };
}

const reasonsFor = (f: EligibilityFacts, q: EligibilityQuestion = question()) =>
  decideEligibility(f, q).reasons;
const courseWords = (course: CourseRef) => ({ code: course.code, name: course.name });

describe('the eligibility of a practitioner', () => {
  it('holds when everything is in order, until the earliest expiry (the vetting)', () => {
    expect(decideEligibility(facts(), question())).toEqual({
      eligible: true,
      basis: 'accreditation',
      day: '2026-12-01',
      reasons: [],
      validUntil: '2027-02-28',
    });
  });

  interface SingleReason {
    name: string;
    facts: EligibilityFacts;
    question?: EligibilityQuestion;
    reasons: IneligibilityReason[];
  }
  const singleReasons: SingleReason[] = [
    {
      name: 'no accreditation at all',
      facts: facts({ accreditation: null }),
      reasons: [{ code: 'organisation_not_accredited' }],
    },
    ...(['applied', 'under_review', 'refused'] as const).map((status) => ({
      name: `an accreditation ${status}`,
      facts: facts({
        accreditation: accreditation({ status, validFrom: null, validUntil: null, facilityIds: [] }),
      }),
      reasons: [{ code: 'organisation_not_accredited', status } as const],
    })),
    {
      name: 'a suspended accreditation',
      facts: facts({ accreditation: accreditation({ status: 'suspended' }) }),
      reasons: [{ code: 'accreditation_suspended' }],
    },
    {
      name: 'a revoked accreditation',
      facts: facts({ accreditation: accreditation({ status: 'revoked', validUntil: '2026-06-30' }) }),
      reasons: [{ code: 'accreditation_revoked' }],
    },
    {
      name: 'an accreditation starting the next day',
      facts: facts({ accreditation: accreditation({ validFrom: '2026-12-02' }) }),
      reasons: [{ code: 'accreditation_not_yet_valid', date: '2026-12-02' }],
    },
    {
      name: 'an accreditation that ended the day before',
      facts: facts({ accreditation: accreditation({ validUntil: '2026-11-30' }) }),
      reasons: [{ code: 'accreditation_expired', date: '2026-11-30' }],
    },
    {
      name: 'an accreditation for another facility',
      facts: facts({ accreditation: accreditation({ facilityIds: [FACILITY_F2] }) }),
      reasons: [{ code: 'facility_not_accredited' }],
    },
    {
      name: 'an accreditation for another intervention type',
      facts: facts({ accreditation: accreditation({ interventionTypes: ['education', 'sport'] }) }),
      reasons: [{ code: 'intervention_type_not_accredited' }],
    },
    {
      name: 'no agreement',
      facts: facts({ agreements: [] }),
      reasons: [{ code: 'agreement_missing' }],
    },
    {
      name: 'only an agreement that starts later',
      facts: facts({ agreements: [{ startsOn: '2026-12-02', endsOn: null }] }),
      reasons: [{ code: 'agreement_missing' }],
    },
    {
      name: 'only agreements that have ended (the latest end is given)',
      facts: facts({
        agreements: [
          { startsOn: '2026-01-01', endsOn: '2026-11-15' },
          { startsOn: '2024-01-01', endsOn: '2025-12-31' },
        ],
      }),
      reasons: [{ code: 'agreement_expired', date: '2026-11-15' }],
    },
    {
      name: 'a suspended practitioner (the day of the suspension at the facility)',
      facts: facts({ practitioner: practitioner({ suspendedAt: new Date('2026-11-20T23:30:00Z') }) }),
      reasons: [{ code: 'practitioner_suspended', date: '2026-11-21' }],
    },
    {
      name: 'an occasional practitioner asked about regular work',
      facts: facts({ practitioner: practitioner({ accessTier: 'occasional' }) }),
      reasons: [{ code: 'access_tier_not_held' }],
    },
    {
      name: 'no vetting',
      facts: facts({ vetting: [] }),
      reasons: [{ code: 'vetting_missing' }],
    },
    {
      name: 'only a pending vetting',
      facts: facts({ vetting: [{ outcome: 'pending', checkedOn: '2026-11-01', expiresOn: null }] }),
      reasons: [{ code: 'vetting_pending' }],
    },
    {
      name: 'a vetting refused',
      facts: facts({ vetting: [{ outcome: 'not_cleared', checkedOn: '2026-11-01', expiresOn: null }] }),
      reasons: [{ code: 'vetting_not_cleared' }],
    },
    {
      name: 'a clearance that has run out (the latest expiry is given)',
      facts: facts({
        vetting: [
          clearance({ expiresOn: '2026-11-30' }),
          clearance({ checkedOn: '2025-01-01', expiresOn: '2025-12-31' }),
        ],
      }),
      reasons: [{ code: 'vetting_expired', date: '2026-11-30' }],
    },
    {
      name: 'an older version of a document signed',
      facts: facts({
        signatures: [
          { document: 'code_of_conduct', version: '3', signedOn: '2026-02-15' },
          { document: 'confidentiality', version: '1', signedOn: '2025-02-15' },
        ],
      }),
      reasons: [{ code: 'document_not_signed', document: { document: 'confidentiality', version: '2' } }],
    },
    {
      name: 'a document signed only after the day',
      facts: facts({
        signatures: [
          { document: 'code_of_conduct', version: '3', signedOn: '2026-12-02' },
          { document: 'confidentiality', version: '2', signedOn: '2026-02-15' },
        ],
      }),
      reasons: [{ code: 'document_not_signed', document: { document: 'code_of_conduct', version: '3' } }],
    },
    {
      name: 'a course never taken',
      facts: facts({ certificates: [humanRightsCertificate] }),
      reasons: [{ code: 'course_missing', course: courseWords(SECURITY_INDUCTION) }],
    },
    {
      name: 'a course certified only after the day',
      facts: facts({
        certificates: [{ ...securityCertificate(null), issuedOn: '2026-12-05' }, humanRightsCertificate],
      }),
      reasons: [{ code: 'course_missing', course: courseWords(SECURITY_INDUCTION) }],
    },
    {
      name: 'a course whose certificates have all run out (the latest expiry is given)',
      facts: facts({
        certificates: [
          securityCertificate('2026-11-30'),
          securityCertificate('2025-11-30'),
          humanRightsCertificate,
        ],
      }),
      reasons: [{ code: 'course_expired', course: courseWords(SECURITY_INDUCTION), date: '2026-11-30' }],
    },
  ];

  it.each(singleReasons)('is refused for $name, with exactly that reason', (row) => {
    expect(decideEligibility(row.facts, row.question ?? question())).toEqual({
      eligible: false,
      basis: 'accreditation',
      day: '2026-12-01',
      reasons: row.reasons,
      validUntil: null,
    });
  });

  it('has a row, giving that reason alone, for every reason there is', () => {
    expect(singleReasons.every((row) => row.reasons.length === 1)).toBe(true);
    const covered = new Set(singleReasons.flatMap((row) => row.reasons.map((reason) => reason.code)));
    expect([...covered].sort()).toEqual([...INELIGIBILITY_REASONS].sort());
  });

  it('gives every reason at once, in the reference order, documents and courses as required', () => {
    const many = facts({
      accreditation: accreditation({ validUntil: '2026-11-30' }),
      vetting: [clearance({ expiresOn: '2026-11-15' })],
      signatures: [],
      requiredDocuments: [
        { document: 'confidentiality', version: '2' },
        { document: 'code_of_conduct', version: '3' },
      ],
      certificates: [securityCertificate('2026-10-31')],
      practitioner: practitioner({ suspendedAt: new Date('2026-11-01T08:00:00Z') }),
    });
    expect(reasonsFor(many)).toEqual([
      { code: 'accreditation_expired', date: '2026-11-30' },
      { code: 'practitioner_suspended', date: '2026-11-01' },
      { code: 'vetting_expired', date: '2026-11-15' },
      { code: 'document_not_signed', document: { document: 'confidentiality', version: '2' } },
      { code: 'document_not_signed', document: { document: 'code_of_conduct', version: '3' } },
      { code: 'course_missing', course: courseWords(HUMAN_RIGHTS) },
      { code: 'course_expired', course: courseWords(SECURITY_INDUCTION), date: '2026-10-31' },
    ]);
  });

  it('does not look at dates or scope of an accreditation that is not in force', () => {
    const refused = facts({
      accreditation: accreditation({ status: 'suspended', validUntil: '2025-01-01', facilityIds: [] }),
      agreements: [],
    });
    expect(reasonsFor(refused)).toEqual([{ code: 'accreditation_suspended' }]);
  });
});

describe('a last day of validity', () => {
  const expiringOn = (lastDay: string) => [
    {
      what: 'the accreditation',
      facts: facts({ accreditation: accreditation({ validUntil: lastDay }) }),
      reason: { code: 'accreditation_expired', date: lastDay },
    },
    {
      what: 'the agreement',
      facts: facts({ agreements: [{ startsOn: '2026-01-01', endsOn: lastDay }] }),
      reason: { code: 'agreement_expired', date: lastDay },
    },
    {
      what: 'the vetting',
      facts: facts({ vetting: [clearance({ expiresOn: lastDay })] }),
      reason: { code: 'vetting_expired', date: lastDay },
    },
    {
      what: 'a course',
      facts: facts({ certificates: [securityCertificate(lastDay), humanRightsCertificate] }),
      reason: { code: 'course_expired', course: courseWords(SECURITY_INDUCTION), date: lastDay },
    },
  ];

  it.each(expiringOn('2026-12-01'))('still counts on the last day of $what, and only until then', (row) => {
    expect(decideEligibility(row.facts, question({ on: '2026-12-01' }))).toMatchObject({
      eligible: true,
      reasons: [],
      validUntil: '2026-12-01',
    });
    expect(decideEligibility(row.facts, question({ on: '2026-12-02' }))).toMatchObject({
      eligible: false,
      day: '2026-12-02',
      reasons: [row.reason],
      validUntil: null,
    });
  });

  it('counts from the first day of the accreditation and of the agreement', () => {
    const starting = facts({
      accreditation: accreditation({ validFrom: '2026-12-01' }),
      agreements: [{ startsOn: '2026-12-01', endsOn: null }],
    });
    expect(reasonsFor(starting, question({ on: '2026-12-01' }))).toEqual([]);
    expect(reasonsFor(starting, question({ on: '2026-11-30' }))).toEqual([
      { code: 'accreditation_not_yet_valid', date: '2026-12-01' },
      { code: 'agreement_missing' },
    ]);
  });
});

describe('the facility day', () => {
  const lateOnNewYearsEve = new Date('2026-12-31T23:30:00Z');
  const endingThisYear = facts({
    accreditation: accreditation({ validUntil: '2026-12-31' }),
  });

  it('is the calendar day where the facility is', () => {
    expect(facilityDay(lateOnNewYearsEve, 'Asia/Tokyo')).toBe('2027-01-01');
    expect(facilityDay(lateOnNewYearsEve, 'America/Mexico_City')).toBe('2026-12-31');
    expect(facilityDay(lateOnNewYearsEve, 'UTC')).toBe('2026-12-31');
  });

  it('decides an instant by the day at the facility', () => {
    const at = (timeZone: string) =>
      decideEligibility(
        endingThisYear,
        question({ facility: { id: FACILITY_F1, timeZone }, on: lateOnNewYearsEve }),
      );
    expect(at('Asia/Tokyo')).toEqual({
      eligible: false,
      basis: 'accreditation',
      day: '2027-01-01',
      reasons: [{ code: 'accreditation_expired', date: '2026-12-31' }],
      validUntil: null,
    });
    expect(at('America/Mexico_City')).toEqual({
      eligible: true,
      basis: 'accreditation',
      day: '2026-12-31',
      reasons: [],
      validUntil: '2026-12-31',
    });
  });

  it('dates a suspension by the day at the facility', () => {
    const suspended = facts({
      practitioner: practitioner({ suspendedAt: new Date('2026-11-20T23:30:00Z') }),
    });
    const at = (timeZone: string) =>
      reasonsFor(suspended, question({ facility: { id: FACILITY_F1, timeZone } }));
    expect(at('Asia/Tokyo')).toEqual([{ code: 'practitioner_suspended', date: '2026-11-21' }]);
    expect(at('America/Mexico_City')).toEqual([{ code: 'practitioner_suspended', date: '2026-11-20' }]);
  });
});

describe('a suspension', () => {
  const suspendedAt = (instant: Date) => facts({ practitioner: practitioner({ suspendedAt: instant }) });
  const justBefore = new Date(NOW.getTime() - 1);
  const justAfter = new Date(NOW.getTime() + 1);

  it.each(['2026-06-01', '2027-01-15'])('in force now bars work on %s, past or future', (on) => {
    expect(reasonsFor(suspendedAt(justBefore), question({ on }))).toEqual([
      { code: 'practitioner_suspended', date: '2026-11-29' },
    ]);
  });

  it('set for a moment after now does not count yet', () => {
    expect(decideEligibility(suspendedAt(justAfter), question()).eligible).toBe(true);
    expect(decideEligibility(suspendedAt(justAfter), question({ on: '2027-01-15' })).eligible).toBe(true);
  });
});

describe('the vetting', () => {
  const withVetting = (...vetting: VettingFacts[]) => facts({ vetting });

  it('still holds while a newer renewal is pending', () => {
    const renewing = withVetting(clearance(), {
      outcome: 'pending',
      checkedOn: '2026-11-15',
      expiresOn: null,
    });
    expect(decideEligibility(renewing, question())).toMatchObject({
      eligible: true,
      validUntil: '2027-02-28',
    });
  });

  it('is pending when only a renewal is pending after the clearance ran out', () => {
    const lapsed = withVetting(clearance({ expiresOn: '2026-11-01' }), {
      outcome: 'pending',
      checkedOn: '2026-10-15',
      expiresOn: null,
    });
    expect(reasonsFor(lapsed)).toEqual([{ code: 'vetting_pending' }]);
  });

  it('is refused by a newer refusal even though an older clearance is still valid', () => {
    const refused = withVetting(clearance(), {
      outcome: 'not_cleared',
      checkedOn: '2026-11-15',
      expiresOn: null,
    });
    expect(reasonsFor(refused)).toEqual([{ code: 'vetting_not_cleared' }]);
  });

  it('ignores a check made after the day asked about', () => {
    const laterRefusal = withVetting(clearance(), {
      outcome: 'not_cleared',
      checkedOn: '2026-12-15',
      expiresOn: null,
    });
    expect(reasonsFor(laterRefusal)).toEqual([]);
    expect(reasonsFor(withVetting(clearance({ checkedOn: '2026-12-15' })))).toEqual([
      { code: 'vetting_missing' },
    ]);
  });

  it('reads the later of two checks made the same day as the newer', () => {
    const refusal: VettingFacts = { outcome: 'not_cleared', checkedOn: '2026-03-01', expiresOn: null };
    expect(reasonsFor(withVetting(clearance(), refusal))).toEqual([{ code: 'vetting_not_cleared' }]);
    expect(reasonsFor(withVetting(refusal, clearance()))).toEqual([]);
  });
});

describe('the access tier', () => {
  const unvettedOccasional = facts({ practitioner: practitioner({ accessTier: 'occasional' }), vetting: [] });

  it('needs no vetting for occasional work', () => {
    expect(decideEligibility(unvettedOccasional, question({ accessTier: 'occasional' }))).toMatchObject({
      eligible: true,
      reasons: [],
      validUntil: '2027-03-31',
    });
    expect(reasonsFor(unvettedOccasional, question({ accessTier: 'regular' }))).toEqual([
      { code: 'access_tier_not_held' },
      { code: 'vetting_missing' },
    ]);
  });

  it('lets a regular practitioner come in occasionally', () => {
    expect(decideEligibility(facts(), question({ accessTier: 'occasional' })).eligible).toBe(true);
  });
});

describe('a formal monitoring body', () => {
  it('is eligible on its mandate, whatever else holds', () => {
    const monitor = facts({
      organisation: { id: ORGANISATION, mandate: 'monitoring_body' },
      accreditation: null,
      agreements: [],
      practitioner: practitioner({ accessTier: 'occasional', suspendedAt: new Date('2026-01-01T00:00:00Z') }),
      vetting: [],
      signatures: [],
      certificates: [],
    });
    expect(
      decideEligibility(monitor, question({ facility: { id: FACILITY_F2, timeZone: 'Africa/Tunis' } })),
    ).toEqual({
      eligible: true,
      basis: 'monitoring_mandate',
      day: '2026-12-01',
      reasons: [],
      validUntil: null,
    });
  });
});

describe('malformed input', () => {
  it.each(['2026-13-01', '2026-02-29', '2026-12-1', '01/12/2026', '2026-12-01T00:00:00Z', ''])(
    'refuses the day %j with a TypeError',
    (on) => {
      expect(() => decideEligibility(facts(), question({ on }))).toThrow(TypeError);
    },
  );

  it('accepts a leap day', () => {
    expect(decideEligibility(facts(), question({ on: '2028-02-29' })).day).toBe('2028-02-29');
  });

  it('refuses an invalid instant with a TypeError', () => {
    expect(() => decideEligibility(facts(), question({ on: new Date('not a date') }))).toThrow(TypeError);
  });

  it.each([
    ['an accreditation date', facts({ accreditation: accreditation({ validUntil: '2027-6-30' }) })],
    ['an agreement end', facts({ agreements: [{ startsOn: '2026-01-01', endsOn: '2027-12-32' }] })],
    ['a vetting date', facts({ vetting: [clearance({ checkedOn: 'yesterday' })] })],
    [
      'a signature date',
      facts({ signatures: [{ document: 'code_of_conduct', version: '3', signedOn: '15/02/2026' }] }),
    ],
    ['a certificate expiry', facts({ certificates: [securityCertificate('2027-02-29')] })],
  ])('refuses %s that is not a calendar date with a TypeError', (_what, malformed) => {
    expect(() => decideEligibility(malformed, question())).toThrow(TypeError);
  });

  it('refuses facts about a practitioner of another organisation', () => {
    const mismatched = facts({ practitioner: practitioner({ organisationId: OTHER_ORGANISATION }) });
    expect(() => decideEligibility(mismatched, question())).toThrow(/organisation/);
  });
});

describe('the valid-until day', () => {
  const validUntil = (f: EligibilityFacts, q: EligibilityQuestion = question()) =>
    decideEligibility(f, q).validUntil;

  it('is a course when its certificate runs out first', () => {
    expect(
      validUntil(facts({ certificates: [securityCertificate('2027-01-31'), humanRightsCertificate] })),
    ).toBe('2027-01-31');
  });

  it('ignores what does not run out: an open-ended agreement, a clearance and course without expiry', () => {
    const lasting = facts({
      agreements: [{ startsOn: '2026-01-01', endsOn: null }],
      vetting: [clearance({ expiresOn: null })],
      certificates: [securityCertificate(null), humanRightsCertificate],
    });
    expect(validUntil(lasting)).toBe('2027-06-30');
    expect(validUntil({ ...lasting, accreditation: accreditation({ validUntil: null }) })).toBeNull();
  });

  it('takes the longest of several alternatives that each suffice', () => {
    const alternatives = facts({
      agreements: [
        { startsOn: '2026-01-01', endsOn: '2027-01-31' },
        { startsOn: '2026-06-01', endsOn: '2027-05-31' },
        { startsOn: '2025-01-01', endsOn: '2025-12-31' },
      ],
      vetting: [
        clearance({ expiresOn: '2026-12-31' }),
        clearance({ checkedOn: '2026-09-01', expiresOn: '2027-08-31' }),
      ],
      certificates: [securityCertificate('2026-12-15'), securityCertificate(null), humanRightsCertificate],
    });
    expect(validUntil(alternatives)).toBe('2027-05-31');
  });

  it('ignores agreements when none is required, and the vetting for occasional work', () => {
    const noAgreementNeeded = facts({
      accreditation: accreditation({ requiresAgreement: false }),
      agreements: [{ startsOn: '2026-01-01', endsOn: '2026-12-15' }],
    });
    expect(validUntil(noAgreementNeeded)).toBe('2027-02-28');
    expect(validUntil(facts(), question({ accessTier: 'occasional' }))).toBe('2027-03-31');
  });
});
