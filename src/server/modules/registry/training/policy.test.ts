import { describe, expect, it } from 'vitest';
import { allowedActions } from '../../access/policy.ts';
import { visibleClasses, withoutHiddenFields } from '../../access/sensitivity.ts';
import type { Actor } from '../../identity/access/actor.ts';
import { assignmentOf, type Role } from '../../identity/roles.ts';
import { coursePolicy, courseRequirementsPolicy } from './catalogue-policy.ts';
import { staffTrainingPolicy, trainingSessionPolicy } from './session-policy.ts';
import { sessionSensitivity } from './session-sensitivity.ts';
import { idLists } from './sessions.ts';

// The training policies as tables: role × relationship × action → allowed.

const TENANT = 't1';
const A = 'facility-a';
const B = 'facility-b';
const ORG = 'organisation-1';

const actor = (role: Role, where: { facilityId?: string; userId?: string } = {}): Actor => ({
  userId: where.userId ?? 'user-1',
  tenantId: TENANT,
  organisationId: ORG,
  roles: [assignmentOf(role, { facilityId: where.facilityId ?? A, organisationId: ORG })],
});

describe('the course policy', () => {
  it.each([
    ['administrator', ['read', 'create', 'update']],
    ['director', ['read']],
    ['case_manager', ['read']],
    ['cso_practitioner', ['read']],
    ['oversight_monitor', []],
    ['analyst', []],
  ] as const)('%s may %j', (role, actions) => {
    expect(allowedActions(coursePolicy, actor(role), { tenantId: TENANT, id: null })).toEqual(actions);
  });

  it('gives nothing of another tenant', () => {
    expect(allowedActions(coursePolicy, actor('administrator'), { tenantId: 't2', id: null })).toEqual([]);
  });
});

describe('the course requirements policy', () => {
  it.each([
    ['administrator', A, ['read', 'change']],
    ['director', A, ['read', 'change']],
    ['director', B, ['read']],
    ['security_officer', A, ['read']],
    ['cso_coordinator', A, ['read']],
    ['oversight_monitor', A, []],
  ] as const)('%s at %s may %j', (role, facilityId, actions) => {
    expect(allowedActions(courseRequirementsPolicy, actor(role), { tenantId: TENANT, facilityId })).toEqual(
      actions,
    );
  });
});

describe('the training session policy', () => {
  const ALL = ['read', 'create', 'read_all_attendance', 'record_attendance'];
  it.each([
    ['administrator', A, ALL],
    ['director', A, ALL],
    ['director', B, ['read', 'read_all_attendance']],
    ['director', null, ALL],
    ['security_officer', A, ALL],
    ['security_officer', B, ['read', 'read_all_attendance']],
    ['gate_officer', A, []],
    ['case_manager', A, []],
    ['cso_coordinator', A, ['read']],
    ['cso_practitioner', A, []],
  ] as const)('%s, for a session at %s, may %j', (role, facilityId, actions) => {
    expect(
      allowedActions(trainingSessionPolicy, actor(role), { tenantId: TENANT, id: 's', facilityId }),
    ).toEqual(actions);
  });
});

describe('the fields of a session each reader sees', () => {
  it.each([
    ['administrator', A, true],
    ['director', A, true],
    ['director', B, true],
    ['security_officer', null, true],
    ['security_officer', B, true],
    ['cso_coordinator', A, false],
    ['cso_coordinator', null, false],
  ] as const)('%s, for a session at %s, sees the notes: %s', (role, facilityId, notes) => {
    const fields = { tenantId: TENANT, id: 's', facilityId, notes: 'Escort from the gate.' };
    const classes = visibleClasses(trainingSessionPolicy, sessionSensitivity, actor(role), fields, {
      breakGlass: false,
    });
    expect('notes' in withoutHiddenFields(sessionSensitivity, fields, classes)).toBe(notes);
  });
});

describe('the ids of an attendance read, as audit details', () => {
  const id = (n: number) => `0190c2a0-0000-7000-8000-${String(n).padStart(12, '0')}`;
  it.each([
    [0, []],
    [1, [1]],
    [13, [13]],
    [14, [13, 1]],
    [30, [13, 13, 4]],
  ] as const)('puts %i ids in strings of %j ids, none over 500 characters', (count, sizes) => {
    const ids = Array.from({ length: count }, (_, n) => id(n));
    const lists = idLists(ids);
    expect(lists.map((list) => list.split(',').length)).toEqual(sizes);
    expect(lists.every((list) => list.length <= 500)).toBe(true);
    expect(lists.join(',').split(',').filter(Boolean)).toEqual(ids);
  });
});

describe('the staff training record policy', () => {
  it.each([
    ['administrator', 'someone', true, ['read']],
    ['director', 'someone', true, ['read']],
    ['security_officer', 'someone', true, ['read']],
    ['gate_officer', 'someone', true, []],
    ['gate_officer', 'user-1', true, ['read']],
    ['case_manager', 'user-1', true, ['read']],
    ['administrator', 'someone', false, []],
    ['cso_coordinator', 'user-1', true, []],
  ] as const)('%s reading %s (staff: %s) may %j', (role, userId, isStaff, actions) => {
    expect(allowedActions(staffTrainingPolicy, actor(role), { tenantId: TENANT, userId, isStaff })).toEqual(
      actions,
    );
  });
});
