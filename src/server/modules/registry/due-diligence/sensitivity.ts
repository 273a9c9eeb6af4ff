import type { DueDiligenceKind, DueDiligenceResult } from '../../../../contracts/registry-review.ts';
import { defineSensitivity, type SensitivityClass, type SensitivityRules } from '../../access/sensitivity.ts';
import type { RegistryOrganisationRecord } from '../organisations/policy.ts';
import { type DueDiligenceRelationship, dueDiligencePolicy } from './policy.ts';

// Which parts of the checklist each reader sees. Where each kind stands (`done` or `outstanding`)
// is `internal`: the organisation is told where its application stands, and no more. The checks
// themselves are `security`, as vetting findings are: what was found (a sanctions screening not
// satisfied is a security finding), when each check and each re-check was done, and the evidence,
// which may name a hit on a sanctions list or what a referee said. Civil society never sees them
// (the access core refuses any rule that would show `security` to them), so a coordinator cannot
// tell a check not satisfied from one not done yet. Who checked is `personal` (a member of staff).

/** The class of where each kind stands (`done` or `outstanding`): every reader of the checklist. */
export const OUTCOME_CLASS: SensitivityClass = 'internal';

/** One check before the reader's classes filter it. */
export interface CheckDetails {
  id: string;
  kind: DueDiligenceKind;
  result: DueDiligenceResult;
  checkedOn: string;
  checkedBy: { userId: string; displayName: string | null };
  evidence: string;
  recordedAt: Date;
}

const PRISON_STAFF: SensitivityClass[] = ['internal', 'personal', 'security'];

/** The classes each reader of an organisation's checklist sees. */
export const checklistSensitivity = defineSensitivity<
  RegistryOrganisationRecord,
  RegistryOrganisationRecord,
  DueDiligenceRelationship,
  (typeof dueDiligencePolicy.actions)[number]
>(dueDiligencePolicy, {
  fields: { tenantId: 'internal', id: 'internal', kind: 'internal' },
  table: {
    administrator: { tenant: PRISON_STAFF },
    director: { prison_service: PRISON_STAFF },
    security_officer: { prison_service: PRISON_STAFF },
    cso_coordinator: { own_organisation: ['internal'] },
  },
});

export const checkSensitivity: SensitivityRules<CheckDetails, DueDiligenceRelationship> = {
  fields: {
    id: 'security',
    kind: 'internal',
    result: 'security',
    checkedOn: 'security',
    checkedBy: 'personal',
    evidence: 'security',
    recordedAt: 'security',
  },
  table: checklistSensitivity.table,
};
