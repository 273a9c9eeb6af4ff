import { describe, expect, it } from 'vitest';
import { allowedActions } from '../../src/server/modules/access/policy.ts';
import { visibleClasses } from '../../src/server/modules/access/sensitivity.ts';
import type { Actor } from '../../src/server/modules/identity/access/actor.ts';
import { assignmentOf, ROLES, type Role } from '../../src/server/modules/identity/roles.ts';
import {
  type PractitionerPolicyAction,
  type PractitionerRecord,
  practitionerPolicy,
} from '../../src/server/modules/registry/practitioners/policy.ts';
import {
  type PractitionerDetails,
  practitionerSensitivity,
} from '../../src/server/modules/registry/practitioners/sensitivity.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';

// The practitioner policy and its field classes as tables: every role, in every relationship a
// practitioner record can have with them, and what it may do and see.

const tenantId = uuidv7();
const facilityId = uuidv7();
const organisationId = uuidv7();
const ownUserId = uuidv7();

/** An actor of the tenant holding `role` at the facility or in the organisation, or elsewhere. */
function actor(role: Role, where: 'here' | 'elsewhere', userId = uuidv7()): Actor {
  const place =
    where === 'here' ? { facilityId, organisationId } : { facilityId: uuidv7(), organisationId: uuidv7() };
  return { userId, tenantId, organisationId: place.organisationId, roles: [assignmentOf(role, place)] };
}

const standing = (overrides: Partial<PractitionerRecord> = {}): PractitionerRecord => ({
  tenantId,
  id: uuidv7(),
  organisationId,
  userId: ownUserId,
  facilityId: null,
  ...overrides,
});

const ALL: PractitionerPolicyAction[] = [
  'read',
  'create',
  'record_vetting',
  'record_signature',
  'record_certificate',
  'suspend',
  'reinstate',
];
const KEEPING: PractitionerPolicyAction[] = [
  'read',
  'record_vetting',
  'record_certificate',
  'suspend',
  'reinstate',
];

/** role → [at the record's facility or organisation, elsewhere in the tenant] on the standing. */
const STANDING: Record<Role, [PractitionerPolicyAction[], PractitionerPolicyAction[]]> = {
  director: [KEEPING, KEEPING],
  security_officer: [KEEPING, KEEPING],
  gate_officer: [['read'], ['read']],
  case_manager: [[], []],
  cso_coordinator: [['read', 'create', 'record_signature'], []],
  cso_practitioner: [[], []],
  community_partner: [[], []],
  probation_officer: [[], []],
  oversight_monitor: [[], []],
  knowledge_editor: [[], []],
  analyst: [[], []],
  administrator: [ALL, ALL],
};

describe('the practitioner policy, as a table', () => {
  it.each(ROLES.flatMap((role) => [[role, 'here'] as const, [role, 'elsewhere'] as const]))(
    '%s (%s) on a practitioner’s standing',
    (role, where) => {
      const expected = STANDING[role][where === 'here' ? 0 : 1];
      expect(allowedActions(practitionerPolicy, actor(role, where), standing())).toEqual(expected);
    },
  );

  it.each(ROLES)('%s of another tenant sees nothing', (role) => {
    expect(allowedActions(practitionerPolicy, actor(role, 'here'), standing({ tenantId: uuidv7() }))).toEqual(
      [],
    );
  });

  it.each(ROLES)('%s on a question about one facility (eligibility) reads only there', (role) => {
    const question = standing({ facilityId });
    const here = allowedActions(practitionerPolicy, actor(role, 'here'), question);
    const elsewhere = allowedActions(practitionerPolicy, actor(role, 'elsewhere'), question);
    const facilityReader = ['director', 'security_officer', 'gate_officer'].includes(role);
    if (facilityReader) {
      expect(here).toEqual(['read']);
      expect(elsewhere).toEqual([]);
    } else {
      expect(here).toEqual(STANDING[role][0]);
      expect(elsewhere).toEqual(STANDING[role][1]);
    }
  });

  it('lets practitioners read their own standing, and nobody else’s', () => {
    const self = actor('cso_practitioner', 'here', ownUserId);
    expect(allowedActions(practitionerPolicy, self, standing())).toEqual(['read']);
    expect(allowedActions(practitionerPolicy, self, standing({ userId: uuidv7() }))).toEqual([]);
    expect(allowedActions(practitionerPolicy, self, standing({ userId: null }))).toEqual([]);
    // The same account in another organisation's role is not the practitioner's own.
    expect(
      allowedActions(practitionerPolicy, actor('cso_practitioner', 'elsewhere', ownUserId), standing()),
    ).toEqual([]);
  });

  it('judges the organisation’s practitioners as a whole (no id, no account) like one of them', () => {
    const collection = standing({ id: null, userId: null });
    expect(allowedActions(practitionerPolicy, actor('cso_coordinator', 'here'), collection)).toEqual([
      'read',
      'create',
      'record_signature',
    ]);
    expect(allowedActions(practitionerPolicy, actor('cso_coordinator', 'elsewhere'), collection)).toEqual([]);
    expect(allowedActions(practitionerPolicy, actor('cso_practitioner', 'here'), collection)).toEqual([]);
  });
});

describe('what each reader of a practitioner sees', () => {
  const details = (record: PractitionerRecord): PractitionerDetails => ({
    ...record,
    id: record.id ?? uuidv7(),
    displayName: 'Someone',
    roleTitle: null,
    accessTier: 'regular',
    gender: null,
    languages: [],
    createdAt: new Date(),
    suspendedAt: null,
    suspensionReason: null,
  });
  const classesOf = (reader: Actor, record = standing()) =>
    [
      ...visibleClasses(practitionerPolicy, practitionerSensitivity, reader, details(record), {
        breakGlass: false,
      }),
    ].sort();

  it.each([
    ['administrator', ['internal', 'personal', 'security']],
    ['director', ['internal', 'personal', 'security']],
    ['security_officer', ['internal', 'personal', 'security']],
    ['gate_officer', ['internal', 'personal']],
    ['cso_coordinator', ['personal']],
  ] as const)('%s sees %j', (role, expected) => {
    expect(classesOf(actor(role, 'here'))).toEqual(expected);
  });

  it('shows practitioners their own personal fields only: no findings, no suspension reason', () => {
    expect(classesOf(actor('cso_practitioner', 'here', ownUserId))).toEqual(['personal']);
  });

  it.each(ROLES)('%s sees the personal fields whenever they may read at all', (role) => {
    for (const where of ['here', 'elsewhere'] as const) {
      const reader = actor(role, where);
      const classes = classesOf(reader);
      expect(classes.includes('personal')).toBe(
        allowedActions(practitionerPolicy, reader, standing()).includes('read'),
      );
    }
  });
});
