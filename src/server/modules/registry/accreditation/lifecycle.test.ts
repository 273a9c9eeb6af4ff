import { describe, expect, it } from 'vitest';
import { ACCREDITATION_STATUSES, type AccreditationStatus } from '../../../../contracts/registry.ts';
import { ROLES, type Role } from '../../identity/roles.ts';
import { decisionFieldErrors } from './decision-fields.ts';
import { type AccreditationStanding, judgeTransition, nextStatusesFor } from './lifecycle.ts';

// The accreditation lifecycle as a table: every standing × every next status × every role. The
// expected table is written out here by hand, from the issue, so that a change to lifecycle.ts
// must change a reviewed table.

const STANDINGS: readonly AccreditationStanding[] = ['none', ...ACCREDITATION_STATUSES];

/** What may follow what (the list, independent of lifecycle.ts). */
const ALLOWED: Record<AccreditationStanding, readonly AccreditationStatus[]> = {
  none: ['applied'],
  refused: ['applied'],
  applied: ['under_review'],
  under_review: ['accredited', 'refused'],
  accredited: ['suspended', 'revoked', 'accredited'],
  suspended: ['accredited', 'revoked'],
  revoked: [],
};
const APPLICANTS: readonly Role[] = ['cso_coordinator', 'administrator'];
const DECIDERS: readonly Role[] = ['director', 'security_officer', 'administrator'];

function expected(from: AccreditationStanding, to: AccreditationStatus, role: Role) {
  const side = to === 'applied' ? APPLICANTS : DECIDERS;
  if (!side.includes(role)) return 'not_theirs';
  return ALLOWED[from].includes(to) ? 'allowed' : 'not_a_transition';
}

describe('the accreditation lifecycle, as a table', () => {
  it.each(
    STANDINGS.flatMap((from) =>
      ACCREDITATION_STATUSES.flatMap((to) => ROLES.map((role) => [from, to, role] as const)),
    ),
  )('from %s to %s by %s', (from, to, role) => {
    expect(judgeTransition(from, to, [role])).toBe(expected(from, to, role));
  });

  it('lets nothing out of a revocation, for anyone', () => {
    for (const to of ACCREDITATION_STATUSES) {
      expect(judgeTransition('revoked', to, ['administrator'])).toBe('not_a_transition');
    }
  });

  it('lets a coordinator only ever apply', () => {
    for (const from of STANDINGS) {
      expect(nextStatusesFor(from, ['apply'])).toEqual(
        from === 'none' || from === 'refused' ? ['applied'] : [],
      );
    }
  });

  it('counts any one of several roles', () => {
    expect(judgeTransition('applied', 'under_review', ['cso_coordinator', 'security_officer'])).toBe(
      'allowed',
    );
    expect(judgeTransition('applied', 'under_review', [])).toBe('not_theirs');
  });

  it('offers each side the statuses that may follow', () => {
    expect(nextStatusesFor('accredited', ['apply', 'decide'])).toEqual([
      'accredited',
      'suspended',
      'revoked',
    ]);
    expect(nextStatusesFor('under_review', ['decide'])).toEqual(['accredited', 'refused']);
    expect(nextStatusesFor('none', ['decide'])).toEqual([]);
  });
});

describe('the fields each decision needs and admits', () => {
  const facility = '01900000-0000-7000-8000-000000000001';
  const accreditation = {
    status: 'accredited' as const,
    validFrom: '2027-01-01',
    validUntil: '2027-12-31',
    facilityIds: [facility],
    interventionTypes: ['mentoring' as const],
  };

  it('takes a complete accreditation, an application with or without scope, and a review', () => {
    expect(decisionFieldErrors(accreditation)).toEqual([]);
    expect(decisionFieldErrors({ ...accreditation, validUntil: '2027-01-01' })).toEqual([]);
    expect(decisionFieldErrors({ status: 'applied' })).toEqual([]);
    expect(decisionFieldErrors({ status: 'applied', facilityIds: [facility] })).toEqual([]);
    expect(decisionFieldErrors({ status: 'under_review' })).toEqual([]);
  });

  it.each([
    ['validFrom', { validFrom: undefined }],
    ['validUntil', { validUntil: undefined }],
    ['facilityIds', { facilityIds: [] as string[] }],
    ['interventionTypes', { interventionTypes: undefined }],
  ] as const)('refuses an accreditation without %s', (field, change) => {
    expect(decisionFieldErrors({ ...accreditation, ...change })).toEqual([
      expect.objectContaining({ path: `/body/${field}`, code: 'required' }),
    ]);
  });

  it('refuses an accreditation that ends before it starts, naming validUntil', () => {
    expect(decisionFieldErrors({ ...accreditation, validUntil: '2026-12-31' })).toEqual([
      expect.objectContaining({ path: '/body/validUntil', code: 'before_valid_from' }),
    ]);
  });

  it.each(['refused', 'suspended', 'revoked'] as const)('refuses %s without reasons', (status) => {
    expect(decisionFieldErrors({ status })).toEqual([
      expect.objectContaining({ path: '/body/reasons', code: 'required' }),
    ]);
    expect(decisionFieldErrors({ status, reasons: 'Breach of the code of conduct.' })).toEqual([]);
  });

  it('refuses a field the status does not take, naming it', () => {
    expect(decisionFieldErrors({ status: 'suspended', reasons: 'Why', facilityIds: [facility] })).toEqual([
      expect.objectContaining({ path: '/body/facilityIds', code: 'not_applicable' }),
    ]);
    expect(decisionFieldErrors({ status: 'under_review', conditions: 'None' })).toEqual([
      expect.objectContaining({ path: '/body/conditions', code: 'not_applicable' }),
    ]);
  });
});
