import { describe, expect, it } from 'vitest';
import {
  defineSensitivity,
  type SensitivityClass,
  type SensitivityRules,
  visibleClasses,
  withoutHiddenFields,
} from '../../src/server/modules/access/sensitivity.ts';
import type { Actor } from '../../src/server/modules/identity/access/actor.ts';
import type { RoleAssignment } from '../../src/server/modules/identity/roles.ts';
import { type CaseFile, caseFilePolicy } from './case-file.ts';

// The stand-in case file, as a screen would show it: a field of every class.
interface CaseFileView extends CaseFile {
  displayName: string;
  facilityName: string;
  rehabilitationNote: string;
  securityNote: string;
  publicProgramme: string;
}

type Relationship = (typeof caseFilePolicy.relationships)[number];

const declared: SensitivityRules<CaseFileView, Relationship> = {
  fields: {
    id: 'internal',
    tenantId: 'internal',
    facilityId: 'internal',
    organisationId: 'internal',
    personId: 'personal',
    caseTeamUserIds: 'personal',
    displayName: 'personal',
    facilityName: 'internal',
    rehabilitationNote: 'sensitive',
    securityNote: 'security',
    publicProgramme: 'public',
  },
  table: {
    director: { facility: ['public', 'internal', 'personal', 'security'] },
    security_officer: { facility: ['public', 'internal', 'personal', 'security'] },
    case_manager: {
      facility: ['public', 'internal', 'personal'],
      case_team: ['public', 'internal', 'personal', 'sensitive'],
    },
    cso_coordinator: { assigned_organisation: ['public', 'internal'] },
    cso_practitioner: { case_team: ['public', 'internal', 'personal', 'sensitive'] },
    probation_officer: { tenant: ['public', 'internal', 'personal'] },
  },
  breakGlass: {
    case_manager: ['public', 'internal', 'personal'],
    security_officer: ['public', 'internal', 'personal'],
  },
};
const rules = defineSensitivity(caseFilePolicy, declared);

const TENANT = '0190a1b2-0000-7000-8000-000000000001';
const FACILITY = '0190a1b2-0000-7000-8000-0000000000f1';
const OTHER_FACILITY = '0190a1b2-0000-7000-8000-0000000000f2';
const CSO = '0190a1b2-0000-7000-8000-0000000000c1';
const TEAM_MEMBER = '0190a1b2-0000-7000-8000-0000000000a1';

const record: CaseFileView = {
  id: '0190a1b2-0000-7000-8000-0000000000r1',
  tenantId: TENANT,
  facilityId: FACILITY,
  organisationId: CSO,
  personId: '0190a1b2-0000-7000-8000-0000000000p1',
  caseTeamUserIds: [TEAM_MEMBER],
  displayName: 'Samir Haddad (fictional)',
  facilityName: 'Central Prison',
  rehabilitationNote: 'Attends the mentoring programme; family contact resumed.',
  securityNote: 'Kept apart from wing C.',
  publicProgramme: 'Vocational training',
};

function actor(held: RoleAssignment, userId = '0190a1b2-0000-7000-8000-0000000000u1'): Actor {
  return { userId, tenantId: TENANT, organisationId: CSO, roles: [held] };
}
const atFacility = (role: 'director' | 'security_officer' | 'case_manager', facilityId = FACILITY) =>
  ({ role, scope: 'facility', facilityId, organisationId: null }) as RoleAssignment;
const inOrganisation = (role: 'cso_coordinator' | 'cso_practitioner') =>
  ({ role, scope: 'organisation', facilityId: null, organisationId: CSO }) as RoleAssignment;

const shownFields = (reader: Actor, breakGlass = false) =>
  Object.keys(
    withoutHiddenFields(rules, record, visibleClasses(caseFilePolicy, rules, reader, record, { breakGlass })),
  ).sort();

const FIELDS_OF = (classes: SensitivityClass[]) =>
  Object.entries(rules.fields)
    .filter(([, sensitivity]) => classes.includes(sensitivity))
    .map(([field]) => field)
    .sort();

describe('sensitivity classes of the stand-in case file', () => {
  it.each([
    [
      'a security officer at the facility',
      actor(atFacility('security_officer')),
      ['public', 'internal', 'personal', 'security'],
    ],
    [
      'a case manager at the facility, not on the team',
      actor(atFacility('case_manager')),
      ['public', 'internal', 'personal'],
    ],
    [
      'a case manager on the case team',
      actor(atFacility('case_manager'), TEAM_MEMBER),
      ['public', 'internal', 'personal', 'sensitive'],
    ],
    ['a coordinator of the assigned CSO', actor(inOrganisation('cso_coordinator')), ['public', 'internal']],
    [
      'a practitioner on the case team',
      actor(inOrganisation('cso_practitioner'), TEAM_MEMBER),
      ['public', 'internal', 'personal', 'sensitive'],
    ],
    ['a practitioner not on the team', actor(inOrganisation('cso_practitioner')), []],
    ['a case manager of another facility', actor(atFacility('case_manager', OTHER_FACILITY)), []],
  ] as const)('%s sees exactly the fields of their classes', (_name, reader, classes) => {
    expect(shownFields(reader)).toEqual(FIELDS_OF([...classes]));
  });

  it('never gives a CSO security content, whatever its relationship', () => {
    const practitioner = actor(inOrganisation('cso_practitioner'), TEAM_MEMBER);
    expect(shownFields(practitioner)).not.toContain('securityNote');
  });

  it('opens a break-glass record at the reader’s own level, not higher', () => {
    const elsewhere = actor(atFacility('case_manager', OTHER_FACILITY));
    expect(shownFields(elsewhere, true)).toEqual(FIELDS_OF(['public', 'internal', 'personal']));
    expect(shownFields(elsewhere, true)).not.toContain('rehabilitationNote');
  });

  it('leaves hidden fields out entirely rather than blank', () => {
    const coordinator = actor(inOrganisation('cso_coordinator'));
    const shown = withoutHiddenFields(
      rules,
      record,
      visibleClasses(caseFilePolicy, rules, coordinator, record, { breakGlass: false }),
    );
    expect('securityNote' in shown).toBe(false);
    expect('displayName' in shown).toBe(false);
    expect(JSON.stringify(shown)).not.toContain('wing C');
  });

  it('refuses, at declaration, rules that show security content to civil society', () => {
    expect(() =>
      defineSensitivity(caseFilePolicy, {
        ...rules,
        table: { cso_practitioner: { case_team: ['security'] } },
      }),
    ).toThrow(/cso_practitioner, which may never see it/);
  });

  it('refuses break-glass fields for a role the policy does not let break the glass', () => {
    const withoutBreakGlass = { ...caseFilePolicy, breakGlass: undefined };
    expect(() => defineSensitivity(withoutBreakGlass, declared)).toThrow(
      /case_manager, which cannot break the glass/,
    );
  });
});
