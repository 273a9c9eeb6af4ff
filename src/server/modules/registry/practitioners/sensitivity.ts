import type { AccessTier, VettingOutcome } from '../../../../contracts/registry.ts';
import type { PractitionerGender, VettingLevel } from '../../../../contracts/registry-practitioners.ts';
import { defineSensitivity, type SensitivityClass, type SensitivityRules } from '../../access/sensitivity.ts';
import {
  type PractitionerPolicyAction,
  type PractitionerRecord,
  type PractitionerRelationship,
  practitionerPolicy,
} from './policy.ts';

// Which parts of a practitioner's standing each reader sees (docs/security.md, "Sensitivity
// classes"). Everything about the person is `personal`: whoever may read the standing sees it.
// Two parts are held back:
// - vetting findings are `security`: the administrator, directors and security officers only,
//   never civil society (the coordinator and the practitioner see outcome, level and dates), and
//   not the gate officer, who needs to know whether someone is cleared, not what was found;
// - the reason for a suspension is the prison service's own working note, `internal` here: its
//   staff (the gate officer included, who turns the person away) and the administrator see it; the
//   organisation and the practitioner are told that and since when, not the service's reasons.

/** A practitioner's own fields as a standing shows them, before the reader's classes filter them. */
export interface PractitionerDetails extends PractitionerRecord {
  id: string;
  displayName: string;
  roleTitle: string | null;
  accessTier: AccessTier;
  gender: PractitionerGender | null;
  languages: string[];
  createdAt: Date;
  suspendedAt: Date | null;
  suspensionReason: string | null;
}

/** One background check as a standing shows it, before filtering. */
export interface VettingCheckDetails {
  id: string;
  level: VettingLevel;
  outcome: VettingOutcome;
  checkedOn: string;
  expiresOn: string | null;
  findings: string | null;
  recordedAt: Date;
}

const PRISON_STAFF: SensitivityClass[] = ['personal', 'internal', 'security'];

export const practitionerSensitivity = defineSensitivity<
  PractitionerDetails,
  PractitionerRecord,
  PractitionerRelationship,
  PractitionerPolicyAction
>(practitionerPolicy, {
  fields: {
    tenantId: 'personal',
    id: 'personal',
    organisationId: 'personal',
    userId: 'personal',
    facilityId: 'personal',
    displayName: 'personal',
    roleTitle: 'personal',
    accessTier: 'personal',
    gender: 'personal',
    languages: 'personal',
    createdAt: 'personal',
    suspendedAt: 'personal',
    suspensionReason: 'internal',
  },
  table: {
    administrator: { tenant: PRISON_STAFF },
    director: { facility: PRISON_STAFF, prison_service: PRISON_STAFF },
    security_officer: { facility: PRISON_STAFF, prison_service: PRISON_STAFF },
    gate_officer: { facility: ['personal', 'internal'], prison_service: ['personal', 'internal'] },
    cso_coordinator: { organisation: ['personal'] },
    cso_practitioner: { self: ['personal'] },
  },
});

/** The classes of a check's fields; who sees which class is the practitioner's table above. */
export const vettingCheckSensitivity: SensitivityRules<VettingCheckDetails, PractitionerRelationship> = {
  fields: {
    id: 'personal',
    level: 'personal',
    outcome: 'personal',
    checkedOn: 'personal',
    expiresOn: 'personal',
    findings: 'security',
    recordedAt: 'personal',
  },
  table: practitionerSensitivity.table,
};
