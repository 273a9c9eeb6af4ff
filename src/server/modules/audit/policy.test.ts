import { describe, expect, it } from 'vitest';
import { actorHolding } from '../../../../test/support/actors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { allowedActions } from '../access/policy.ts';
import type { Actor } from '../identity/access/actor.ts';
import { ROLES, type Role } from '../identity/roles.ts';
import { auditTrailPolicy, personAccessReportPolicy } from './policy.ts';

// Who may read the trail and a person's access report, as tables: role × relationship × action.
// Written out by hand; a change to audit/policy.ts must change these too.

type Situation = 'own_tenant' | 'on_case_team' | 'other_tenant';
const SITUATIONS: readonly Situation[] = ['own_tenant', 'on_case_team', 'other_tenant'];

const TRAIL: Partial<Record<Role, Partial<Record<Situation, readonly string[]>>>> = {
  oversight_monitor: { own_tenant: ['read', 'export'], on_case_team: ['read', 'export'] },
};
const REPORT: Partial<Record<Role, Partial<Record<Situation, readonly string[]>>>> = {
  oversight_monitor: { own_tenant: ['read'], on_case_team: ['read'] },
  case_manager: { on_case_team: ['read'] },
};

const tenantId = uuidv7();

const actorWith = (role: Role): Actor => actorHolding(role, tenantId);

const recordFor = (actor: Actor, situation: Situation) => ({
  tenantId: situation === 'other_tenant' ? uuidv7() : tenantId,
  personId: uuidv7(),
  caseTeamUserIds: situation === 'on_case_team' ? [actor.userId] : [uuidv7()],
});

const table = (actions: readonly string[], expected: typeof TRAIL) =>
  ROLES.flatMap((role) =>
    SITUATIONS.flatMap((situation) =>
      actions.map((action) => ({
        role,
        situation,
        action,
        allowed: expected[role]?.[situation]?.includes(action) ?? false,
      })),
    ),
  );

describe('the audit trail policy (role × relationship × action)', () => {
  it.each(table(auditTrailPolicy.actions, TRAIL))('$role $situation $action → $allowed', (row) => {
    const actor = actorWith(row.role);
    const allowed = allowedActions(auditTrailPolicy, actor, recordFor(actor, row.situation));
    expect(allowed.includes(row.action as 'read')).toBe(row.allowed);
  });
});

describe('the person access report policy (role × relationship × action)', () => {
  it.each(table(personAccessReportPolicy.actions, REPORT))('$role $situation $action → $allowed', (row) => {
    const actor = actorWith(row.role);
    const allowed = allowedActions(personAccessReportPolicy, actor, recordFor(actor, row.situation));
    expect(allowed.includes(row.action as 'read')).toBe(row.allowed);
  });

  it('names the person as the subject, so refusals show in their own report', () => {
    const record = recordFor(actorWith('case_manager'), 'own_tenant');
    expect(personAccessReportPolicy.subject(record)).toEqual({
      tenantId,
      id: record.personId,
      personId: record.personId,
    });
  });

  it('gives break-glass to nobody: the trail is opened only by the roles that oversee it', () => {
    expect(auditTrailPolicy.breakGlass).toBeUndefined();
    expect(personAccessReportPolicy.breakGlass).toBeUndefined();
  });
});
