// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../locales/catalogues';
import { caseManagerSession, json, problem, stubApi } from '../../testing/fake-api';
import { openScreen } from '../../testing/open-screen';
import { renderApp } from '../../testing/render-app';
import {
  auditEvent,
  eventPage,
  GATE_OFFICER_ID,
  monitorSession,
  PERSON_ID,
  PRISON_SERVICE_ID,
} from './audit-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en;
const SEARCH = 'GET /api/v1/audit/events';

const denied = auditEvent({
  action: 'access.denied',
  outcome: 'denied',
  subject: { type: 'route', id: null },
  personId: null,
  details: { route: '/api/v1/audit/events', reason: 'role' },
});
const breakGlass = auditEvent({
  action: 'record.break_glass',
  breakGlass: true,
  purpose: 'Urgence médicale — دخول طارئ',
  occurredAt: '2026-03-08T22:05:00.000Z',
});
const anonymous = auditEvent({
  action: 'auth.sign_in_failed',
  outcome: 'denied',
  actor: null,
  personId: null,
});

function openSearch(
  path = '/audit',
  answers: Parameters<typeof stubApi>[0] = {},
  language: 'en' | 'ar' = 'en',
) {
  return openScreen(
    path,
    {
      'GET /api/v1/me': json(monitorSession()),
      [SEARCH]: json(eventPage([denied, breakGlass, anonymous])),
      ...answers,
    },
    language,
  );
}

/** The addresses the page asked the trail with, query strings included. */
function asked(api: ReturnType<typeof stubApi>, path = '/api/v1/audit/events'): URL[] {
  return api.fetchMock.mock.calls
    .map(([input]) => new URL(String(input), 'http://pathways.test'))
    .filter((url) => url.pathname === path);
}

const rows = () => within(screen.getByTestId('audit-events-table')).getAllByTestId('audit-event-row');

