import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/http/problem.ts';
import { auditEventsCsv } from './csv.ts';
import { decodeCursor, encodeCursor, filtersOf, searchDetails } from './filters.ts';
import type { AuditEventItem } from './schemas.ts';

const pathOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error.errors?.map((field) => `${field.path} ${field.code}`);
    throw error;
  }
  return undefined;
};

describe('search cursors', () => {
  it('round-trip a position and stay opaque', () => {
    const position = { occurredAt: '2026-03-01T09:30:00.250Z', seq: 1234567 };
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it.each([
    '',
    'bm9wZQ',
    Buffer.from('2026-03-01T09:30:00.250Z~0').toString('base64url'),
    Buffer.from('2026-13-45T99:99:99.999Z~5').toString('base64url'),
    Buffer.from(`2026-03-01T09:30:00.250Z~${'9'.repeat(17)}`).toString('base64url'),
  ])('refuses %j as a cursor', (cursor) => {
    expect(pathOf(() => decodeCursor(cursor))).toEqual(['/querystring/cursor cursor']);
  });
});

describe('search filters', () => {
  it('take action as the list of actions, and refuse a range that ends before it starts', () => {
    expect(filtersOf({ action: ['access.denied'], outcome: 'denied' })).toEqual({
      actions: ['access.denied'],
      outcome: 'denied',
    });
    expect(pathOf(() => filtersOf({ from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' }))).toEqual([
      '/querystring/to range',
    ]);
    expect(pathOf(() => filtersOf({ from: '2026-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }))).toEqual([
      '/querystring/to range',
    ]);
  });

  it('are described for the trail without the values that identify people', () => {
    const details = searchDetails({
      personId: '01940000-0000-7000-8000-0000000000b2',
      actorUserId: '01940000-0000-7000-8000-0000000000a1',
      actorOrganisationId: '01940000-0000-7000-8000-0000000000c3',
      actions: ['record.read', 'access.denied'],
      breakGlass: true,
      from: '2026-01-01T01:00:00+01:00',
    });
    expect(details).toEqual({
      personId: true,
      actorUserId: true,
      actorOrganisationId: true,
      action: 'record.read,access.denied',
      breakGlass: true,
      from: '2026-01-01T00:00:00.000Z',
    });
  });
});

describe('the CSV export', () => {
  const item: AuditEventItem = {
    id: '01950000-0000-7000-8000-000000000001',
    seq: 7,
    hash: 'a'.repeat(64),
    occurredAt: '2026-03-01T09:30:00.250Z',
    action: 'record.break_glass',
    outcome: 'allowed',
    actor: { userId: null, displayName: null, organisationId: null, organisationName: null },
    subject: { type: 'case', id: 'CASE-2026-000123' },
    personId: null,
    purpose: '-1+1 "urgent", دخول طارئ',
    breakGlass: true,
    requestId: '@req',
    details: { fields: 2 },
    actions: ['read'],
  };

  it('quotes every field, doubles quotes, and defuses cells that would start a formula', () => {
    const csv = auditEventsCsv([item]);
    expect(csv.startsWith('\uFEFFseq,occurred_at,')).toBe(true);
    const row = csv.split('\r\n')[1];
    expect(row).toContain(`"'-1+1 ""urgent"", دخول طارئ"`);
    expect(row).toContain(`"'@req"`);
    expect(row).toContain('"{""fields"":2}"');
    expect(row?.startsWith('"7","2026-03-01T09:30:00.250Z","record.break_glass","allowed","true"')).toBe(
      true,
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
