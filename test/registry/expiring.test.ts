import { describe, expect, it } from 'vitest';
import { EXPIRY_WINDOW } from '../../src/contracts/registry-organisations.ts';
import { FIRST_STEP } from '../../src/server/modules/notifications/reminders/steps.ts';
import {
  type CertificateFact,
  type ExpiryFacts,
  expiringOf,
  type VettingFact,
} from '../../src/server/modules/registry/organisations/expiring.ts';
import { addDays } from '../../src/server/platform/calendar-days.ts';

// What expires for one organisation, as a table: the day's edges (expired yesterday, expiring today,
// in 60 days, in 61), the 90 days looked back, and what a newer record supersedes.

const TODAY = '2027-03-01';
const on = (days: number) => addDays(TODAY, days);
const at = (iso: string) => new Date(iso);

const ORGANISATION = { id: '00000000-0000-7000-8000-000000000001', name: 'Bridges' };
const NADIA = { id: '00000000-0000-7000-8000-0000000000a1', displayName: 'Nadia Benali' };
const IGOR = { id: '00000000-0000-7000-8000-0000000000a2', displayName: 'Игорь Петров' };
const INDUCTION = {
  id: '00000000-0000-7000-8000-0000000000c1',
  code: 'security_induction',
  name: 'Induction',
};
const FIRST_AID = { id: '00000000-0000-7000-8000-0000000000c2', code: 'first_aid', name: 'First aid' };

const facts = (changes: Partial<ExpiryFacts> = {}): ExpiryFacts => ({
  organisation: ORGANISATION,
  decisions: [],
  agreements: [],
  practitioners: [NADIA, IGOR],
  vetting: [],
  certificates: [],
  ...changes,
});

let serial = 0;
const nextId = () => `00000000-0000-7000-8000-${String(++serial).padStart(12, '0')}`;

const clearance = (expiresOn: string, changes: Partial<VettingFact> = {}): VettingFact => ({
  id: nextId(),
  practitionerId: NADIA.id,
  outcome: 'cleared',
  checkedOn: addDays(expiresOn, -364),
  expiresOn,
  recordedAt: at('2026-01-01T10:00:00Z'),
  ...changes,
});

const certificate = (expiresOn: string | null, changes: Partial<CertificateFact> = {}): CertificateFact => ({
  id: nextId(),
  practitionerId: IGOR.id,
  course: INDUCTION,
  issuedOn: '2025-01-01',
  expiresOn,
  recordedAt: at('2026-01-01T10:00:00Z'),
  ...changes,
});

const accredited = (validUntil: string) => ({
  id: nextId(),
  status: 'accredited' as const,
  validUntil,
  decidedAt: at('2026-01-01T10:00:00Z'),
});

