import { definePolicy } from '../../access/policy.ts';

// Who may look at a practitioner's standing (eligibility, and later vetting status and training):
// the administrator across the tenant; the prison staff who decide or check access at a facility
// (director, security officer, gate officer), for their own facility; the coordinator of the
// practitioner's organisation; and the practitioners themselves. Everyone else gets 404. Vetting
// findings are `security` class and never part of what the coordinator or practitioner sees.

/** A practitioner, as seen in a question about one facility. */
export interface PractitionerRecord {
  tenantId: string;
  id: string;
  organisationId: string;
  /** The practitioner's own account, if they have one. */
  userId: string | null;
  /** The facility the question is about: facility staff are related through it. */
  facilityId: string;
}

export const PRACTITIONER_ACTIONS = ['read'] as const;
export type PractitionerAction = (typeof PRACTITIONER_ACTIONS)[number];

export const practitionerPolicy = definePolicy({
  entity: 'practitioner',
  actions: PRACTITIONER_ACTIONS,
  relationships: ['tenant', 'facility', 'organisation', 'self'],
  relate: (held, actor, record: PractitionerRecord) => {
    if (record.tenantId !== actor.tenantId) return [];
    const relationships: ('tenant' | 'facility' | 'organisation' | 'self')[] = [];
    if (held.scope === 'tenant') relationships.push('tenant');
    if (held.scope === 'facility' && held.facilityId === record.facilityId) relationships.push('facility');
    if (held.scope === 'organisation' && held.organisationId === record.organisationId) {
      relationships.push('organisation');
      if (record.userId !== null && record.userId === actor.userId) relationships.push('self');
    }
    return relationships;
  },
  table: {
    administrator: { tenant: ['read'] },
    director: { facility: ['read'] },
    security_officer: { facility: ['read'] },
    gate_officer: { facility: ['read'] },
    cso_coordinator: { organisation: ['read'] },
    cso_practitioner: { self: ['read'] },
  },
  subject: (record) => ({ tenantId: record.tenantId, id: record.id, personId: null }),
});
