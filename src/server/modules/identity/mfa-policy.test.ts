import { describe, expect, it } from 'vitest';
import type { Environment } from '../../platform/config/config.ts';
import { type MfaRequirement, mfaRequirement, type SessionStanding, sessionStanding } from './mfa-policy.ts';
import { ROLES, type Role, readsPersonalData, scopeOf } from './roles.ts';

describe('the second-factor requirement', () => {
  const cases: [Role[], boolean, Environment, string][] = [
    [['case_manager'], false, 'development', 'required'],
    [['case_manager'], true, 'development', 'exempt'],
    [['case_manager'], true, 'test', 'exempt'],
    [['case_manager'], true, 'production', 'required'],
    [['administrator'], false, 'production', 'required'],
    [['cso_practitioner'], false, 'production', 'required'],
    [['oversight_monitor'], false, 'production', 'required'],
    [['analyst'], false, 'production', 'optional'],
    [['knowledge_editor'], false, 'production', 'optional'],
    [['knowledge_editor', 'gate_officer'], false, 'production', 'required'],
    [[], false, 'production', 'optional'],
    [['analyst'], true, 'production', 'optional'],
  ];
  it.each(cases)('roles %j, demo tenant %s, %s → %s', (roles, isDemo, environment, expected) => {
    expect(mfaRequirement(roles, { isDemo }, environment)).toBe(expected);
  });

  it('reads only analysts and knowledge editors as roles without personal data', () => {
    expect(ROLES.filter((role) => !readsPersonalData(role))).toEqual(['knowledge_editor', 'analyst']);
  });

  it('gives each role the one scope DESIGN.md names', () => {
    expect(Object.fromEntries(ROLES.map((role) => [role, scopeOf(role)]))).toEqual({
      director: 'facility',
      security_officer: 'facility',
      gate_officer: 'facility',
      case_manager: 'facility',
      cso_coordinator: 'organisation',
      cso_practitioner: 'organisation',
      community_partner: 'organisation',
      probation_officer: 'tenant',
      oversight_monitor: 'tenant',
      knowledge_editor: 'tenant',
      analyst: 'tenant',
      administrator: 'tenant',
    });
  });
});

describe('the standing of a session', () => {
  const cases: [MfaRequirement, boolean, boolean, SessionStanding][] = [
    ['exempt', false, false, 'full'],
    ['exempt', true, false, 'full'],
    ['optional', false, false, 'full'],
    ['optional', true, false, 'full'],
    ['optional', true, true, 'full'],
    ['required', false, false, 'enrolment_only'],
    ['required', true, true, 'full'],
    ['required', true, false, 'ended'],
    ['required', false, true, 'full'],
  ];
  it.each(cases)(
    '%s, enrolled %s, session proved it %s → %s',
    (requirement, enrolled, verified, expected) => {
      expect(sessionStanding(requirement, { enrolled }, { secondFactorVerified: verified })).toBe(expected);
    },
  );
});
