import { describe, expect, it } from 'vitest';
import type { DueDiligenceKind } from '../../../../contracts/registry-review.ts';
import type { CheckOutcome } from '../due-diligence/checklist.ts';
import {
  type AgreementFacts,
  buildReviewQueue,
  type OrganisationFacts,
  type PractitionerFacts,
  vettingTodoReason,
} from './queue.ts';

// The review queue's sections as tables, counted from one fixed day: which organisations,
// accreditations, practitioners and agreements each takes, where the windows start and end, and the
// order each lists them in.

const ON = '2027-03-01';

const organisation = (
  id: string,
  latest: OrganisationFacts['latest'],
  extra: Partial<OrganisationFacts> = {},
): OrganisationFacts => ({
  id,
  name: `Organisation ${id}`,
  mandate: 'service_provider',
  latest,
  appliedOn: null,
  checks: new Map(),
  ...extra,
});
const accredited = (validUntil: string) => ({
  status: 'accredited' as const,
  validUntil,
  decidedOn: '2026-01-01',
});
const facts = (
  organisations: OrganisationFacts[],
  practitioners: PractitionerFacts[] = [],
  agreements: AgreementFacts[] = [],
) => ({ organisations, practitioners, agreements });
const checks = (...kinds: DueDiligenceKind[]) =>
  new Map<DueDiligenceKind, CheckOutcome>(kinds.map((kind) => [kind, { kind, result: 'satisfied' }]));

