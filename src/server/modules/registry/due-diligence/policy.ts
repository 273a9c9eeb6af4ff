import { DUE_DILIGENCE_ACTIONS } from '../../../../contracts/registry-review.ts';
import { definePolicy } from '../../access/policy.ts';
import type { RegistryOrganisationRecord } from '../organisations/policy.ts';

// Who may see and keep an organisation's due diligence checklist. Accreditation is a tenant-level
// decision (organisations/policy.ts), and so are the checks behind it: the administrator, and a
// director or security officer of any facility of the tenant, read and record them. The
// organisation's coordinator reads where its application stands (which kinds are done and which
// outstanding), not what a check found, when, the evidence or who checked (sensitivity.ts). Gate
// officers have no part in it; everyone else: 404.

export type DueDiligenceRelationship = 'tenant' | 'prison_service' | 'own_organisation';

export const dueDiligencePolicy = definePolicy({
  entity: 'organisation',
  actions: DUE_DILIGENCE_ACTIONS,
  relationships: ['tenant', 'prison_service', 'own_organisation'],
  relate: (held, actor, record: RegistryOrganisationRecord): DueDiligenceRelationship[] => {
    if (record.tenantId !== actor.tenantId) return [];
    if (held.scope === 'tenant') return ['tenant'];
    if (held.scope === 'facility') return ['prison_service'];
    return held.organisationId === record.id ? ['own_organisation'] : [];
  },
  table: {
    administrator: { tenant: ['read', 'record_check'] },
    director: { prison_service: ['read', 'record_check'] },
    security_officer: { prison_service: ['read', 'record_check'] },
    cso_coordinator: { own_organisation: ['read'] },
  },
  subject: (record) => ({ tenantId: record.tenantId, id: record.id, personId: null }),
});
