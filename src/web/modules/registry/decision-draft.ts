import type { TFunction } from 'i18next';
import type { AccreditationStatus, InterventionType } from '../../../contracts/registry';
import type { DecisionRequest, RegistryOrganisation } from '../../../contracts/registry-organisations';
import type { FormProblems } from '../../app/forms/field-problems';
import { dayProblem, endBeforeStart, statementProblem } from './check-registry';

// The prison service's decision as the form holds it, what it checks before sending, and the request
// it sends. The lifecycle's rule (src/server/modules/registry/accreditation/decision-fields.ts): an
// accreditation states its period and scope; a refusal, suspension or revocation says why; a field a
// status does not take is refused, so the request carries only the fields of its status.

export const DECISION_FIELDS = [
  'status',
  'validFrom',
  'validUntil',
  'facilityIds',
  'interventionTypes',
  'requiresAgreement',
  'conditions',
  'reasons',
] as const;
export type DecisionField = (typeof DECISION_FIELDS)[number];

export interface DecisionDraft {
  status: AccreditationStatus | '';
  validFrom: string;
  validUntil: string;
  facilityIds: string[];
  interventionTypes: InterventionType[];
  requiresAgreement: boolean;
  conditions: string;
  reasons: string;
}

/** Statuses whose decision must say why. */
export const NEEDS_REASONS: readonly AccreditationStatus[] = ['refused', 'suspended', 'revoked'];

const STATEMENT_MAX = 2000;

/** The statuses the prison service may record next (applying is the organisation's). */
export function decidableStatuses(record: RegistryOrganisation): AccreditationStatus[] {
  return record.nextStatuses.filter((status) => status !== 'applied');
}

/**
 * A fresh draft: the only status on offer is chosen already; the scope starts from the latest
 * decision's (what was asked for, or what a renewal renews), the period is always stated anew.
 */
export function initialDecision(record: RegistryOrganisation): DecisionDraft {
  const statuses = decidableStatuses(record);
  const latest = record.accreditation;
  return {
    status: statuses.length === 1 ? (statuses[0] ?? '') : '',
    validFrom: '',
    validUntil: '',
    facilityIds: latest ? [...latest.facilityIds] : [],
    interventionTypes: latest ? [...latest.interventionTypes] : [],
    requiresAgreement: latest?.requiresAgreement ?? true,
    conditions: latest?.status === 'accredited' ? (latest.conditions ?? '') : '',
    reasons: '',
  };
}

/** What is wrong with the draft before sending, in the reader's words; no fields when nothing is. */
export function decisionProblems(draft: DecisionDraft, t: TFunction): FormProblems<DecisionField> {
  const fields: FormProblems<DecisionField>['fields'] = {};
  if (draft.status === '') fields.status = t('registry.errors.chooseOne');
  if (draft.status === 'accredited') {
    fields.validFrom = dayProblem(draft.validFrom, { required: true }, t);
    fields.validUntil = dayProblem(draft.validUntil, { required: true }, t);
    if (!fields.validUntil && endBeforeStart(draft.validFrom, draft.validUntil)) {
      fields.validUntil = t('registry.errors.endBeforeStart');
    }
    if (draft.facilityIds.length === 0) fields.facilityIds = t('registry.errors.chooseAtLeastOne');
    if (draft.interventionTypes.length === 0)
      fields.interventionTypes = t('registry.errors.chooseAtLeastOne');
    fields.conditions = statementProblem(draft.conditions, { required: false, max: STATEMENT_MAX }, t);
  }
  const needsReasons = draft.status !== '' && NEEDS_REASONS.includes(draft.status);
  fields.reasons = statementProblem(draft.reasons, { required: needsReasons, max: STATEMENT_MAX }, t);
  for (const field of DECISION_FIELDS) if (fields[field] === undefined) delete fields[field];
  return { fields, form: Object.keys(fields).length > 0 ? t('registry.errors.checkFields') : null };
}

/** The request of a checked draft: only the fields its status takes, empty statements left out. */
export function decisionRequestOf(draft: DecisionDraft & { status: AccreditationStatus }): DecisionRequest {
  const reasons = draft.reasons.trim() === '' ? {} : { reasons: draft.reasons.trim() };
  if (draft.status !== 'accredited') return { status: draft.status, ...reasons };
  return {
    status: 'accredited',
    validFrom: draft.validFrom,
    validUntil: draft.validUntil,
    facilityIds: draft.facilityIds,
    interventionTypes: draft.interventionTypes,
    requiresAgreement: draft.requiresAgreement,
    ...(draft.conditions.trim() === '' ? {} : { conditions: draft.conditions.trim() }),
    ...reasons,
  };
}
