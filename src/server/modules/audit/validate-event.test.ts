import { describe, expect, it } from 'vitest';
import type { AuditEvent } from './events.ts';
import { AuditEventError, validateAuditEvent } from './validate-event.ts';

const valid: AuditEvent = {
  action: 'record.read',
  outcome: 'allowed',
  actorUserId: '01940000-0000-7000-8000-0000000000A1',
  actorOrganisationId: null,
  subjectType: 'case',
  subjectId: 'CASE-2026-000123',
  personId: null,
  purpose: null,
  breakGlass: false,
  requestId: 'req-1',
  address: '192.0.2.1',
  details: { fields: 3, section: 'plan', exported: false, reason: null },
};

describe('validating an audit event', () => {
  it('accepts a well-formed event and lower-cases its UUIDs as PostgreSQL will return them', () => {
    const event = validateAuditEvent(valid);
    expect(event.actorUserId).toBe('01940000-0000-7000-8000-0000000000a1');
    expect(event.details).toEqual(valid.details);
  });

  it.each([
    ['an unknown action', { action: 'record.deleted' }, /not in AUDIT_ACTIONS/],
    ['an unknown outcome', { outcome: 'maybe' }, /outcome/],
    ['a break-glass access without its reason', { breakGlass: true, purpose: null }, /needs its purpose/],
    ['a purpose over 1000 characters', { purpose: 'x'.repeat(1001) }, /purpose must be/],
    ['an empty string where null is meant', { requestId: '' }, /requestId must be/],
    ['an id that is not a UUID', { personId: 'P-1' }, /personId must be null or a UUID/],
    ['a missing field', { address: undefined }, /address must be/],
    ['a subject type that is not a name', { subjectType: 'Case Note' }, /subjectType must match/],
    ['a nested detail', { details: { note: { text: 'x' } } }, /details\.note must be/],
    ['a list in details', { details: { ids: ['a'] } }, /details\.ids must be/],
    ['a number JSON cannot hold', { details: { ratio: Number.NaN } }, /details\.ratio must be/],
    ['a long detail string', { details: { note: 'x'.repeat(501) } }, /details\.note must be/],
    ['a detail key that is not a name', { details: { 'a b': 1 } }, /details key "a b"/],
    [
      'too many details',
      { details: Object.fromEntries([...Array(33).keys()].map((i) => [`k${i}`, i])) },
      /at most 32/,
    ],
    ['details that are not a plain object', { details: new Map() }, /details must be a plain object/],
    ['text PostgreSQL cannot store', { subjectId: 'a\u0000b' }, /NUL or an unpaired surrogate/],
    ['text with no UTF-8 form', { purpose: 'broken \uD800 pair' }, /NUL or an unpaired surrogate/],
  ])('refuses %s', (_what, change, message) => {
    expect(() => validateAuditEvent({ ...valid, ...change })).toThrow(AuditEventError);
    expect(() => validateAuditEvent({ ...valid, ...change })).toThrow(message);
  });

  it('accepts text in any script, including characters outside the basic plane', () => {
    const event = validateAuditEvent({ ...valid, purpose: '紧急医疗 😷 Срочно', details: { lang: 'ar' } });
    expect(event.purpose).toBe('紧急医疗 😷 Срочно');
  });

  it('refuses something that is not an event at all', () => {
    expect(() => validateAuditEvent(null)).toThrow(AuditEventError);
    expect(() => validateAuditEvent('record.read')).toThrow(AuditEventError);
  });
});
