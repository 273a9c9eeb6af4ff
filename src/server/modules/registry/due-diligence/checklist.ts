import type { Mandate } from '../../../../contracts/registry.ts';
import {
  DUE_DILIGENCE_KINDS,
  type DueDiligenceKind,
  type DueDiligenceResult,
} from '../../../../contracts/registry-review.ts';

// The checklist's arithmetic, kept pure so that it is tested as a table (checklist.test.ts): which
// check holds for each kind, how many are satisfied, and what still stands between an organisation
// and its accreditation.

/** What the checklist needs of a check: its kind and result (newest first where a list is given). */
export interface CheckOutcome {
  kind: DueDiligenceKind;
  result: DueDiligenceResult;
}

/** The check that holds for each kind: the first of each in a list ordered newest first. */
export function latestOfEachKind<Check extends CheckOutcome>(
  newestFirst: readonly Check[],
): Map<DueDiligenceKind, Check> {
  const latest = new Map<DueDiligenceKind, Check>();
  for (const check of newestFirst) if (!latest.has(check.kind)) latest.set(check.kind, check);
  return latest;
}

/** The kinds whose latest check is missing or not satisfied, in the checklist's order. */
export function outstandingKinds(latest: ReadonlyMap<DueDiligenceKind, CheckOutcome>): DueDiligenceKind[] {
  return DUE_DILIGENCE_KINDS.filter((kind) => latest.get(kind)?.result !== 'satisfied');
}

/** How many of the five hold as satisfied. */
export function satisfiedCount(latest: ReadonlyMap<DueDiligenceKind, CheckOutcome>): number {
  return DUE_DILIGENCE_KINDS.length - outstandingKinds(latest).length;
}

/**
 * Whether an accreditation must wait for the checklist: a service provider's does (a profile not
 * written yet counts as one); a formal monitoring body enters under its own legal mandate and is
 * never held back on operational grounds.
 */
export function dueDiligenceRequired(mandate: Mandate | null): boolean {
  return mandate !== 'monitoring_body';
}
