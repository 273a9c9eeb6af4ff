import type { AccreditationStatus, Mandate, VettingOutcome } from '../../../../contracts/registry.ts';
import {
  DUE_DILIGENCE_KINDS,
  type DueDiligenceKind,
  type EndingAccreditation,
  type EndingAgreement,
  REVIEW_WINDOWS,
  type ReviewQueue,
  type VettingTodo,
  type WaitingApplication,
} from '../../../../contracts/registry-review.ts';
import { type CheckOutcome, dueDiligenceRequired, satisfiedCount } from '../due-diligence/checklist.ts';
import { daysBetween } from './days.ts';

// The review queue as a pure function of the registry's facts and the day it is counted from, so
// that every section is tested as a table (queue.test.ts) without a database or a clock.

export interface OrganisationFacts {
  id: string;
  name: string;
  mandate: Mandate | null;
  /** The decision that holds now; absent before the first application. */
  latest: { status: AccreditationStatus; validUntil: string | null; decidedOn: string } | undefined;
  /** The day of the latest application, if any. */
  appliedOn: string | null;
  /** The check that holds for each due diligence kind. */
  checks: ReadonlyMap<DueDiligenceKind, CheckOutcome>;
}

export interface PractitionerFacts {
  id: string;
  displayName: string;
  organisationId: string;
  /** The latest check by the day it was done; null when never vetted. */
  latestVetting: { outcome: VettingOutcome; expiresOn: string | null } | null;
}

export interface AgreementFacts {
  id: string;
  organisationId: string;
  title: string;
  startsOn: string;
  endsOn: string | null;
}

export interface QueueFacts {
  organisations: readonly OrganisationFacts[];
  practitioners: readonly PractitionerFacts[];
  agreements: readonly AgreementFacts[];
}

/** The organisations whose people are vetted: those applying, under review, accredited or suspended. */
export const VETTED_STANDINGS: readonly AccreditationStatus[] = [
  'applied',
  'under_review',
  'accredited',
  'suspended',
];

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export function waitingApplications(facts: QueueFacts, on: string): WaitingApplication[] {
  return facts.organisations
    .flatMap((organisation): WaitingApplication[] => {
      const status = organisation.latest?.status;
      if (status !== 'applied' && status !== 'under_review') return [];
      const appliedOn = organisation.appliedOn ?? organisation.latest?.decidedOn ?? on;
      return [
        {
          organisation: { id: organisation.id, name: organisation.name },
          status,
          appliedOn,
          daysWaiting: Math.max(0, daysBetween(appliedOn, on)),
          dueDiligence: {
            required: dueDiligenceRequired(organisation.mandate),
            satisfied: satisfiedCount(organisation.checks),
            total: DUE_DILIGENCE_KINDS.length,
          },
        },
      ];
    })
    .sort((a, b) => a.appliedOn.localeCompare(b.appliedOn) || byName(a.organisation, b.organisation));
}

export function endingAccreditations(facts: QueueFacts, on: string): EndingAccreditation[] {
  return facts.organisations
    .flatMap((organisation): EndingAccreditation[] => {
      const latest = organisation.latest;
      if (latest?.status !== 'accredited' || latest.validUntil === null) return [];
      const daysLeft = daysBetween(on, latest.validUntil);
      if (daysLeft > REVIEW_WINDOWS.expiringWithinDays || daysLeft < -REVIEW_WINDOWS.expiredWithinDays) {
        return [];
      }
      return [
        {
          organisation: { id: organisation.id, name: organisation.name },
          validUntil: latest.validUntil,
          daysLeft,
        },
      ];
    })
    .sort((a, b) => a.daysLeft - b.daysLeft || byName(a.organisation, b.organisation));
}

