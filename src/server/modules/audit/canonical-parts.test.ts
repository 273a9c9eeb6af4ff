import { describe, expect, it } from 'vitest';
import { type AuditEntry, canonicalForm, canonicalParts, GENESIS_HASH } from './canonical.ts';

const entry: AuditEntry = {
  id: '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
  tenantId: '0190a1b2-c3d4-7e5f-8a6b-000000000001',
  seq: 4242,
  occurredAt: '2026-03-01T09:30:00.123Z',
  actorUserId: null,
  actorOrganisationId: '0190a1b2-c3d4-7e5f-8a6b-000000000002',
  action: 'record.break_glass',
  subjectType: 'person',
  subjectId: 'p-1',
  personId: null,
  purpose: 'Médecin de garde — "urgence" \\ صحة',
  breakGlass: true,
  outcome: 'allowed',
  requestId: 'req-1',
  address: '192.0.2.1',
  details: { z: 1, a: ['b', { y: null, x: 2.5 }], seq: 'not the slot' },
  previousHash: 'ab'.repeat(32),
};

describe('canonical parts', () => {
  it('give back the canonical form exactly when the chain slots are filled in', () => {
    const [a, b, c, d] = canonicalParts(entry);
    const filled = a + entry.occurredAt + b + entry.previousHash + c + String(entry.seq) + d;
    expect(filled).toBe(canonicalForm(entry));
  });

  it('hold no value of the slots, so the database alone decides them', () => {
    const parts = canonicalParts(entry).join('|');
    expect(parts).not.toContain(entry.occurredAt);
    expect(parts).not.toContain(entry.previousHash);
    expect(parts).not.toContain('4242');
  });

  it('are the same for an entry whatever place it takes in the chain', () => {
    const elsewhere = {
      ...entry,
      seq: 1,
      occurredAt: '2030-01-01T00:00:00.000Z',
      previousHash: GENESIS_HASH,
    };
    expect(canonicalParts(elsewhere)).toEqual(canonicalParts(entry));
  });
});
