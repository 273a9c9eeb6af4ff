import { INELIGIBILITY_REASONS } from '../../../../contracts/registry.ts';
import type {
  AccreditationFacts,
  AgreementFacts,
  CertificateFacts,
  CourseRef,
  EligibilityAnswer,
  EligibilityFacts,
  EligibilityQuestion,
  IneligibilityReason,
  VettingFacts,
} from './facts.ts';

// Whether a practitioner may work at a facility on a day, decided from facts alone. Every date is a
// validated "YYYY-MM-DD" string, so comparing them as strings compares the days.

/**
 * The answer for this practitioner, facility, day and tier: every reason they may not, or until when
 * they may.
 */
export function decideEligibility(facts: EligibilityFacts, question: EligibilityQuestion): EligibilityAnswer {
  const day =
    typeof question.on === 'string'
      ? calendarDate(question.on, 'question.on')
      : facilityDay(question.on, question.facility.timeZone);
  checkInstant(question.now, 'question.now');
  if (facts.practitioner.organisationId !== facts.organisation.id) {
    throw new Error('the practitioner does not belong to the organisation whose facts were gathered');
  }
  checkDates(facts);

  // A formal monitoring body enters under its own legal mandate, never on operational grounds.
  if (facts.organisation.mandate === 'monitoring_body') {
    return { eligible: true, basis: 'monitoring_mandate', day, reasons: [], validUntil: null };
  }
  const reasons = inListOrder([
    ...organisationStanding(facts.accreditation, question, day),
    ...agreementStanding(facts, day),
    ...practitionerStanding(facts.practitioner, question),
    ...vettingStanding(facts.vetting, question, day),
    ...unsignedDocuments(facts, day),
    ...missingTraining(facts, day),
  ]);
  const eligible = reasons.length === 0;
  return {
    eligible,
    basis: 'accreditation',
    day,
    reasons,
    validUntil: eligible ? lastDayEligible(facts, question, day) : null,
  };
}

/** The calendar day at `timeZone` at `instant`. */
export function facilityDay(instant: Date, timeZone: string): string {
  checkInstant(instant, 'instant');
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return calendarDate(`${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`, 'facility day');
}

function organisationStanding(
  accreditation: AccreditationFacts | null,
  question: EligibilityQuestion,
  day: string,
): IneligibilityReason[] {
  if (accreditation === null) return [{ code: 'organisation_not_accredited' }];
  switch (accreditation.status) {
    case 'applied':
    case 'under_review':
    case 'refused':
      return [{ code: 'organisation_not_accredited', status: accreditation.status }];
    case 'suspended':
      return [{ code: 'accreditation_suspended' }];
    case 'revoked':
      return [{ code: 'accreditation_revoked' }];
    case 'accredited':
      return accreditedScope(accreditation, question, day);
  }
}

function accreditedScope(
  accreditation: AccreditationFacts,
  question: EligibilityQuestion,
  day: string,
): IneligibilityReason[] {
  const reasons: IneligibilityReason[] = [];
  const { validFrom, validUntil } = accreditation;
  if (validFrom !== null && validFrom > day) {
    reasons.push({ code: 'accreditation_not_yet_valid', date: validFrom });
  }
  // Valid through its last day: an accreditation ending today still holds today.
  if (validUntil !== null && validUntil < day) {
    reasons.push({ code: 'accreditation_expired', date: validUntil });
  }
  if (!accreditation.facilityIds.includes(question.facility.id)) {
    reasons.push({ code: 'facility_not_accredited' });
  }
  if (!accreditation.interventionTypes.includes(question.interventionType)) {
    reasons.push({ code: 'intervention_type_not_accredited' });
  }
  return reasons;
}

function agreementStanding(facts: EligibilityFacts, day: string): IneligibilityReason[] {
  if (!agreementRequired(facts) || facts.agreements.some((agreement) => covers(agreement, day))) return [];
  const ended = facts.agreements
    .map((agreement) => agreement.endsOn)
    .filter((end) => end !== null && end < day);
  const lastEnded = latest(ended);
  return lastEnded === null
    ? [{ code: 'agreement_missing' }]
    : [{ code: 'agreement_expired', date: lastEnded }];
}

function practitionerStanding(
  practitioner: EligibilityFacts['practitioner'],
  question: EligibilityQuestion,
): IneligibilityReason[] {
  const reasons: IneligibilityReason[] = [];
  const { suspendedAt } = practitioner;
  // A suspension bars at once, whatever day is asked about: it is read against now, not the day.
  if (suspendedAt !== null && suspendedAt.getTime() <= question.now.getTime()) {
    reasons.push({
      code: 'practitioner_suspended',
      date: facilityDay(suspendedAt, question.facility.timeZone),
    });
  }
  // A regular practitioner may come in occasionally; an occasional one may not work regularly.
  if (question.accessTier === 'regular' && practitioner.accessTier === 'occasional') {
    reasons.push({ code: 'access_tier_not_held' });
  }
  return reasons;
}

function vettingStanding(
  vetting: readonly VettingFacts[],
  question: EligibilityQuestion,
  day: string,
): IneligibilityReason[] {
  // Occasional visitors are escorted and supervised instead of vetted.
  if (question.accessTier !== 'regular') return [];
  const known = vetting.filter((check) => check.checkedOn <= day);
  const newest = known.reduce<VettingFacts | null>(
    (found, check) => (found === null || check.checkedOn >= found.checkedOn ? check : found),
    null,
  );
  if (newest === null) return [{ code: 'vetting_missing' }];
  // A newer refusal overrides an older clearance; a pending renewal does not.
  if (newest.outcome === 'not_cleared') return [{ code: 'vetting_not_cleared' }];
  if (validClearances(known, day).length > 0) return [];
  if (newest.outcome === 'pending') return [{ code: 'vetting_pending' }];
  const expired = latest(
    known.filter((check) => check.outcome === 'cleared').map((check) => check.expiresOn),
  );
  return [expired === null ? { code: 'vetting_expired' } : { code: 'vetting_expired', date: expired }];
}

