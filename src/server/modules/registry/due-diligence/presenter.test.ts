import { describe, expect, it } from 'vitest';
import type { DueDiligenceResult } from '../../../../contracts/registry-review.ts';
import { DUE_DILIGENCE_KINDS, type DueDiligenceKind } from '../../../../contracts/registry-review.ts';
import type { SensitivityClass } from '../../access/sensitivity.ts';
import { presentChecklist } from './presenter.ts';
import type { CheckWithChecker } from './repository.ts';
import { checklistSensitivity } from './sensitivity.ts';

// What each reader is told of a checklist, from the classes the sensitivity table gives them: a
// coordinator learns which kinds are done and which outstanding, and nothing that would tell a
// check not satisfied (or a re-check) from one never done; prison staff see every check.

const ORGANISATION = '0190c2a0-0000-7000-8000-00000000000a';
const CHECKER = '0190c2a0-0000-7000-8000-00000000000b';
let sequence = 0;

function row(kind: DueDiligenceKind, result: DueDiligenceResult, checkedOn = '2026-06-01'): CheckWithChecker {
  sequence += 1;
  return {
    id: `0190c2a0-0000-7000-8000-${String(sequence).padStart(12, '0')}`,
    tenantId: '0190c2a0-0000-7000-8000-0000000000ff',
    organisationId: ORGANISATION,
    kind,
    result,
    evidence: `Evidence for ${kind}.`,
    checkedOn,
    checkedBy: CHECKER,
    recordedAt: new Date(`${checkedOn}T09:00:00.000Z`),
    checkerName: 'Karim Haddad',
  };
}

const classesOf = (classes: readonly SensitivityClass[] | undefined) => new Set(classes ?? []);
const coordinator = classesOf(checklistSensitivity.table.cso_coordinator?.own_organisation);
const securityOfficer = classesOf(checklistSensitivity.table.security_officer?.prison_service);
const others = DUE_DILIGENCE_KINDS.filter((kind) => kind !== 'sanctions_screened').map((kind) =>
  row(kind, 'satisfied'),
);

describe('the checklist as presented', () => {
  it('tells a coordinator the same of a screening not satisfied, re-checked, as of none', () => {
    const screened = [
      row('sanctions_screened', 'not_satisfied', '2026-06-02'),
      ...others,
      row('sanctions_screened', 'satisfied', '2026-05-01'),
    ];
    const asScreened = presentChecklist(ORGANISATION, true, screened, coordinator, ['read']);
    const asNever = presentChecklist(ORGANISATION, true, others, coordinator, ['read']);
    expect(JSON.stringify(asScreened)).toBe(JSON.stringify(asNever));
    expect(asScreened).toEqual({
      organisationId: ORGANISATION,
      required: true,
      items: DUE_DILIGENCE_KINDS.map((kind) => ({
        kind,
        outcome: kind === 'sanctions_screened' ? 'outstanding' : 'done',
      })),
      satisfied: 4,
      complete: false,
      actions: ['read'],
    });
  });

  it('shows prison staff the check that holds for each kind, and every check', () => {
    const refused = row('sanctions_screened', 'not_satisfied', '2026-06-02');
    const checklist = presentChecklist(ORGANISATION, true, [refused, ...others], securityOfficer, [
      'read',
      'record_check',
    ]);
    expect(checklist.history).toHaveLength(5);
    expect(checklist.items.find((item) => item.kind === 'sanctions_screened')).toEqual({
      kind: 'sanctions_screened',
      outcome: 'outstanding',
      latest: {
        id: refused.id,
        kind: 'sanctions_screened',
        result: 'not_satisfied',
        checkedOn: '2026-06-02',
        checkedBy: { userId: CHECKER, displayName: 'Karim Haddad' },
        evidence: 'Evidence for sanctions_screened.',
        recordedAt: '2026-06-02T09:00:00.000Z',
      },
    });
    expect(checklist.items.filter((item) => item.outcome === 'done')).toHaveLength(4);
    const none = presentChecklist(ORGANISATION, true, [], securityOfficer, ['read']);
    expect(none.items.every((item) => item.latest === null && item.outcome === 'outstanding')).toBe(true);
    expect(none.history).toEqual([]);
  });
});
