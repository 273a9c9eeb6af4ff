// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../locales/catalogues';
import { caseManagerSession, json, problem, stubApi } from '../../testing/fake-api';
import { openScreen } from '../../testing/open-screen';
import { renderApp } from '../../testing/render-app';
import {
  accessReport,
  auditEvent,
  eventPage,
  MONITOR_ID,
  monitorSession,
  OVERSIGHT_ORGANISATION_ID,
  PERSON_ID,
  reportActor,
} from './audit-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en;
const REPORT = `GET /api/v1/audit/people/${PERSON_ID}/access-report`;

const gateOfficer = reportActor({
  denied: { count: 2, lastAt: '2026-03-07T11:00:00.000Z' },
  breakGlass: [
    {
      seq: 42,
      occurredAt: '2026-03-08T22:05:00.000Z',
      reason: 'Urgence médicale — دخول طارئ',
      subject: { type: 'case', id: 'CASE-2026-000123' },
    },
  ],
  eventKinds: ['record.read', 'record.break_glass', 'access.denied'],
});
const monitor = reportActor({
  user: { id: MONITOR_ID, displayName: 'Hélène Dubois' },
  organisation: {
    id: OVERSIGHT_ORGANISATION_ID,
    name: 'National Preventive Mechanism',
    kind: 'oversight_body',
  },
  roles: ['oversight_monitor'],
  accesses: 1,
  eventKinds: ['audit.searched'],
});

function openReport(answers: Parameters<typeof stubApi>[0] = {}, path = `/audit/people/${PERSON_ID}`) {
  return openScreen(path, {
    'GET /api/v1/me': json(monitorSession()),
    [REPORT]: json(accessReport([gateOfficer, monitor])),
    ...answers,
  });
}

const rows = () => within(screen.getByTestId('access-report-table')).getAllByTestId('access-report-row');

describe('who has seen this record', () => {
  it('lists each user and organisation: roles today, first and last access, counts, refusals, kinds of entry', async () => {
    openReport();

    await screen.findByTestId('access-report-table');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.audit.report.heading);
    expect(screen.getByTestId('access-report-person').textContent).toContain(PERSON_ID);
    const [first, second] = rows() as [HTMLElement, HTMLElement];
    expect(within(first).getByTestId('access-report-user').textContent).toBe('Youssef Mansour');
    expect(first.textContent).toContain(en.roles.gateOfficer);
    expect(first.textContent).toContain(en.audit.organisationKinds.prisonService);
    const times = [...first.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
    expect(times).toContain(gateOfficer.firstAccessAt);
    expect(times).toContain(gateOfficer.lastAccessAt);
    expect(within(first).getByTestId('access-report-accesses').textContent).toBe('3');
    expect(first.textContent).toContain('2 refused attempts');
    expect(first.textContent).toContain(en.audit.actions.recordBreakGlass);
    expect(first.textContent).toContain(en.audit.actions.accessDenied);
    expect(second.textContent).toContain(en.roles.oversightMonitor);
    expect(second.textContent).toContain(en.audit.actions.auditSearched);
    expect(second.textContent).toContain(en.audit.report.noRefusal);
  });

  it('highlights break-glass openings, with when, what and the reason as typed', async () => {
    openReport();

    await screen.findByTestId('access-report-table');
    const [first, second] = rows() as [HTMLElement, HTMLElement];
    expect(first.getAttribute('data-break-glass')).toBe('1');
    expect(second.getAttribute('data-break-glass')).toBe('0');
    const opening = within(first).getByTestId('access-report-openings');
    expect(opening.textContent).toContain(en.audit.table.breakGlassFlag);
    expect(opening.textContent).toContain('CASE-2026-000123');
    expect(opening.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-08T22:05:00.000Z');
    expect(opening.querySelector('bdi[dir="auto"]')?.textContent).toBe('Urgence médicale — دخول طارئ');
    const summary = screen.getByTestId('access-report-summary');
    expect(summary.textContent).toContain('2 users or organisations have left entries about this person');
    expect(summary.textContent).toContain('1 break-glass opening');
  });

  it('says when nobody has left an entry about the person', async () => {
    openReport({ [REPORT]: json(accessReport([])) });

    expect((await screen.findByTestId('access-report-empty')).textContent).toContain(en.audit.report.empty);
    expect(screen.queryByTestId('access-report-table')).toBeNull();
  });

  it('says when the report is cut short', async () => {
    openReport({ [REPORT]: json(accessReport([monitor], { truncated: true })) });

    expect(await screen.findByText(en.audit.report.truncated)).toBeTruthy();
  });

  it('leads to the trail’s entries about the person', async () => {
    const { router } = openReport({ 'GET /api/v1/audit/events': json(eventPage([auditEvent()])) });
    fireEvent.click(await screen.findByTestId('access-report-search'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/audit'));
    expect(router.state.location.search).toBe(`?personId=${PERSON_ID}`);
    await screen.findByTestId('audit-events-table');
  });

  it('asks nothing for an address that names no person', async () => {
    const { api } = openReport({}, '/audit/people/not-a-person');

    expect((await screen.findByTestId('access-report-invalid')).textContent).toContain(
      en.audit.report.invalid,
    );
    expect(api.requests.filter((request) => request.path.startsWith('/api/v1/audit/'))).toEqual([]);
  });

  it('shows nothing of the report to a user the server refuses', async () => {
    stubApi({ 'GET /api/v1/me': json(caseManagerSession()), [REPORT]: problem(403, 'auth.forbidden') });
    renderApp({ path: `/audit/people/${PERSON_ID}` });

    expect((await screen.findByTestId('audit-forbidden')).textContent).toContain(en.audit.refusal.forbidden);
    expect(screen.queryByTestId('access-report-table')).toBeNull();
    expect(screen.queryByTestId('access-report-summary')).toBeNull();
  });

  it('says "not found" when the server hides the person (404)', async () => {
    openReport({ [REPORT]: problem(404, 'not_found') });

    expect((await screen.findByTestId('audit-not-found')).textContent).toContain(en.errors.notFound);
  });

  it('counts with the Arabic dual', async () => {
    stubApi({
      'GET /api/v1/me': json(monitorSession()),
      [REPORT]: json(accessReport([gateOfficer, monitor])),
    });
    renderApp({ path: `/audit/people/${PERSON_ID}`, language: 'ar' });

    const summary = await screen.findByTestId('access-report-summary');
    expect(summary.textContent).toContain('ترك مستخدمان أو جهتان قيودًا عن هذا الشخص');
    expect(summary.textContent).toContain('حالة فتح طارئ واحدة');
    expect(document.documentElement.dir).toBe('rtl');
  });
});
