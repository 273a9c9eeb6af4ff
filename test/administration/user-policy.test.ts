import { describe, expect, it } from 'vitest';
import { allowedActions } from '../../src/server/modules/access/policy.ts';
import {
  USER_ACCOUNT_ACTIONS,
  type UserAccountAction,
  type UserAccountRecord,
  userAccountPolicy,
} from '../../src/server/modules/administration/users/policy.ts';
import type { Actor } from '../../src/server/modules/identity/access/actor.ts';
import { ROLES, type Role, type RoleAssignment, scopeOf } from '../../src/server/modules/identity/roles.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';

// The user account policy as a table: every role × the account's situation × action. Written out
// by hand, so that a change to the policy must change this table too.

const tenantId = uuidv7();
const facilityId = uuidv7();
/** The organisation the actor's organisation-scoped role is held in. */
const own = uuidv7();
const another = uuidv7();

const practitionerAt = (organisationId: string): RoleAssignment => ({
  role: 'cso_practitioner',
  scope: 'organisation',
  facilityId: null,
  organisationId,
});

const SITUATIONS = {
  /** Staff of the actor's organisation, holding only roles of the coordinator's allowance. */
  own_staff: { tenantId, organisationId: own, roles: [practitionerAt(own)] },
  /** A new or role-less account of the actor's organisation. */
  own_without_roles: { tenantId, organisationId: own, roles: [] },
  /** A coordinator of the actor's organisation: outside the allowance. */
  own_coordinator: {
    tenantId,
    organisationId: own,
    roles: [{ ...practitionerAt(own), role: 'cso_coordinator' }],
  },
  /** Staff of the actor's organisation also given a role at another organisation. */
  own_with_foreign_role: { tenantId, organisationId: own, roles: [practitionerAt(another)] },
  other_organisation: { tenantId, organisationId: another, roles: [practitionerAt(another)] },
  other_tenant: { tenantId: uuidv7(), organisationId: own, roles: [practitionerAt(own)] },
} satisfies Record<string, Omit<UserAccountRecord, 'id'>>;
type Situation = keyof typeof SITUATIONS;

const ALL: readonly UserAccountAction[] = USER_ACCOUNT_ACTIONS;
const NOTHING: Record<Situation, readonly UserAccountAction[]> = {
  own_staff: [],
  own_without_roles: [],
  own_coordinator: [],
  own_with_foreign_role: [],
  other_organisation: [],
  other_tenant: [],
};
const EXPECTED: Record<Role, Record<Situation, readonly UserAccountAction[]>> = {
  director: NOTHING,
  security_officer: NOTHING,
  gate_officer: NOTHING,
  case_manager: NOTHING,
  cso_coordinator: {
    own_staff: ALL,
    own_without_roles: ALL,
    own_coordinator: ['read'],
    own_with_foreign_role: ['read'],
    other_organisation: [],
    other_tenant: [],
  },
  cso_practitioner: NOTHING,
  community_partner: NOTHING,
  probation_officer: NOTHING,
  oversight_monitor: NOTHING,
  knowledge_editor: NOTHING,
  analyst: NOTHING,
  administrator: {
    own_staff: ALL,
    own_without_roles: ALL,
    own_coordinator: ALL,
    own_with_foreign_role: ALL,
    other_organisation: ALL,
    other_tenant: [],
  },
};

function actorWith(role: Role): Actor {
  const scope = scopeOf(role);
  const held: RoleAssignment =
    scope === 'facility'
      ? { role, scope, facilityId, organisationId: null }
      : scope === 'organisation'
        ? { role, scope, facilityId: null, organisationId: own }
        : { role, scope: 'tenant', facilityId: null, organisationId: null };
  return { userId: uuidv7(), tenantId, organisationId: own, roles: [held] };
}

const rows = ROLES.flatMap((role) =>
  (Object.keys(SITUATIONS) as Situation[]).flatMap((situation) =>
    USER_ACCOUNT_ACTIONS.map((action) => ({
      role,
      situation,
      action,
      allowed: EXPECTED[role][situation].includes(action),
    })),
  ),
);

describe('the user account policy table (role × situation × action)', () => {
  it('covers every role, situation and action', () => {
    expect(rows).toHaveLength(ROLES.length * Object.keys(SITUATIONS).length * USER_ACCOUNT_ACTIONS.length);
  });

  it.each(rows)('$role $situation $action → $allowed', ({ role, situation, action, allowed }) => {
    const record: UserAccountRecord = { id: uuidv7(), ...SITUATIONS[situation] };
    expect(allowedActions(userAccountPolicy, actorWith(role), record).includes(action)).toBe(allowed);
  });
});
