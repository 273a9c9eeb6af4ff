import { describe, expect, it } from 'vitest';
import { DUE_DILIGENCE_KINDS, type DueDiligenceKind } from '../../../../contracts/registry-review.ts';
import {
  type CheckOutcome,
  dueDiligenceRequired,
  latestOfEachKind,
  outstandingKinds,
  satisfiedCount,
} from './checklist.ts';

// What stands between an organisation and its accreditation, as a table: each kind missing, not
// satisfied, or satisfied, alone and together; the latest check of a kind overriding older ones.

const satisfied = (kind: DueDiligenceKind): CheckOutcome => ({ kind, result: 'satisfied' });
const notSatisfied = (kind: DueDiligenceKind): CheckOutcome => ({ kind, result: 'not_satisfied' });
const all = DUE_DILIGENCE_KINDS.map(satisfied);

describe('the due diligence checklist', () => {
  it('is complete with the five satisfied, and nothing outstanding', () => {
    const latest = latestOfEachKind(all);
    expect(outstandingKinds(latest)).toEqual([]);
    expect(satisfiedCount(latest)).toBe(5);
  });

  it('lists every kind outstanding when nothing was checked', () => {
    expect(outstandingKinds(new Map())).toEqual([...DUE_DILIGENCE_KINDS]);
    expect(satisfiedCount(new Map())).toBe(0);
  });

  it.each(DUE_DILIGENCE_KINDS)('holds back for %s missing, or checked and not satisfied', (kind) => {
    const others = all.filter((check) => check.kind !== kind);
    expect(outstandingKinds(latestOfEachKind(others))).toEqual([kind]);
    expect(outstandingKinds(latestOfEachKind([notSatisfied(kind), ...others]))).toEqual([kind]);
    expect(satisfiedCount(latestOfEachKind(others))).toBe(4);
  });

  it.each<[string, CheckOutcome[], DueDiligenceKind[]]>([
    [
      'a newer refusal over an older satisfaction',
      [notSatisfied('sanctions_screened'), ...all],
      ['sanctions_screened'],
    ],
    ['a newer satisfaction over an older refusal', [...all, notSatisfied('sanctions_screened')], []],
    [
      'two kinds outstanding, in the checklist’s order',
      [satisfied('references_checked'), satisfied('human_rights_commitment'), satisfied('funding_declared')],
      ['registration_verified', 'sanctions_screened'],
    ],
    [
      'a refusal and a missing check together',
      [
        notSatisfied('funding_declared'),
        satisfied('registration_verified'),
        satisfied('references_checked'),
        satisfied('human_rights_commitment'),
      ],
      ['funding_declared', 'sanctions_screened'],
    ],
  ])('takes the latest of each kind: %s', (_label, newestFirst, outstanding) => {
    expect(outstandingKinds(latestOfEachKind(newestFirst))).toEqual(outstanding);
  });

  it.each([
    ['service_provider', true],
    ['monitoring_body', false],
    [null, true],
  ] as const)('is required of a %s: %s', (mandate, required) => {
    expect(dueDiligenceRequired(mandate)).toBe(required);
  });
});