describe('what expires for an organisation', () => {
  it('looks as far ahead as the reminders’ first step', () => {
    expect(EXPIRY_WINDOW.soonDays).toBe(FIRST_STEP);
  });

  it.each([
    ['expired yesterday', -1, 'expired'],
    ['expiring today (its last day)', 0, 'expires_soon'],
    ['expiring tomorrow', 1, 'expires_soon'],
    ['expiring in 60 days', 60, 'expires_soon'],
    ['expiring in 61 days', 61, null],
    ['expired 90 days ago', -90, 'expired'],
    ['expired 91 days ago', -91, null],
  ] as const)('a clearance %s', (_name, days, state) => {
    const { items } = expiringOf(facts({ vetting: [clearance(on(days))] }), TODAY);
    if (state === null) return expect(items).toEqual([]);
    expect(items).toEqual([
      {
        kind: 'vetting',
        subject: { type: 'practitioner', id: NADIA.id, name: NADIA.displayName },
        course: null,
        date: on(days),
        state,
        daysLeft: days,
      },
    ]);
  });

  it('names the day it was reckoned on', () => {
    expect(expiringOf(facts(), TODAY)).toEqual({ today: TODAY, items: [] });
  });

  it('takes the accreditation from the latest decision only', () => {
    const old = accredited(on(10));
    const renewed = { ...accredited(on(400)), decidedAt: at('2026-06-01T10:00:00Z') };
    expect(expiringOf(facts({ decisions: [old, renewed] }), TODAY).items).toEqual([]);
    const expiring = expiringOf(facts({ decisions: [old] }), TODAY).items;
    expect(expiring).toEqual([
      expect.objectContaining({
        kind: 'accreditation',
        subject: { type: 'organisation', ...ORGANISATION },
        date: on(10),
        state: 'expires_soon',
        daysLeft: 10,
      }),
    ]);
    // Suspended or revoked since: nothing to renew.
    const suspended = { ...old, id: nextId(), status: 'suspended' as const, validUntil: null };
    suspended.decidedAt = at('2026-07-01T10:00:00Z');
    expect(expiringOf(facts({ decisions: [old, suspended] }), TODAY).items).toEqual([]);
  });

  it('lists an agreement’s end unless another carries on from the next day', () => {
    const ending = { id: nextId(), title: 'MoU 2025–2027', startsOn: '2025-01-01', endsOn: on(20) };
    const next = { id: nextId(), title: 'MoU 2027–2029', startsOn: on(21), endsOn: on(800) };
    const gap = { ...next, id: nextId(), startsOn: on(30) };
    const open = { id: nextId(), title: 'Open-ended', startsOn: '2024-01-01', endsOn: null };
    expect(expiringOf(facts({ agreements: [ending, next] }), TODAY).items).toEqual([]);
    expect(expiringOf(facts({ agreements: [ending, open] }), TODAY).items).toEqual([]);
    expect(expiringOf(facts({ agreements: [ending, gap] }), TODAY).items).toEqual([
      expect.objectContaining({
        kind: 'agreement',
        subject: { type: 'agreement', id: ending.id, name: ending.title },
        date: on(20),
      }),
    ]);
  });

  it('takes each practitioner’s latest decided check: a renewal supersedes, a pending one does not', () => {
    const expired = clearance(on(-5), { checkedOn: '2026-02-24' });
    const renewed = clearance(on(360), { checkedOn: on(-4) });
    expect(expiringOf(facts({ vetting: [expired, renewed] }), TODAY).items).toEqual([]);
    const pending = clearance(on(300), { outcome: 'pending', checkedOn: on(-4), expiresOn: null });
    expect(expiringOf(facts({ vetting: [expired, pending] }), TODAY).items).toEqual([
      expect.objectContaining({ kind: 'vetting', date: on(-5), state: 'expired' }),
    ]);
    // A newer refusal leaves no clearance to renew, and never says why.
    const refused = clearance(on(300), { outcome: 'not_cleared', checkedOn: on(-4), expiresOn: null });
    expect(expiringOf(facts({ vetting: [expired, refused] }), TODAY).items).toEqual([]);
    // The same day: the one recorded last holds.
    const sameDayLater = clearance(on(200), {
      checkedOn: expired.checkedOn,
      recordedAt: at('2026-03-01T10:00:00Z'),
    });
    expect(expiringOf(facts({ vetting: [sameDayLater, expired] }), TODAY).items).toEqual([]);
  });

  it('takes the latest certificate of each course, and a certificate for good never expires', () => {
    const old = certificate(on(-3), { issuedOn: '2025-01-01' });
    const newer = certificate(on(500), { issuedOn: '2026-12-01' });
    expect(expiringOf(facts({ certificates: [old, newer] }), TODAY).items).toEqual([]);
    const forGood = certificate(null, { issuedOn: '2026-12-01' });
    expect(expiringOf(facts({ certificates: [old, forGood] }), TODAY).items).toEqual([]);
    const otherCourse = certificate(on(45), { course: FIRST_AID });
    expect(expiringOf(facts({ certificates: [old, newer, otherCourse] }), TODAY).items).toEqual([
      {
        kind: 'certificate',
        subject: { type: 'practitioner', id: IGOR.id, name: IGOR.displayName },
        course: FIRST_AID,
        date: on(45),
        state: 'expires_soon',
        daysLeft: 45,
      },
    ]);
  });

  it('leaves out records of people who are not the organisation’s', () => {
    const stranger = clearance(on(3), { practitionerId: '00000000-0000-7000-8000-0000000000ff' });
    expect(expiringOf(facts({ vetting: [stranger] }), TODAY).items).toEqual([]);
  });

  it('sorts by date, then kind', () => {
    const { items } = expiringOf(
      facts({
        decisions: [accredited(on(30))],
        vetting: [clearance(on(30)), clearance(on(-2), { practitionerId: IGOR.id })],
        certificates: [certificate(on(5))],
      }),
      TODAY,
    );
    expect(items.map((item) => [item.kind, item.daysLeft])).toEqual([
      ['vetting', -2],
      ['certificate', 5],
      ['accreditation', 30],
      ['vetting', 30],
    ]);
  });
});
