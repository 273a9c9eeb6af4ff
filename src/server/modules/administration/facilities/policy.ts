import { FACILITY_ACTIONS, type FacilityAction } from '../../../../contracts/administration.ts';
import { definePolicy } from '../../access/policy.ts';

// Who may manage the facilities of a tenant: its administrators, and nobody else. What happens at a
// facility (access requests, cases) is the business of the roles held there, through their own
// entities' policies; this is the register of facilities itself.

export { FACILITY_ACTIONS, type FacilityAction };

/** A facility as the policy judges it. */
export interface FacilityRecord {
  tenantId: string;
  /** null for a facility not created yet (the create action). */
  id: string | null;
}

export const facilityPolicy = definePolicy({
  entity: 'facility',
  actions: FACILITY_ACTIONS,
  relationships: ['tenant'],
  relate: (held, actor, record: FacilityRecord) =>
    record.tenantId === actor.tenantId && held.scope === 'tenant' ? ['tenant' as const] : [],
  table: {
    administrator: { tenant: ['read', 'create', 'update'] },
  },
  subject: (record) => ({ tenantId: record.tenantId, id: record.id, personId: null }),
  listScopes: { tenant: 'tenant' },
});