function unsignedDocuments(facts: EligibilityFacts, day: string): IneligibilityReason[] {
  return facts.requiredDocuments
    .filter(
      (required) =>
        !facts.signatures.some(
          (signature) =>
            signature.document === required.document &&
            signature.version === required.version &&
            signature.signedOn <= day,
        ),
    )
    .map((required) => ({
      code: 'document_not_signed',
      document: { document: required.document, version: required.version },
    }));
}

function missingTraining(facts: EligibilityFacts, day: string): IneligibilityReason[] {
  return facts.requiredCourses.flatMap((course): IneligibilityReason[] => {
    const held = certificatesHeld(facts.certificates, course, day);
    if (held.some((certificate) => validOn(certificate.expiresOn, day))) return [];
    const words = { code: course.code, name: course.name };
    const expired = latest(held.map((certificate) => certificate.expiresOn));
    return [
      expired === null
        ? { code: 'course_missing', course: words }
        : { code: 'course_expired', course: words, date: expired },
    ];
  });
}

/** The last day every time-limited thing the answer rests on still holds; null when none runs out. */
function lastDayEligible(facts: EligibilityFacts, question: EligibilityQuestion, day: string): string | null {
  const ends: (string | null)[] = [facts.accreditation?.validUntil ?? null];
  // Of several things that each suffice, the one lasting longest is what bounds the answer.
  if (agreementRequired(facts)) {
    ends.push(furthest(facts.agreements.filter((a) => covers(a, day)).map((a) => a.endsOn)));
  }
  if (question.accessTier === 'regular') {
    ends.push(furthest(validClearances(facts.vetting, day).map((check) => check.expiresOn)));
  }
  for (const course of facts.requiredCourses) {
    const held = certificatesHeld(facts.certificates, course, day);
    ends.push(furthest(held.filter((c) => validOn(c.expiresOn, day)).map((c) => c.expiresOn)));
  }
  return earliest(ends);
}

function agreementRequired(facts: EligibilityFacts): boolean {
  return facts.accreditation?.status === 'accredited' && facts.accreditation.requiresAgreement;
}

function covers(agreement: AgreementFacts, day: string): boolean {
  return agreement.startsOn <= day && validOn(agreement.endsOn, day);
}

function validClearances(vetting: readonly VettingFacts[], day: string): VettingFacts[] {
  return vetting.filter(
    (check) => check.outcome === 'cleared' && check.checkedOn <= day && validOn(check.expiresOn, day),
  );
}

function certificatesHeld(certificates: readonly CertificateFacts[], course: CourseRef, day: string) {
  return certificates.filter(
    (certificate) => certificate.courseId === course.id && certificate.issuedOn <= day,
  );
}

/** Whether something whose last day is `lastDay` (null: no end) still holds on `day`. */
function validOn(lastDay: string | null, day: string): boolean {
  return lastDay === null || day <= lastDay;
}

function latest(days: readonly (string | null)[]): string | null {
  return knownDays(days).at(-1) ?? null;
}

function earliest(days: readonly (string | null)[]): string | null {
  return knownDays(days)[0] ?? null;
}

function knownDays(days: readonly (string | null)[]): string[] {
  return days.filter((d): d is string => d !== null).sort();
}

/** The latest end among alternatives, or null when one of them has no end. */
function furthest(ends: readonly (string | null)[]): string | null {
  return ends.includes(null) ? null : latest(ends);
}

function inListOrder(reasons: IneligibilityReason[]): IneligibilityReason[] {
  // Array.prototype.sort is stable, so documents and courses keep the order they are required in.
  return reasons.sort(
    (a, b) => INELIGIBILITY_REASONS.indexOf(a.code) - INELIGIBILITY_REASONS.indexOf(b.code),
  );
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function calendarDate(value: string, what: string): string {
  const match = CALENDAR_DATE.exec(value);
  if (match !== null) {
    const [year, month, dayOfMonth] = match.slice(1).map(Number) as [number, number, number];
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const monthLength = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
    if (dayOfMonth >= 1 && dayOfMonth <= monthLength) return value;
  }
  throw new TypeError(`${what} is not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
}

function checkInstant(instant: Date, what: string): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new TypeError(`${what} is not a valid instant`);
  }
}

/** Malformed dates would compare wrongly as strings, so every one is checked before any is used. */
function checkDates(facts: EligibilityFacts): void {
  const { accreditation, practitioner } = facts;
  const datesOf: Record<string, readonly (string | null)[]> = {
    'an accreditation date': [accreditation?.validFrom ?? null, accreditation?.validUntil ?? null],
    'an agreement date': facts.agreements.flatMap((a) => [a.startsOn, a.endsOn]),
    'a vetting date': facts.vetting.flatMap((check) => [check.checkedOn, check.expiresOn]),
    'a signature date': facts.signatures.map((signature) => signature.signedOn),
    'a certificate date': facts.certificates.flatMap((c) => [c.issuedOn, c.expiresOn]),
  };
  for (const [what, dates] of Object.entries(datesOf)) {
    for (const date of dates) if (date !== null) calendarDate(date, what);
  }
  if (practitioner.suspendedAt !== null) checkInstant(practitioner.suspendedAt, 'practitioner.suspendedAt');
}
