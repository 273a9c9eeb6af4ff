import { describe, expect, it } from 'vitest';
import { decideEligibility, facilityDay } from './decide.ts';
import {
  accreditation,
  clearance,
  courseWords,
  FACILITY_F1,
  facts,
  humanRightsCertificate,
  NOW,
  practitioner,
  question,
  reasonsFor,
  SECURITY_INDUCTION,
  securityCertificate,
} from './decide-fixtures.ts';

// Days: the last and first day of validity, the facility's day, and suspensions counting at once.

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
