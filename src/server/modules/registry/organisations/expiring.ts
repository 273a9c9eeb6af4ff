import type { AccreditationStatus, VettingOutcome } from '../../../../contracts/registry.ts';
import type {
  ExpiringItem,
  ExpiringKind,
  OrganisationExpiring,
} from '../../../../contracts/registry-organisations.ts';
import { EXPIRY_WINDOW } from '../../../../contracts/registry-organisations.ts';
import { addDays } from '../../../platform/calendar-days.ts';
import { daysBetween, FIRST_STEP } from '../../notifications/reminders/steps.ts';

// What expires, or has expired, for one organisation: decided here, from its records as read, with
// `today` given, so that the rules are tested as a table (expiring.test.ts). Only the record that
// holds now counts: an older decision, check or certificate superseded by a newer one is history,
// not something to renew. Vetting contributes its expiry alone, never what was found.

/** An accreditation decision, as far as its expiry goes. */
export interface DecisionFact {
  id: string;
  status: AccreditationStatus;
  validUntil: string | null;
  decidedAt: Date;
}

export interface AgreementFact {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string | null;
}

export interface PractitionerFact {
  id: string;
  displayName: string;
}

/** A background check without its findings: they never reach this list. */
export interface VettingFact {
  id: string;
  practitionerId: string;
  outcome: VettingOutcome;
  checkedOn: string;
  expiresOn: string | null;
  recordedAt: Date;
}

export interface CertificateFact {
  id: string;
  practitionerId: string;
  course: { id: string; code: string; name: string };
  issuedOn: string;
  expiresOn: string | null;
  recordedAt: Date;
}

export interface ExpiryFacts {
  organisation: { id: string; name: string };
  decisions: readonly DecisionFact[];
  agreements: readonly AgreementFact[];
  practitioners: readonly PractitionerFact[];
  vetting: readonly VettingFact[];
  certificates: readonly CertificateFact[];
}

/** The newest of records ordered by `keys` (compared in turn, as strings), or undefined. */
function newest<T>(rows: readonly T[], keys: (row: T) => string[]): T | undefined {
  let best: T | undefined;
  for (const row of rows) {
    if (best === undefined) {
      best = row;
      continue;
    }
    const [a, b] = [keys(row), keys(best)];
    const index = a.findIndex((value, i) => value !== b[i]);
    if (index >= 0 && (a[index] ?? '') > (b[index] ?? '')) best = row;
  }
  return best;
}

const groupBy = <T>(rows: readonly T[], key: (row: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
};

/** An agreement another carries on from: one that has begun by the day after it ends and runs longer. */
function carriedOn(agreement: AgreementFact, all: readonly AgreementFact[]): boolean {
  const { endsOn } = agreement;
  if (endsOn === null) return true;
  const dayAfter = addDays(endsOn, 1);
  return all.some(
    (other) =>
      other.id !== agreement.id &&
      other.startsOn <= dayAfter &&
      (other.endsOn === null || other.endsOn > endsOn),
  );
}

type Candidate = Omit<ExpiringItem, 'state' | 'daysLeft'>;

/** The last days that hold now: the latest decision, uncovered agreements, latest clearance and certificates. */
function candidatesOf(facts: ExpiryFacts): Candidate[] {
  const found: Candidate[] = [];
  const add = (
    kind: ExpiringKind,
    subject: Candidate['subject'],
    date: string,
    course = null as Candidate['course'],
  ) => found.push({ kind, subject, course, date });
  const organisation = { type: 'organisation' as const, ...facts.organisation };

  // A suspension, revocation or refusal since the accreditation leaves nothing to renew.
  const latest = newest(facts.decisions, (row) => [row.decidedAt.toISOString(), row.id]);
  if (latest?.status === 'accredited' && latest.validUntil !== null) {
    add('accreditation', organisation, latest.validUntil);
  }
  for (const agreement of facts.agreements) {
    if (agreement.endsOn !== null && !carriedOn(agreement, facts.agreements)) {
      add('agreement', { type: 'agreement', id: agreement.id, name: agreement.title }, agreement.endsOn);
    }
  }
  const names = new Map(facts.practitioners.map((row) => [row.id, row.displayName]));
  const practitioner = (id: string) => ({ type: 'practitioner' as const, id, name: names.get(id) ?? '' });
  // A pending renewal does not replace a clearance; a newer refusal does (as the eligibility reads it).
  const decided = facts.vetting.filter((check) => check.outcome !== 'pending');
  for (const [practitionerId, checks] of groupBy(decided, (check) => check.practitionerId)) {
    const check = newest(checks, (row) => [row.checkedOn, row.recordedAt.toISOString(), row.id]);
    if (check?.outcome === 'cleared' && check.expiresOn !== null) {
      add('vetting', practitioner(practitionerId), check.expiresOn);
    }
  }
  const byCourse = groupBy(facts.certificates, (row) => `${row.practitionerId} ${row.course.id}`);
  for (const certificates of byCourse.values()) {
    const certificate = newest(certificates, (row) => [row.issuedOn, row.recordedAt.toISOString(), row.id]);
    if (certificate && certificate.expiresOn !== null) {
      add('certificate', practitioner(certificate.practitionerId), certificate.expiresOn, certificate.course);
    }
  }
  return found.filter((item) => item.subject.type !== 'practitioner' || names.has(item.subject.id));
}

const KIND_ORDER: readonly ExpiringKind[] = ['accreditation', 'agreement', 'vetting', 'certificate'];

/**
 * What expires within the next 60 days, today included, or expired in the last 90, by date, then
 * kind, subject and course. "Soon" is the reminders' first step (FIRST_STEP), so that the list and
 * the reminders agree; the contract's EXPIRY_WINDOW says the same to the web app.
 */
export function expiringOf(facts: ExpiryFacts, today: string): OrganisationExpiring {
  const items = candidatesOf(facts)
    .map((item) => ({ ...item, daysLeft: daysBetween(today, item.date) }))
    .filter(({ daysLeft }) => daysLeft <= FIRST_STEP && daysLeft >= -EXPIRY_WINDOW.pastDays)
    .map((item): ExpiringItem => ({ ...item, state: item.daysLeft < 0 ? 'expired' : 'expires_soon' }))
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        a.subject.name.localeCompare(b.subject.name) ||
        a.subject.id.localeCompare(b.subject.id) ||
        (a.course?.code ?? '').localeCompare(b.course?.code ?? ''),
    );
  return { today, items };
}
