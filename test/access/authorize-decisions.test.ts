import { describe, expect, it } from 'vitest';
import { AccessContext } from '../../src/server/modules/access/access-context.ts';
import { AccessRefusal, authorize } from '../../src/server/modules/access/authorize.ts';
import { definePolicy } from '../../src/server/modules/access/policy.ts';
import type { Actor } from '../../src/server/modules/identity/access/actor.ts';
import type { Role } from '../../src/server/modules/identity/roles.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { type CaseFile, type CaseFileAction, caseFilePolicy } from './case-file.ts';

// authorize's decisions without a database: 404 for what one may not see, 403 for what one may see
// but not do, break-glass read-only for the roles the policy names, and what each asks the trail to
// record. (access-core.test.ts and break-glass.test.ts run the same through HTTP and real transactions.)

const tenantId = uuidv7();
const here = uuidv7();
const elsewhere = uuidv7();
const cso = uuidv7();

const actor = (role: Role, scopeId: string): Actor => ({
  userId: uuidv7(),
  tenantId,
  organisationId: uuidv7(),
  roles: [
    role === 'cso_practitioner'
      ? { role, scope: 'organisation', facilityId: null, organisationId: scopeId }
      : role === 'oversight_monitor'
        ? { role, scope: 'tenant', facilityId: null, organisationId: null }
        : { role, scope: 'facility', facilityId: scopeId, organisationId: null },
  ],
});

const file = (team: string[] = []): CaseFile => ({
  id: uuidv7(),
  tenantId,
  facilityId: here,
  organisationId: cso,
  personId: uuidv7(),
  caseTeamUserIds: team,
});

function decide(who: Actor, action: CaseFileAction, record: CaseFile, reason: string | null = null) {
  const access = AccessContext.open(who, { requestId: 'req-1', address: '192.0.2.1' }, reason);
  try {
    const granted = authorize(access, caseFilePolicy, action, record);
    return { outcome: granted.breakGlass ? 'break-glass' : 'allowed', actions: granted.actions, access };
  } catch (error) {
    if (!(error instanceof AccessRefusal)) throw error;
    return { outcome: error.status, reason: error.reason, event: error.event, access };
  }
}

describe('authorize', () => {
  const manager = actor('case_manager', here);
  const visitor = actor('case_manager', elsewhere);

  it.each([
    ['a case manager on the team adds a note', manager, 'add_note', file([manager.userId]), null, 'allowed'],
    ['a case manager of the facility, not on the team, adds a note', manager, 'add_note', file(), null, 403],
    ['a case manager of another facility reads', visitor, 'read', file(), null, 404],
    ['… with a reason: break-glass', visitor, 'read', file(), 'Transfer tonight', 'break-glass'],
    ['… with a reason, adding a note', visitor, 'add_note', file(), 'Transfer tonight', 403],
    [
      'a CSO practitioner not on the team, with a reason',
      actor('cso_practitioner', cso),
      'read',
      file(),
      'Urgent',
      404,
    ],
    [
      'an oversight monitor, with a reason',
      actor('oversight_monitor', ''),
      'read',
      file(),
      'Inspection',
      404,
    ],
    [
      'a director of another facility, with a reason',
      actor('director', elsewhere),
      'read',
      file(),
      'Riot',
      'break-glass',
    ],
    [
      'a gate officer of another facility, with a reason',
      actor('gate_officer', elsewhere),
      'read',
      file(),
      'Gate',
      404,
    ],
  ] as const)('%s → %s', (_name, who, action, record, reason, expected) => {
    expect(decide(who, action, record, reason).outcome).toBe(expected);
  });

  it('opens break-glass read-only, and asks the trail for the opening with the reason as purpose', () => {
    const record = file();
    const decision = decide(visitor, 'read', record, 'Transfer tonight: medication history needed');
    expect(decision).toMatchObject({ outcome: 'break-glass', actions: ['read'] });
    expect(decision.access.pendingEvents()).toEqual([
      expect.objectContaining({
        action: 'record.break_glass',
        outcome: 'allowed',
        breakGlass: true,
        purpose: 'Transfer tonight: medication history needed',
        actorUserId: visitor.userId,
        subjectType: 'case_file',
        subjectId: record.id,
        personId: record.personId,
      }),
    ]);
  });

  it('ignores a reason given for a record already in scope: an ordinary read, not break-glass', () => {
    const decision = decide(manager, 'read', file(), 'Just because');
    expect(decision).toMatchObject({ outcome: 'allowed', actions: ['read'] });
    expect(decision.access.pendingEvents()).toEqual([]);
  });

  it('describes each refusal for the trail: access.denied, the record, the person, the action and why', () => {
    const record = file();
    for (const [who, action, reason, why] of [
      [visitor, 'read', null, 'not_visible'],
      [manager, 'update', null, 'not_allowed'],
      [visitor, 'update', 'Night transfer', 'break_glass_read_only'],
    ] as const) {
      expect(decide(who, action, record, reason)).toMatchObject({
        reason: why,
        event: {
          action: 'access.denied',
          outcome: 'denied',
          actorUserId: who.userId,
          subjectType: 'case_file',
          subjectId: record.id,
          personId: record.personId,
          breakGlass: false,
          details: { action, reason: why },
        },
      });
    }
  });

  it('never opens a record of another tenant, not even by break-glass', () => {
    const foreign = { ...file(), tenantId: uuidv7(), facilityId: elsewhere };
    expect(decide(visitor, 'read', foreign, 'Emergency')).toMatchObject({
      outcome: 404,
      reason: 'not_visible',
    });
  });

  it('refuses a context it did not hand out', () => {
    const forged = Object.create(AccessContext.prototype) as AccessContext;
    expect(() => authorize(forged, caseFilePolicy, 'read', file())).toThrow(/withAccess/);
  });

  it('refuses at definition a policy without read, or one giving break-glass to a role that may never have it', () => {
    const base = {
      entity: 'thing',
      relationships: ['tenant'],
      relate: () => [],
      table: {},
      subject: () => ({ tenantId, id: null, personId: null }),
    } as const;
    expect(() => definePolicy({ ...base, actions: ['update'] })).toThrow(/read/);
    expect(() =>
      definePolicy({ ...base, actions: ['read'], breakGlass: { roles: ['cso_coordinator' as 'director'] } }),
    ).toThrow(/may never have it/);
  });
});
