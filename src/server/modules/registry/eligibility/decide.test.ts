import { describe, expect, it } from 'vitest';
import { INELIGIBILITY_REASONS } from '../../../../contracts/registry.ts';
import { decideEligibility } from './decide.ts';
import {
  accreditation,
  clearance,
  courseWords,
  FACILITY_F2,
  facts,
  HUMAN_RIGHTS,
  humanRightsCertificate,
  practitioner,
  question,
  reasonsFor,
  SECURITY_INDUCTION,
  securityCertificate,
} from './decide-fixtures.ts';
import type { EligibilityFacts, EligibilityQuestion, IneligibilityReason } from './facts.ts';

// Each reason alone and all together (decide-days.test.ts: days and time zones; decide-rules.test.ts:
// vetting, tiers, monitoring bodies, bad input and the last day of eligibility).

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
