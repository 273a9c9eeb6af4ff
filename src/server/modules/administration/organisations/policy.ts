import { ORGANISATION_ACTIONS, type OrganisationAction } from '../../../../contracts/administration.ts';
import { definePolicy } from '../../access/policy.ts';
import type { OrganisationKind } from '../../identity/roles.ts';

// Who may manage the organisations of a tenant: its administrators, and nobody else. Everyone's own
// organisation reaches them through /me; this is the register itself.

export { ORGANISATION_ACTIONS, type OrganisationAction };

/** An organisation as the policy judges it. */
export interface OrganisationRecord {
  tenantId: string;
  /** null for an organisation not created yet (the create action). */
  id: string | null;
  kind: OrganisationKind;
}

export const organisationPolicy = definePolicy({
  entity: 'organisation',
  actions: ORGANISATION_ACTIONS,
  relationships: ['tenant'],
  relate: (held, actor, record: OrganisationRecord) =>
    record.tenantId === actor.tenantId && held.scope === 'tenant' ? ['tenant' as const] : [],
  table: {
    administrator: { tenant: ['read', 'create', 'update'] },
  },
  subject: (record) => ({ tenantId: record.tenantId, id: record.id, personId: null }),
  listScopes: { tenant: 'tenant' },
});
