import { definePolicy } from '../../access/policy.ts';
import type { Role, RoleAssignment } from '../../identity/roles.ts';

// Who may manage which user account. An administrator manages every account of the tenant. A CSO
// coordinator sees the accounts of the organisation they coordinate and manages its staff: the
// accounts whose every role is within the organisation's allowance. A fellow coordinator, or anyone
// holding a role outside the allowance, is visible to them but not theirs to change (403), so a
// coordinator can neither demote another coordinator nor deactivate themselves.

/**
 * The roles a CSO coordinator may grant, in their own organisation only. Coordinator is left out
 * on purpose: a coordinator making more coordinators would let one compromised account grow its
 * own allowance; new coordinators come from an administrator.
 */
export const COORDINATOR_GRANTS: readonly Role[] = ['cso_practitioner'];

/** A user account as the policy judges it: whose it is, and the roles it holds or would hold. */
export interface UserAccountRecord {
  tenantId: string;
  /** null for an account not created yet (the create action). */
  id: string | null;
  organisationId: string;
  roles: readonly RoleAssignment[];
}

export const USER_ACCOUNT_ACTIONS = ['read', 'create', 'update', 'change_roles'] as const;
export type UserAccountAction = (typeof USER_ACCOUNT_ACTIONS)[number];

type Relationship = 'tenant' | 'organisation' | 'organisation_staff';

const withinAllowance = (roles: readonly RoleAssignment[], organisationId: string) =>
  roles.every(
    (held) =>
      COORDINATOR_GRANTS.includes(held.role) &&
      held.scope === 'organisation' &&
      held.organisationId === organisationId,
  );

export const userAccountPolicy = definePolicy({
  entity: 'user',
  actions: USER_ACCOUNT_ACTIONS,
  relationships: ['tenant', 'organisation', 'organisation_staff'],
  relate: (held, actor, record: UserAccountRecord) => {
    const relationships: Relationship[] = [];
    if (record.tenantId !== actor.tenantId) return relationships;
    if (held.scope === 'tenant') relationships.push('tenant');
    if (held.scope === 'organisation' && held.organisationId === record.organisationId) {
      relationships.push('organisation');
      if (withinAllowance(record.roles, held.organisationId)) relationships.push('organisation_staff');
    }
    return relationships;
  },
  table: {
    administrator: { tenant: ['read', 'create', 'update', 'change_roles'] },
    cso_coordinator: {
      organisation: ['read'],
      organisation_staff: ['read', 'create', 'update', 'change_roles'],
    },
  },
  subject: (record) => ({ tenantId: record.tenantId, id: record.id, personId: null }),
  listScopes: { tenant: 'tenant', organisation: 'organisation' },
});
