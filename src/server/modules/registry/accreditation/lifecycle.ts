import type { AccreditationStatus } from '../../../../contracts/registry.ts';
import type { Role } from '../../identity/roles.ts';

// The accreditation lifecycle (DESIGN.md §2.3): applied → under review → accredited until a date →
// suspended → revoked, or refused. Each decision is a new row of an append-only history and the
// latest is what holds, so this table is the whole of what may follow what, and who records it.

/** Where an organisation stands: its latest decision's status, or `none` before it first applies. */
export type AccreditationStanding = AccreditationStatus | 'none';

/**
 * The two sides of the lifecycle: the organisation applies for itself (its coordinator, or the
 * administrator on its behalf); the prison service decides. Accreditation is a tenant-level
 * decision, so a director or security officer of any facility of the tenant decides.
 */
export const DECISION_STEPS = ['apply', 'decide'] as const;
export type DecisionStep = (typeof DECISION_STEPS)[number];

export const STEP_ROLES: { readonly [Step in DecisionStep]: readonly Role[] } = {
  apply: ['cso_coordinator', 'administrator'],
  decide: ['director', 'security_officer', 'administrator'],
};

/** What may follow each standing. Renewal or a changed scope is a new accreditation; `revoked` is final. */
export const NEXT_STATUSES: { readonly [From in AccreditationStanding]: readonly AccreditationStatus[] } = {
  none: ['applied'],
  refused: ['applied'],
  applied: ['under_review'],
  under_review: ['accredited', 'refused'],
  accredited: ['accredited', 'suspended', 'revoked'],
  suspended: ['accredited', 'revoked'],
  revoked: [],
};

/** Which side records a decision of this status. */
export function stepOf(to: AccreditationStatus): DecisionStep {
  return to === 'applied' ? 'apply' : 'decide';
}

export function isTransition(from: AccreditationStanding, to: AccreditationStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}

/**
 * Whether a holder of `roles` (in relation to the organisation) may record `to` after `from`:
 * `not_theirs` when none of the roles takes that side (403, whatever the standing: a coordinator
 * never decides), `not_a_transition` when the lifecycle has no such step (409).
 */
export function judgeTransition(
  from: AccreditationStanding,
  to: AccreditationStatus,
  roles: readonly Role[],
): 'allowed' | 'not_theirs' | 'not_a_transition' {
  if (!roles.some((role) => STEP_ROLES[stepOf(to)].includes(role))) return 'not_theirs';
  return isTransition(from, to) ? 'allowed' : 'not_a_transition';
}

/** The statuses that may follow `from` for someone who may take `steps`. */
export function nextStatusesFor(
  from: AccreditationStanding,
  steps: readonly DecisionStep[],
): AccreditationStatus[] {
  return NEXT_STATUSES[from].filter((to) => steps.includes(stepOf(to)));
}
