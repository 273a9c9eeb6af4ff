import type { SignedIn } from '../../../contracts/identity';
import { caseManagerSession } from '../../testing/fake-api';
import type { AccessReportActor, AuditEventItem, AuditEventPage, PersonAccessReport } from './audit-types';

// Answers of the audit API for the unit tests of its screens.

export const MONITOR_ID = '0190c2a0-0000-7000-8000-000000000101';
export const OVERSIGHT_ORGANISATION_ID = '0190c2a0-0000-7000-8000-0000000001bb';
export const PERSON_ID = '0190c2a0-0000-7000-8000-0000000005e1';
export const GATE_OFFICER_ID = '0190c2a0-0000-7000-8000-000000000102';
export const PRISON_SERVICE_ID = '0190c2a0-0000-7000-8000-0000000000bb';

/** `/me` for the demo oversight monitor (CONTRACT.md), whose role covers the whole tenant. */
export function monitorSession(): SignedIn {
  const base = caseManagerSession();
  return {
    ...base,
    user: { ...base.user, id: MONITOR_ID, username: 'monitor', displayName: 'Hélène Dubois' },
    organisation: {
      id: OVERSIGHT_ORGANISATION_ID,
      kind: 'oversight_body',
      name: 'National Preventive Mechanism',
    },
    roles: [{ role: 'oversight_monitor', scope: 'tenant', facility: null, organisation: null }],
  };
}

let seq = 100;

export function auditEvent(overrides: Partial<AuditEventItem> = {}): AuditEventItem {
  seq += 1;
  return {
    id: `0195${String(seq).padStart(4, '0')}-0000-7000-8000-000000000000`,
    seq,
    hash: 'a'.repeat(64),
    occurredAt: '2026-03-09T09:30:15.250Z',
    action: 'record.read',
    outcome: 'allowed',
    actor: {
      userId: GATE_OFFICER_ID,
      displayName: 'Youssef Mansour',
      organisationId: PRISON_SERVICE_ID,
      organisationName: 'Meridia Prison Service',
    },
    subject: { type: 'case', id: 'CASE-2026-000123' },
    personId: PERSON_ID,
    purpose: null,
    breakGlass: false,
    requestId: 'req-7',
    details: {},
    actions: ['read'],
    ...overrides,
  };
}

export function eventPage(items: AuditEventItem[], nextCursor: string | null = null): AuditEventPage {
  return { items, nextCursor, actions: ['read', 'export'] };
}

export function reportActor(overrides: Partial<AccessReportActor> = {}): AccessReportActor {
  return {
    user: { id: GATE_OFFICER_ID, displayName: 'Youssef Mansour' },
    organisation: { id: PRISON_SERVICE_ID, name: 'Meridia Prison Service', kind: 'prison_service' },
    roles: ['gate_officer'],
    firstAccessAt: '2026-03-01T08:00:00.000Z',
    lastAccessAt: '2026-03-09T09:30:15.250Z',
    accesses: 3,
    denied: { count: 0, lastAt: null },
    breakGlass: [],
    eventKinds: ['record.read'],
    ...overrides,
  };
}

export function accessReport(actors: AccessReportActor[], overrides: Partial<PersonAccessReport> = {}) {
  return {
    personId: PERSON_ID,
    generatedAt: '2026-03-10T10:00:00.000Z',
    actors,
    truncated: false,
    actions: ['read'],
    ...overrides,
  } satisfies PersonAccessReport;
}