/** Why a practitioner's vetting is to do on `on`, or null when it is not (cleared for long enough, or refused). */
export function vettingTodoReason(
  latest: PractitionerFacts['latestVetting'],
  on: string,
): VettingTodo['reason'] | null {
  if (latest === null) return 'missing';
  if (latest.outcome === 'pending') return 'pending';
  // A check that did not clear is a decision taken, not work waiting.
  if (latest.outcome === 'not_cleared' || latest.expiresOn === null) return null;
  const daysLeft = daysBetween(on, latest.expiresOn);
  if (daysLeft < 0) return 'expired';
  return daysLeft <= REVIEW_WINDOWS.expiringWithinDays ? 'expiring' : null;
}

const REASON_ORDER: readonly VettingTodo['reason'][] = ['missing', 'pending', 'expired', 'expiring'];

export function vettingToDo(facts: QueueFacts, on: string): VettingTodo[] {
  const organisations = new Map(
    facts.organisations
      .filter(
        (organisation) =>
          organisation.latest !== undefined &&
          VETTED_STANDINGS.includes(organisation.latest.status) &&
          // A formal monitoring body enters under its own mandate, not on its people's vetting.
          dueDiligenceRequired(organisation.mandate),
      )
      .map((organisation) => [organisation.id, organisation]),
  );
  return facts.practitioners
    .flatMap((practitioner): VettingTodo[] => {
      const organisation = organisations.get(practitioner.organisationId);
      const reason = organisation ? vettingTodoReason(practitioner.latestVetting, on) : null;
      if (!organisation || reason === null) return [];
      const expiresOn = practitioner.latestVetting?.expiresOn ?? null;
      return [
        {
          practitioner: { id: practitioner.id, displayName: practitioner.displayName },
          organisation: { id: organisation.id, name: organisation.name },
          reason,
          lastOutcome: practitioner.latestVetting?.outcome ?? null,
          expiresOn,
          daysLeft: expiresOn === null ? null : daysBetween(on, expiresOn),
        },
      ];
    })
    .sort(
      (a, b) =>
        REASON_ORDER.indexOf(a.reason) - REASON_ORDER.indexOf(b.reason) ||
        (a.expiresOn ?? '').localeCompare(b.expiresOn ?? '') ||
        a.practitioner.displayName.localeCompare(b.practitioner.displayName),
    );
}

/**
 * Agreements ending within the window, from today. One already followed by another of the same
 * organisation (starting by the day after it ends and running longer) needs nothing more.
 */
export function endingAgreements(facts: QueueFacts, on: string): EndingAgreement[] {
  const names = new Map(facts.organisations.map((organisation) => [organisation.id, organisation.name]));
  return facts.agreements
    .flatMap((agreement): EndingAgreement[] => {
      const name = names.get(agreement.organisationId);
      if (name === undefined || agreement.endsOn === null) return [];
      const daysLeft = daysBetween(on, agreement.endsOn);
      if (daysLeft < 0 || daysLeft > REVIEW_WINDOWS.expiringWithinDays) return [];
      const endsOn = agreement.endsOn;
      const followed = facts.agreements.some(
        (other) =>
          other.id !== agreement.id &&
          other.organisationId === agreement.organisationId &&
          daysBetween(endsOn, other.startsOn) <= 1 &&
          (other.endsOn === null || other.endsOn > endsOn),
      );
      if (followed) return [];
      return [
        {
          organisation: { id: agreement.organisationId, name },
          agreementId: agreement.id,
          title: agreement.title,
          endsOn,
          daysLeft,
        },
      ];
    })
    .sort((a, b) => a.daysLeft - b.daysLeft || byName(a.organisation, b.organisation));
}

/** The four sections of the queue, counted from `on`. */
export function buildReviewQueue(facts: QueueFacts, on: string): Omit<ReviewQueue, 'actions'> {
  return {
    on,
    applications: waitingApplications(facts, on),
    accreditations: endingAccreditations(facts, on),
    vetting: vettingToDo(facts, on),
    agreements: endingAgreements(facts, on),
  };
}
