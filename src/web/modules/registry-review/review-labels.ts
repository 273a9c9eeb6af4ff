import type { ParseKeys } from 'i18next';
import type {
  DueDiligenceKind,
  DueDiligenceOutcome,
  DueDiligenceResult,
  VettingTodoReason,
} from '../../../contracts/registry-review';

// The review's codes in words. Keys are written out (not built from the code) so the key scan sees
// every one, and a code without words fails type-checking.

type Label = { labelKey: ParseKeys };

export const DUE_DILIGENCE_KIND_LABELS: Readonly<Record<DueDiligenceKind, Label>> = {
  registration_verified: { labelKey: 'registryReview.kinds.registrationVerified' },
  references_checked: { labelKey: 'registryReview.kinds.referencesChecked' },
  human_rights_commitment: { labelKey: 'registryReview.kinds.humanRightsCommitment' },
  funding_declared: { labelKey: 'registryReview.kinds.fundingDeclared' },
  sanctions_screened: { labelKey: 'registryReview.kinds.sanctionsScreened' },
};

export const DUE_DILIGENCE_RESULT_LABELS: Readonly<Record<DueDiligenceResult, Label>> = {
  satisfied: { labelKey: 'registryReview.results.satisfied' },
  not_satisfied: { labelKey: 'registryReview.results.notSatisfied' },
};

export const DUE_DILIGENCE_OUTCOME_LABELS: Readonly<Record<DueDiligenceOutcome, Label>> = {
  done: { labelKey: 'registryReview.outcomes.done' },
  outstanding: { labelKey: 'registryReview.outcomes.outstanding' },
};

export const VETTING_TODO_LABELS: Readonly<Record<VettingTodoReason, Label>> = {
  missing: { labelKey: 'registryReview.queue.vetting.reasons.missing' },
  pending: { labelKey: 'registryReview.queue.vetting.reasons.pending' },
  expired: { labelKey: 'registryReview.queue.vetting.reasons.expired' },
  expiring: { labelKey: 'registryReview.queue.vetting.reasons.expiring' },
};