describe('the review queue', () => {
  it('lists applications waiting, oldest first, with days waiting and checklist progress', () => {
    const queue = buildReviewQueue(
      facts([
        organisation(
          'a',
          { status: 'under_review', validUntil: null, decidedOn: '2027-02-20' },
          {
            appliedOn: '2027-02-01',
            checks: checks('registration_verified', 'references_checked'),
          },
        ),
        organisation(
          'b',
          { status: 'applied', validUntil: null, decidedOn: '2027-01-10' },
          { appliedOn: '2027-01-10' },
        ),
        organisation(
          'c',
          { status: 'applied', validUntil: null, decidedOn: ON },
          { appliedOn: ON, mandate: 'monitoring_body' },
        ),
        organisation('d', accredited('2030-12-31')),
        organisation('e', { status: 'refused', validUntil: null, decidedOn: '2027-01-01' }),
        organisation('f', undefined),
      ]),
      ON,
    );
    expect(queue.applications).toEqual([
      {
        organisation: { id: 'b', name: 'Organisation b' },
        status: 'applied',
        appliedOn: '2027-01-10',
        daysWaiting: 50,
        dueDiligence: { required: true, satisfied: 0, total: 5 },
      },
      {
        organisation: { id: 'a', name: 'Organisation a' },
        status: 'under_review',
        appliedOn: '2027-02-01',
        daysWaiting: 28,
        dueDiligence: { required: true, satisfied: 2, total: 5 },
      },
      expect.objectContaining({ daysWaiting: 0, dueDiligence: { required: false, satisfied: 0, total: 5 } }),
    ]);
  });

  it.each([
    ['2027-04-30', 60, true],
    ['2027-05-01', 61, false],
    [ON, 0, true],
    ['2026-12-01', -90, true],
    ['2026-11-30', -91, false],
  ] as const)(
    'takes an accreditation valid until %s (%i days) into the expiring list: %s',
    (until, days, listed) => {
      const queue = buildReviewQueue(facts([organisation('a', accredited(until))]), ON);
      expect(queue.accreditations).toEqual(
        listed
          ? [{ organisation: { id: 'a', name: 'Organisation a' }, validUntil: until, daysLeft: days }]
          : [],
      );
    },
  );

  it('leaves out suspended, revoked and refused accreditations, and sorts the expired first', () => {
    const queue = buildReviewQueue(
      facts([
        organisation('a', accredited('2027-04-01')),
        organisation('b', accredited('2027-02-01')),
        organisation('c', { status: 'suspended', validUntil: '2027-03-10', decidedOn: '2027-01-01' }),
        organisation('d', { status: 'revoked', validUntil: '2027-03-10', decidedOn: '2027-01-01' }),
      ]),
      ON,
    );
    expect(queue.accreditations.map((entry) => [entry.organisation.id, entry.daysLeft])).toEqual([
      ['b', -28],
      ['a', 31],
    ]);
  });

  it.each([
    ['never vetted', null, 'missing'],
    ['pending', { outcome: 'pending', expiresOn: null }, 'pending'],
    ['not cleared', { outcome: 'not_cleared', expiresOn: null }, null],
    ['cleared, expired yesterday', { outcome: 'cleared', expiresOn: '2027-02-28' }, 'expired'],
    ['cleared, expiring today', { outcome: 'cleared', expiresOn: ON }, 'expiring'],
    ['cleared, expiring in 60 days', { outcome: 'cleared', expiresOn: '2027-04-30' }, 'expiring'],
    ['cleared for 61 more days', { outcome: 'cleared', expiresOn: '2027-05-01' }, null],
  ] as const)('judges the vetting of someone %s: %s', (_label, latest, reason) => {
    expect(vettingTodoReason(latest, ON)).toBe(reason);
  });

  it('lists vetting to do for organisations applying, under review, accredited or suspended only', () => {
    const person = (id: string, organisationId: string, latest: PractitionerFacts['latestVetting']) => ({
      id,
      displayName: `Person ${id}`,
      organisationId,
      latestVetting: latest,
    });
    const queue = buildReviewQueue(
      facts(
        [
          organisation('applied', { status: 'applied', validUntil: null, decidedOn: ON }),
          organisation('accredited', accredited('2030-12-31')),
          organisation('suspended', { status: 'suspended', validUntil: '2030-12-31', decidedOn: ON }),
          organisation('revoked', { status: 'revoked', validUntil: '2030-12-31', decidedOn: ON }),
          organisation('refused', { status: 'refused', validUntil: null, decidedOn: ON }),
          organisation('monitor', accredited('2030-12-31'), { mandate: 'monitoring_body' }),
          organisation('none', undefined),
        ],
        [
          person('1', 'accredited', { outcome: 'cleared', expiresOn: '2027-03-20' }),
          person('2', 'accredited', { outcome: 'cleared', expiresOn: '2027-01-01' }),
          person('3', 'applied', null),
          person('4', 'suspended', { outcome: 'pending', expiresOn: null }),
          person('5', 'accredited', { outcome: 'not_cleared', expiresOn: null }),
          person('6', 'revoked', null),
          person('7', 'refused', null),
          person('8', 'monitor', null),
          person('9', 'none', null),
        ],
      ),
      ON,
    );
    expect(queue.vetting.map((entry) => [entry.practitioner.id, entry.reason, entry.daysLeft])).toEqual([
      ['3', 'missing', null],
      ['4', 'pending', null],
      ['2', 'expired', -59],
      ['1', 'expiring', 19],
    ]);
    expect(queue.vetting[2]).toMatchObject({
      organisation: { id: 'accredited', name: 'Organisation accredited' },
      lastOutcome: 'cleared',
      expiresOn: '2027-01-01',
    });
  });

  it('lists agreements ending within 60 days, unless another of the organisation follows or outlasts them', () => {
    const agreement = (id: string, organisationId: string, startsOn: string, endsOn: string | null) => ({
      id,
      organisationId,
      title: `Agreement ${id}`,
      startsOn,
      endsOn,
    });
    const queue = buildReviewQueue(
      facts(
        [
          organisation('a', accredited('2030-12-31')),
          organisation('b', accredited('2030-12-31')),
          organisation('c', accredited('2030-12-31')),
          organisation('d', accredited('2030-12-31')),
          organisation('e', accredited('2030-12-31')),
        ],
        [],
        [
          agreement('ending', 'a', '2026-01-01', '2027-04-15'),
          agreement('today', 'd', '2026-01-01', ON),
          agreement('later', 'e', '2026-01-01', '2027-05-01'),
          agreement('open', 'c', '2026-01-01', null),
          agreement('renewed', 'b', '2026-01-01', '2027-03-31'),
          agreement('renewal', 'b', '2027-04-01', '2029-03-31'),
          agreement('unknown organisation', 'z', '2026-01-01', '2027-03-31'),
        ],
      ),
      ON,
    );
    expect(queue.agreements.map((entry) => [entry.agreementId, entry.daysLeft])).toEqual([
      ['today', 0],
      ['ending', 45],
    ]);
  });
});
