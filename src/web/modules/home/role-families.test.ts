import { describe, expect, it } from 'vitest';
import { ROLES, type RoleName } from '../../../contracts/identity';
import { familyHomesFor, ROLE_FAMILIES } from './role-families';
import { ROLE_LABELS } from './role-names';

// The demo accounts of CONTRACT.md and their roles: each must land on a home that fits.
const DEMO_ACCOUNTS: Record<string, { roles: RoleName[]; family: string }> = {
  admin: { roles: ['administrator'], family: 'administration' },
  'director.central': { roles: ['director'], family: 'direction' },
  'security.central': { roles: ['security_officer'], family: 'security' },
  'gate.central': { roles: ['gate_officer'], family: 'security' },
  'case.central': { roles: ['case_manager'], family: 'caseManagement' },
  'case.women': { roles: ['case_manager'], family: 'caseManagement' },
  'coordinator.bridges': { roles: ['cso_coordinator'], family: 'civilSociety' },
  'practitioner.bridges': { roles: ['cso_practitioner'], family: 'civilSociety' },
  'coordinator.pending': { roles: ['cso_coordinator'], family: 'civilSociety' },
  probation: { roles: ['probation_officer'], family: 'probation' },
  monitor: { roles: ['oversight_monitor'], family: 'oversight' },
  editor: { roles: ['knowledge_editor'], family: 'knowledge' },
  analyst: { roles: ['analyst'], family: 'analysis' },
  'b.admin': { roles: ['administrator'], family: 'administration' },
  'b.case': { roles: ['case_manager'], family: 'caseManagement' },
};

describe('role families', () => {
  it('place every role in exactly one family', () => {
    for (const role of ROLES) {
      const families = ROLE_FAMILIES.filter((family) => family.roles.includes(role)).map(
        (family) => family.id,
      );
      expect({ role, families }).toEqual({ role, families: [expect.any(String)] });
    }
  });

  it('give every role a name in words', () => {
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort());
  });

  it.each(Object.entries(DEMO_ACCOUNTS))('land %s on the %s home', (_username, { roles, family }) => {
    expect(familyHomesFor(roles).map((home) => home.family.id)).toEqual([family]);
  });

  it('show a gate officer the gate, not the vetting and incidents of security officers', () => {
    const [gate] = familyHomesFor(['gate_officer']);
    const [security] = familyHomesFor(['security_officer']);
    const keys = (home: typeof gate) => home?.capabilities.map((capability) => capability.labelKey);
    expect(keys(gate)).toEqual([
      'roleHome.security.expectedVisitors',
      'roleHome.security.checkInOut',
      'roleHome.security.noCaseNotes',
    ]);
    expect(keys(security)).toContain('roleHome.security.vetting');
    expect(keys(security)).toContain('roleHome.security.incidents');
  });

  it('show a CSO practitioner their people and sessions, not the coordinator’s work', () => {
    const [practitioner] = familyHomesFor(['cso_practitioner']);
    expect(practitioner?.capabilities.map((capability) => capability.labelKey)).toEqual([
      'roleHome.civilSociety.assignedPeople',
      'roleHome.civilSociety.sessions',
    ]);
  });

  it('give someone with several roles each family once, widest responsibility first', () => {
    const homes = familyHomesFor(['case_manager', 'administrator', 'gate_officer', 'security_officer']);
    expect(homes.map((home) => home.family.id)).toEqual(['administration', 'security', 'caseManagement']);
  });

  it('give no home for no role', () => {
    expect(familyHomesFor([])).toEqual([]);
  });
});
