import { describe, expect, it } from 'vitest';
import { allowedActions } from '../../src/server/modules/access/policy.ts';
import type { Actor } from '../../src/server/modules/identity/access/actor.ts';
import { ROLES, type Role, type RoleAssignment, scopeOf } from '../../src/server/modules/identity/roles.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { CASE_FILE_ACTIONS, type CaseFile, type CaseFileAction, caseFilePolicy } from './case-file.ts';

// The policy as a table: every role × relationship × action, and what is allowed. The expected
// table is written out here by hand, so a change to the policy must change this table too.

const SITUATIONS = ['outside', 'in_scope', 'on_case_team'] as const;
type Situation = (typeof SITUATIONS)[number];

const none = { outside: [], in_scope: [], on_case_team: [] };
const EXPECTED: Record<Role, Record<Situation, readonly CaseFileAction[]>> = {
  director: { outside: [], in_scope: ['read'], on_case_team: ['read'] },
  security_officer: { outside: [], in_scope: ['read'], on_case_team: ['read'] },
  gate_officer: none,
  case_manager: { outside: [], in_scope: ['read'], on_case_team: ['read', 'add_note', 'update'] },
  cso_coordinator: { outside: [], in_scope: ['read'], on_case_team: ['read'] },
  cso_practitioner: { outside: [], in_scope: [], on_case_team: ['read', 'add_note'] },
  community_partner: none,
  probation_officer: { outside: [], in_scope: ['read'], on_case_team: ['read'] },
  oversight_monitor: none,
  knowledge_editor: none,
  analyst: none,
  administrator: none,
};

const tenantId = uuidv7();
const facilityId = uuidv7();
const organisationId = uuidv7();

function actorWith(role: Role): Actor {
  const scope = scopeOf(role);
  const held: RoleAssignment =
    scope === 'facility'
      ? { role, scope, facilityId, organisationId: null }
      : scope === 'organisation'
        ? { role, scope, facilityId: null, organisationId }
        : { role, scope: 'tenant', facilityId: null, organisationId: null };
  return { userId: uuidv7(), tenantId, organisationId: uuidv7(), roles: [held] };
}

/** A file related to the actor's one role as the situation says: its facility, organisation or tenant. */
function fileFor(actor: Actor, situation: Situation): CaseFile {
  const scope = actor.roles[0]?.scope;
  const inScope = situation !== 'outside';
  return {
    id: uuidv7(),
    tenantId: scope === 'tenant' && !inScope ? uuidv7() : tenantId,
    facilityId: scope === 'facility' && inScope ? facilityId : uuidv7(),
    organisationId: scope === 'organisation' && inScope ? organisationId : uuidv7(),
    personId: uuidv7(),
    caseTeamUserIds: situation === 'on_case_team' ? [actor.userId] : [uuidv7()],
  };
}

const rows = ROLES.flatMap((role) =>
  SITUATIONS.flatMap((situation) =>
    CASE_FILE_ACTIONS.map((action) => ({
      role,
      situation,
      action,
      allowed: EXPECTED[role][situation].includes(action),
    })),
  ),
);

describe('the case-file policy table (role × relationship × action)', () => {
  it('covers every role, relationship and action', () => {
    expect(rows).toHaveLength(ROLES.length * SITUATIONS.length * CASE_FILE_ACTIONS.length);
  });

  it.each(rows)('$role $situation $action → $allowed', ({ role, situation, action, allowed }) => {
    const actor = actorWith(role);
    expect(allowedActions(caseFilePolicy, actor, fileFor(actor, situation)).includes(action)).toBe(allowed);
  });

  it('lists the allowed actions in the policy’s order, and nothing for a record one may not read', () => {
    const manager = actorWith('case_manager');
    expect(allowedActions(caseFilePolicy, manager, fileFor(manager, 'on_case_team'))).toEqual([
      'read',
      'add_note',
      'update',
    ]);
    // A table that granted a write without read would still give nothing: one cannot act unseen.
    const practitioner = actorWith('cso_practitioner');
    expect(allowedActions(caseFilePolicy, practitioner, fileFor(practitioner, 'in_scope'))).toEqual([]);
  });

  it('unites the actions of every role the actor holds', () => {
    const director = actorWith('director');
    const both: Actor = { ...director, roles: [...director.roles, ...actorWith('case_manager').roles] };
    const file = { ...fileFor(director, 'in_scope'), caseTeamUserIds: [director.userId] };
    expect(allowedActions(caseFilePolicy, both, file)).toEqual(['read', 'add_note', 'update']);
  });
});
