// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../locales/catalogues';
import { json, problem, type stubApi } from '../../testing/fake-api';
import { openScreen } from '../../testing/open-screen';
import { auditEvent, eventPage, GATE_OFFICER_ID, monitorSession, PERSON_ID } from './audit-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en;
const LIST = 'GET /api/v1/audit/break-glass';
const opening = auditEvent({
  action: 'record.break_glass',
  breakGlass: true,
  purpose: 'Medical emergency: the person collapsed during a visit',
});

function openBreakGlass(answers: Parameters<typeof stubApi>[0] = {}, path = '/audit/break-glass') {
  return openScreen(path, {
    'GET /api/v1/me': json(monitorSession()),
    [LIST]: json(eventPage([opening])),
    ...answers,
  });
}

const asked = (api: ReturnType<typeof stubApi>) =>
  api.fetchMock.mock.calls
    .map(([input]) => new URL(String(input), 'http://pathways.test'))
    .filter((url) => url.pathname === '/api/v1/audit/break-glass');

describe('the break-glass openings', () => {
  it('lists each opening with who, when, the person and the reason given', async () => {
    openBreakGlass();

    const table = await screen.findByTestId('audit-events-table');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.audit.breakGlass.heading);
    const [row] = within(table).getAllByTestId('audit-event-row') as [HTMLElement];
    expect(row.textContent).toContain('Youssef Mansour');
    expect(row.textContent).toContain('Medical emergency: the person collapsed during a visit');
    expect(within(row).getByTestId('audit-person-link').getAttribute('href')).toBe(
      `/audit/people/${PERSON_ID}`,
    );
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toContain(en.audit.table.reason);
    // Only the openings: no action or outcome columns, and no such filters.
    expect(within(row).queryByTestId('audit-event-action')).toBeNull();
    expect(screen.queryByTestId('audit-filter-action')).toBeNull();
    expect(screen.queryByTestId('audit-filter-outcome')).toBeNull();
    expect(screen.getByTestId('audit-view-break-glass').getAttribute('aria-current')).toBe('page');
  });

  it('narrows to a period, and exports the same openings as CSV', async () => {
    const { api } = openBreakGlass();
    await screen.findByTestId('audit-events-table');

    fireEvent.change(screen.getByTestId('audit-filter-from'), { target: { value: '2026-07-01' } });
    fireEvent.change(screen.getByTestId('audit-filter-to'), { target: { value: '2026-09-30' } });
    fireEvent.click(screen.getByTestId('audit-search-submit'));

    await waitFor(() => expect(asked(api)).toHaveLength(2));
    const query = asked(api)[1]?.searchParams;
    expect(query?.get('from')).toBe(new Date(2026, 6, 1).toISOString());
    expect(query?.get('to')).toBe(new Date(2026, 9, 1).toISOString());
    expect(query?.has('breakGlass')).toBe(false);
    await screen.findByTestId('audit-events-table');
    const csv = new URL(
      screen.getByTestId('audit-csv-link').getAttribute('href') ?? '',
      'http://pathways.test',
    );
    expect(csv.pathname).toBe('/api/v1/audit/events.csv');
    expect(csv.searchParams.get('breakGlass')).toBe('true');
    expect(csv.searchParams.get('from')).toBe(query?.get('from'));
  });

  it('says so when there was none', async () => {
    openBreakGlass({ [LIST]: json(eventPage([])) });

    expect((await screen.findByTestId('audit-results-empty')).textContent).toContain(
      en.audit.breakGlass.empty,
    );
  });

  it('links a name to that user’s openings only', async () => {
    const { router } = openBreakGlass();
    fireEvent.click(await screen.findByTestId('audit-actor-link'));

    await waitFor(() => expect(router.state.location.search).toBe(`?actorUserId=${GATE_OFFICER_ID}`));
    expect(router.state.location.pathname).toBe('/audit/break-glass');
  });

  it('shows nothing to a user the server refuses', async () => {
    openBreakGlass({ [LIST]: problem(403, 'auth.forbidden') });

    await screen.findByTestId('audit-forbidden');
    expect(screen.queryByTestId('audit-filters')).toBeNull();
  });
});
