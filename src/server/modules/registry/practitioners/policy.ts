import {
  PRACTITIONER_ACTIONS,
  PRACTITIONER_LIST_ACTIONS,
  type PractitionerAction,
  type PractitionerListAction,
} from '../../../../contracts/registry-practitioners.ts';
import { definePolicy } from '../../access/policy.ts';

// Who may look at and keep a practitioner's standing (details, vetting, signatures, training,
// suspension, eligibility):
// - the administrator, across the tenant, may do everything;
// - the organisation's coordinator sees its practitioners, adds them and records their signatures
//   (the organisation keeps its people's paperwork);
// - the practitioner sees their own standing;
// - prison staff: the director and security officer vet, certify training and suspend; the gate
//   officer only reads.
//
// Which practitioners prison staff relate to depends on the question. A question about one
// facility (eligibility there) is for that facility's staff only. The standing itself is kept once
// for the whole prison service: a practitioner vetted and trained by the service is so at every
// facility, the security officer who vets may sit at any facility, and an organisation still under
// review, accredited nowhere yet, needs its people vetted before it can be. So a director, security
// officer or gate officer of any facility of the tenant relates to every practitioner's standing
// (`prison_service`). Case managers never do. Vetting findings and suspension reasons are further
// restricted by class (sensitivity.ts); everyone else gets 404.

/** A practitioner, or an organisation's practitioners as a whole, as the policy judges them. */
export interface PractitionerRecord {
  tenantId: string;
  /** null for the organisation's practitioners as a whole (listing them, adding one). */
  id: string | null;
  organisationId: string;
  /** The practitioner's own account, if they have one. */
  userId: string | null;
  /**
   * The facility a question is about (eligibility): facility staff are related through it alone.
   * null for the standing, shared by the whole prison service.
   */
  facilityId: string | null;
}

export type PractitionerPolicyAction = PractitionerAction | PractitionerListAction;
export type PractitionerRelationship = 'tenant' | 'facility' | 'prison_service' | 'organisation' | 'self';

/** Every action, in the order answers list them; `create` belongs to the organisation's list. */
export const PRACTITIONER_POLICY_ACTIONS: readonly PractitionerPolicyAction[] = [
  ...PRACTITIONER_LIST_ACTIONS,
  ...PRACTITIONER_ACTIONS.filter((action) => action !== 'read'),
];

const KEEPING: PractitionerAction[] = [
  'read',
  'record_vetting',
  'record_certificate',
  'suspend',
  'reinstate',
];

export const practitionerPolicy = definePolicy({
  entity: 'practitioner',
  actions: PRACTITIONER_POLICY_ACTIONS,
  relationships: ['tenant', 'facility', 'prison_service', 'organisation', 'self'],
  relate: (held, actor, record: PractitionerRecord) => {
    if (record.tenantId !== actor.tenantId) return [];
    const relationships: PractitionerRelationship[] = [];
    if (held.scope === 'tenant') relationships.push('tenant');
    if (held.scope === 'facility') {
      if (record.facilityId === null) relationships.push('prison_service');
      else if (held.facilityId === record.facilityId) relationships.push('facility');
    }
    if (held.scope === 'organisation' && held.organisationId === record.organisationId) {
      relationships.push('organisation');
      if (record.userId !== null && record.userId === actor.userId) relationships.push('self');
    }
    return relationships;
  },
  table: {
    administrator: { tenant: PRACTITIONER_POLICY_ACTIONS },
    director: { facility: ['read'], prison_service: KEEPING },
    security_officer: { facility: ['read'], prison_service: KEEPING },
    gate_officer: { facility: ['read'], prison_service: ['read'] },
    cso_coordinator: { organisation: ['read', 'create', 'record_signature'] },
    cso_practitioner: { self: ['read'] },
  },
  subject: (record) => ({ tenantId: record.tenantId, id: record.id, personId: null }),
});