describe('searching the audit trail', () => {
  it('shows each entry: time, who, organisation, what, about, person, outcome in words, break-glass and reason', async () => {
    openSearch();

    await screen.findByTestId('audit-events-table');
    const [first, second, third] = rows() as [HTMLElement, HTMLElement, HTMLElement];

    const time = first.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe(denied.occurredAt);
    expect(time?.textContent).toMatch(/2026/);
    expect(within(first).getByTestId('audit-actor-link').textContent).toContain('Youssef Mansour');
    expect(first.textContent).toContain('Meridia Prison Service');
    expect(within(first).getByTestId('audit-event-action').textContent).toBe(en.audit.actions.accessDenied);
    expect(first.textContent).toContain(en.audit.subjects.route);
    expect(first.textContent).toContain('/api/v1/audit/events');
    expect(within(first).getByTestId('audit-event-outcome').textContent).toBe(en.audit.outcome.denied);
    expect(first.textContent).toContain(en.audit.table.noPerson);
    expect(first.getAttribute('data-break-glass')).toBe('false');

    expect(second.getAttribute('data-break-glass')).toBe('true');
    expect(within(second).getByTestId('audit-break-glass-flag').textContent).toBe(
      en.audit.table.breakGlassFlag,
    );
    const reason = second.querySelector('bdi[dir="auto"]');
    expect(reason?.textContent).toBe('Urgence médicale — دخول طارئ');
    const person = within(second).getByTestId('audit-person-link');
    expect(person.getAttribute('href')).toBe(`/audit/people/${PERSON_ID}`);
    expect(person.textContent).toContain(PERSON_ID);

    expect(third.textContent).toContain(en.audit.table.anonymous);
    expect(screen.getByTestId('audit-result-count').textContent).toBe('3 entries on this page');
  });

  it('links each name to that user’s or organisation’s entries, and each person to their access report', async () => {
    const { router } = openSearch();
    await screen.findByTestId('audit-events-table');

    fireEvent.click(within(rows()[0] as HTMLElement).getByTestId('audit-actor-link'));

    await waitFor(() => expect(router.state.location.search).toBe(`?actorUserId=${GATE_OFFICER_ID}`));
    expect((screen.getByTestId('audit-filter-actorUserId') as HTMLInputElement).value).toBe(GATE_OFFICER_ID);
    await screen.findByTestId('audit-events-table');
    const organisation = within(rows()[0] as HTMLElement).getByRole('link', {
      name: /Meridia Prison Service/,
    });
    expect(organisation.getAttribute('href')).toBe(`/audit?actorOrganisationId=${PRISON_SERVICE_ID}`);
  });

  it('searches with the filters typed, puts them in the address, and offers the same search as CSV', async () => {
    const { api, router } = openSearch();
    await screen.findByTestId('audit-events-table');

    fireEvent.change(screen.getByTestId('audit-filter-actorUserId'), { target: { value: GATE_OFFICER_ID } });
    fireEvent.change(screen.getByTestId('audit-filter-outcome'), { target: { value: 'denied' } });
    fireEvent.change(screen.getByTestId('audit-filter-from'), { target: { value: '2026-03-01' } });
    fireEvent.change(screen.getByTestId('audit-filter-to'), { target: { value: '2026-03-31' } });
    fireEvent.click(screen.getByTestId('audit-filter-action'));
    fireEvent.click(screen.getByRole('checkbox', { name: en.audit.actions.accessDenied }));
    fireEvent.click(screen.getByTestId('audit-search-submit'));

    await waitFor(() => expect(asked(api)).toHaveLength(2));
    const query = asked(api)[1]?.searchParams;
    expect(query?.get('actorUserId')).toBe(GATE_OFFICER_ID);
    expect(query?.get('outcome')).toBe('denied');
    expect(query?.getAll('action')).toEqual(['access.denied']);
    expect(query?.get('from')).toBe(new Date(2026, 2, 1).toISOString());
    expect(query?.get('to')).toBe(new Date(2026, 3, 1).toISOString());
    expect(router.state.location.search).toBe(
      `?actorUserId=${GATE_OFFICER_ID}&action=access.denied&outcome=denied&from=2026-03-01&to=2026-03-31`,
    );
    await screen.findByTestId('audit-events-table');
    const csv = new URL(
      screen.getByTestId('audit-csv-link').getAttribute('href') ?? '',
      'http://pathways.test',
    );
    expect(csv.pathname).toBe('/api/v1/audit/events.csv');
    expect(csv.search).toBe(`?${query?.toString()}`);
  });

  it('opens with the search an address names', async () => {
    const { api } = openSearch(`/audit?personId=${PERSON_ID}&action=record.read&action=record.break_glass`);
    await screen.findByTestId('audit-events-table');

    const query = asked(api)[0]?.searchParams;
    expect(query?.get('personId')).toBe(PERSON_ID);
    expect(query?.getAll('action')).toEqual(['record.read', 'record.break_glass']);
    expect((screen.getByTestId('audit-filter-personId') as HTMLInputElement).value).toBe(PERSON_ID);
    expect(screen.getByTestId('audit-filter-action').textContent).toBe('Kinds of entry: 2 chosen');
  });

  it('says what is wrong next to the field before sending, keeps what was typed and focuses it', async () => {
    const { api } = openSearch();
    await screen.findByTestId('audit-events-table');

    const person = screen.getByTestId('audit-filter-personId') as HTMLInputElement;
    fireEvent.change(person, { target: { value: '42' } });
    fireEvent.change(screen.getByTestId('audit-filter-from'), { target: { value: '2026-03-05' } });
    fireEvent.change(screen.getByTestId('audit-filter-to'), { target: { value: '2026-03-01' } });
    fireEvent.click(screen.getByTestId('audit-search-submit'));

    expect(person.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(en.audit.filters.errors.notAnId)).toBeTruthy();
    expect(screen.getByText(en.audit.filters.errors.toBeforeFrom)).toBeTruthy();
    expect(person.value).toBe('42');
    await waitFor(() => expect(document.activeElement).toBe(person));
    expect(asked(api)).toHaveLength(1);
    expect(person.getAttribute('dir')).toBe('ltr');
  });

  it('allows at most ten kinds of entry', async () => {
    openSearch();
    await screen.findByTestId('audit-events-table');
    fireEvent.click(screen.getByTestId('audit-filter-action'));

    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    for (const box of boxes.slice(0, 10)) fireEvent.click(box);

    expect(boxes.slice(0, 10).every((box) => box.checked)).toBe(true);
    expect(boxes.slice(10).every((box) => box.disabled)).toBe(true);
    expect(screen.getByTestId('audit-filter-action').textContent).toBe('Kinds of entry: 10 chosen');
  });

  it('pages to older entries by cursor and back', async () => {
    const { api } = openSearch('/audit', { [SEARCH]: json(eventPage([denied], 'cursor-2')) });
    await screen.findByTestId('audit-events-table');
    expect(screen.getByTestId('audit-page-number').textContent).toBe('Page 1 of the results');
    expect((screen.getByTestId('audit-page-newer') as HTMLButtonElement).disabled).toBe(true);
    api.answer(SEARCH, json(eventPage([breakGlass], null)));

    fireEvent.click(screen.getByTestId('audit-page-older'));

    await waitFor(() => expect(rows()[0]?.getAttribute('data-event-id')).toBe(breakGlass.id));
    expect(asked(api)[1]?.searchParams.get('cursor')).toBe('cursor-2');
    expect(screen.getByTestId('audit-page-number').textContent).toBe('Page 2 of the results');
    expect((screen.getByTestId('audit-page-older') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByTestId('audit-page-newer'));

    await waitFor(() => expect(rows()[0]?.getAttribute('data-event-id')).toBe(denied.id));
    // The first page was kept: going back asks nothing (every search is recorded in the trail).
    expect(asked(api)).toHaveLength(2);
  });

  it('says so when nothing matches', async () => {
    openSearch('/audit', { [SEARCH]: json(eventPage([])) });

    expect((await screen.findByTestId('audit-results-empty')).textContent).toContain(en.audit.search.empty);
    expect(screen.queryByTestId('audit-events-table')).toBeNull();
    expect(screen.queryByTestId('audit-pager')).toBeNull();
  });

  it('marks the field the server refused', async () => {
    openSearch(`/audit?personId=${PERSON_ID}`, {
      [SEARCH]: problem(400, 'request.validation', {
        errors: [{ path: '/querystring/personId', code: 'format', message: 'must match format "uuid"' }],
      }),
    });

    expect((await screen.findByTestId('audit-filters-refused')).textContent).toContain(
      en.audit.filters.refusedText,
    );
    expect(screen.getByTestId('audit-filter-personId').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(en.audit.filters.errors.refused)).toBeTruthy();
  });

  it('hides the download when the server does not offer the export', async () => {
    openSearch('/audit', { [SEARCH]: json({ ...eventPage([denied]), actions: ['read'] }) });
    await screen.findByTestId('audit-events-table');

    expect(screen.queryByTestId('audit-csv-link')).toBeNull();
  });
});

describe('who may search', () => {
  it('shows a case manager the refusal and nothing of the trail when the server answers 403', async () => {
    stubApi({
      'GET /api/v1/me': json(caseManagerSession()),
      [SEARCH]: problem(403, 'auth.forbidden'),
    });
    renderApp({ path: '/audit' });

    const refusal = await screen.findByTestId('audit-forbidden');
    expect(refusal.textContent).toContain(en.audit.refusal.forbidden);
    expect(screen.queryByTestId('audit-filters')).toBeNull();
    expect(screen.queryByTestId('audit-events-table')).toBeNull();
    expect(screen.queryByTestId('audit-view-break-glass')).toBeNull();
    expect(screen.queryByTestId('nav-audit')).toBeNull();
  });

  it('offers the trail in the navigation to oversight monitors', async () => {
    openSearch('/');

    const link = await screen.findByTestId('nav-audit');
    expect(link.textContent).toBe(en.nav.audit);
    expect(link.getAttribute('href')).toBe('/audit');
  });

  it('says a failure in words and tries again on request', async () => {
    const { api } = openSearch('/audit', { [SEARCH]: problem(500, 'internal') });

    const failure = await screen.findByTestId('audit-load-failed');
    expect(failure.textContent).toContain('req-1');
    api.answer(SEARCH, json(eventPage([denied])));
    fireEvent.click(within(failure).getByRole('button', { name: en.session.retry }));

    await screen.findByTestId('audit-events-table');
  });
});

describe('in Arabic', () => {
  it('reads right to left, with kinds of entry in Arabic and ids left to right', async () => {
    openSearch('/audit', {}, 'ar');

    await screen.findByTestId('audit-events-table');
    const ar = CATALOGUES.ar;
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(ar.audit.search.heading);
    expect(within(rows()[0] as HTMLElement).getByTestId('audit-event-action').textContent).toBe(
      ar.audit.actions.accessDenied,
    );
    const id = within(rows()[1] as HTMLElement)
      .getByTestId('audit-person-link')
      .querySelector('[dir="ltr"]');
    expect(id?.textContent).toBe(PERSON_ID);
    expect(screen.getByTestId('audit-result-count').textContent).toBe('3 قيود في هذه الصفحة');
  });
});
