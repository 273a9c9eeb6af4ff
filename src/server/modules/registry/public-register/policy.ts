import { definePolicy } from '../../access/policy.ts';

// Who may see and change whether the tenant's register of accredited organisations is public.
// Publishing is the prison service's decision: its administrator, and a director of any of its
// facilities (the register is the tenant's, not a facility's). Security and gate officers, case
// managers and civil society never reach it (the route's marking refuses them first, 403).

export const PUBLIC_REGISTER_ACTIONS = ['read', 'change'] as const;
export type PublicRegisterAction = (typeof PUBLIC_REGISTER_ACTIONS)[number];

/** The tenant's publication setting, as the policy judges it: one per tenant. */
export interface PublicationRecord {
  tenantId: string;
}

export const publicRegisterPolicy = definePolicy({
  entity: 'public_register',
  actions: PUBLIC_REGISTER_ACTIONS,
  relationships: ['tenant', 'prison_service'],
  relate: (held, actor, record: PublicationRecord) => {
    if (record.tenantId !== actor.tenantId) return [];
    if (held.scope === 'tenant') return ['tenant'];
    return held.scope === 'facility' ? ['prison_service'] : [];
  },
  table: {
    administrator: { tenant: ['read', 'change'] },
    director: { prison_service: ['read', 'change'] },
  },
  subject: (record) => ({ tenantId: record.tenantId, id: record.tenantId, personId: null }),
});
