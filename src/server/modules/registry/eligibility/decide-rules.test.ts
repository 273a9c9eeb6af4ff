import { describe, expect, it } from 'vitest';
import { decideEligibility } from './decide.ts';
import {
  accreditation,
  clearance,
  FACILITY_F2,
  facts,
  humanRightsCertificate,
  ORGANISATION,
  OTHER_ORGANISATION,
  practitioner,
  question,
  reasonsFor,
  securityCertificate,
} from './decide-fixtures.ts';
import type { EligibilityFacts, EligibilityQuestion, VettingFacts } from './facts.ts';

// The finer rules: vetting histories, access tiers, monitoring bodies, bad input, and until when.

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
