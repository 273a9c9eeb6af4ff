// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../../locales/catalogues';
import { caseManagerSession, json, problem, stubApi } from '../../../testing/fake-api';
import { openScreen } from '../../../testing/open-screen';
import { renderApp } from '../../../testing/render-app';
import {
  adminSession,
  BRIDGES,
  coordinator,
  coordinatorSession,
  director,
  facilityList,
  managedUser,
  organisationList,
  practitioner,
  userPage,
} from './user-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  document.title = '';
});

const en = CATALOGUES.en.administration.users;
const LIST = 'GET /api/v1/admin/users';

function openList(
  answers: Parameters<typeof stubApi>[0] = {},
  options: { session?: 'admin' | 'coordinator'; path?: string; language?: 'en' | 'ar' } = {},
) {
  return openScreen(
    options.path ?? '/admin/users',
    {
      'GET /api/v1/me': json(options.session === 'coordinator' ? coordinatorSession() : adminSession()),
      [LIST]: json(userPage([director(), coordinator(), practitioner()])),
      'GET /api/v1/admin/organisations': json(organisationList()),
      'GET /api/v1/admin/facilities': json(facilityList()),
      ...answers,
    },
    options.language ?? 'en',
  );
}

/** The addresses the list was asked at, with their query strings. */
const listUrls = (api: ReturnType<typeof stubApi>) =>
  api.fetchMock.mock.calls
    .map(([input]) => String(input))
    .filter((url) => url.startsWith('/api/v1/admin/users'));

const rows = () => within(screen.getByTestId('users-table')).getAllByTestId('user-row');

describe('the user accounts list', () => {
  it('shows each account with username, organisation, roles with their places in words, and status', async () => {
    openList();

    await screen.findByTestId('users-table');
    const [first, second, third] = rows();
    expect(within(first as HTMLElement).getByTestId('user-link').textContent).toBe('Amina Benali');
    expect(first?.textContent).toContain('director.central');
    expect(first?.querySelector('[data-role="director"]')?.textContent).toBe(
      'Prison directorFacility: \u2068Central Prison\u2069',
    );
    expect(second?.querySelector('[data-role="cso_coordinator"]')?.textContent).toBe(
      `Civil society coordinatorOrganisation: \u2068${BRIDGES}\u2069`,
    );
    expect(within(third as HTMLElement).getByTestId('user-organisation').textContent).toBe(BRIDGES);
    expect(within(third as HTMLElement).getByTestId('account-status').textContent).toBe(en.status.active);
    expect(
      within(first as HTMLElement)
        .getByTestId('user-link')
        .getAttribute('href'),
    ).toBe(`/admin/users/${director().id}`);
    expect(screen.getByTestId('users-summary').textContent).toBe('Showing 3 accounts.');
    await waitFor(() => expect(document.title).toBe('User accounts · Pathways'));
  });

  it('is in the navigation of administrators and coordinators, marked as the current page', async () => {
    openList();

    const link = await screen.findByTestId('nav-user-administration');
    expect(link.textContent).toBe(CATALOGUES.en.administration.nav.users);
    await waitFor(() => expect(link.getAttribute('aria-current')).toBe('page'));
  });

  it('is not in the navigation of other roles', async () => {
    stubApi({ 'GET /api/v1/me': json(caseManagerSession()) });
    renderApp({ path: '/' });

    await screen.findByTestId('nav-sessions');
    expect(screen.queryByTestId('nav-user-administration')).toBeNull();
  });

  it('searches names and usernames without case or accents, and filters by role, among the accounts loaded', async () => {
    openList();
    await screen.findByTestId('users-table');

    fireEvent.change(screen.getByTestId('users-search'), { target: { value: 'AMINA' } });
    expect(rows().map((row) => row.getAttribute('data-username'))).toEqual(['director.central']);

    fireEvent.change(screen.getByTestId('users-search'), { target: { value: 'omar s' } });
    expect(rows().map((row) => row.getAttribute('data-username'))).toEqual(['practitioner.bridges']);

    fireEvent.change(screen.getByTestId('users-search'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('users-role-filter'), { target: { value: 'cso_coordinator' } });
    expect(rows().map((row) => row.getAttribute('data-username'))).toEqual(['coordinator.bridges']);
    expect(screen.getByTestId('users-summary').textContent).toBe('Showing 1 account.');

    fireEvent.change(screen.getByTestId('users-search'), { target: { value: 'nobody' } });
    expect(screen.getByTestId('users-no-match').textContent).toBe(en.list.noMatch);
  });

  it('asks the server for active or deactivated accounts and for one organisation', async () => {
    const { api } = openList();
    await screen.findByTestId('users-table');

    fireEvent.change(screen.getByTestId('users-status-filter'), { target: { value: 'inactive' } });
    await waitFor(() => expect(listUrls(api).at(-1)).toBe('/api/v1/admin/users?limit=50&active=false'));

    const organisations = screen.getByTestId('users-organisation-filter') as HTMLSelectElement;
    expect([...organisations.options].map((option) => option.text)).toEqual([
      en.filters.anyOrganisation,
      BRIDGES,
      'Meridia Prison Service',
      'Pathways Platform Operations',
    ]);
    fireEvent.change(organisations, { target: { value: director().organisation.id } });
    await waitFor(() =>
      expect(listUrls(api).at(-1)).toBe(
        `/api/v1/admin/users?limit=50&active=false&organisationId=${director().organisation.id}`,
      ),
    );
  });

  it('reads the filters from the address, so a filtered list has a stable link', async () => {
    const { api } = openList({}, { path: '/admin/users?status=active&q=omar' });

    await screen.findByTestId('users-table');
    expect(listUrls(api)[0]).toBe('/api/v1/admin/users?limit=50&active=true');
    expect((screen.getByTestId('users-search') as HTMLInputElement).value).toBe('omar');
    expect(rows()).toHaveLength(1);
  });

  it('loads the next page after the cursor and says that searches see only what is loaded', async () => {
    const second = managedUser({
      id: '0190c2a0-0000-7000-8000-000000000a09',
      username: 'later',
      displayName: 'Later Person',
    });
    const { api } = openList({
      [LIST]: (request) => {
        const url = String(api.fetchMock.mock.lastCall?.[0] ?? '');
        const page = url.includes('cursor=') ? userPage([second]) : userPage([director()], director().id);
        return json(page)(request);
      },
    });
    await screen.findByTestId('users-table');
    fireEvent.change(screen.getByTestId('users-search'), { target: { value: 'a' } });
    expect(screen.getByTestId('users-summary').textContent).toContain(en.list.moreToLoad);

    fireEvent.click(screen.getByTestId('users-load-more'));

    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(listUrls(api).at(-1)).toBe(`/api/v1/admin/users?limit=50&cursor=${director().id}`);
    expect(screen.queryByTestId('users-load-more')).toBeNull();
  });

  it('shows a coordinator their organisation, without an organisation filter or the tenant’s lists', async () => {
    const { api } = openList(
      { [LIST]: json(userPage([coordinator(), practitioner()])) },
      { session: 'coordinator' },
    );

    await screen.findByTestId('users-table');
    expect(screen.getByTestId('page-user-administration').textContent).toContain(
      `The accounts of \u2068${BRIDGES}\u2069.`,
    );
    expect(screen.queryByTestId('users-organisation-filter')).toBeNull();
    expect(api.to('GET /api/v1/admin/organisations')).toHaveLength(0);
    expect(api.to('GET /api/v1/admin/facilities')).toHaveLength(0);
    expect(screen.getByTestId('create-user-link').getAttribute('href')).toBe('/admin/users/new');
  });

  it('says so in words when the list cannot be loaded, and offers to try again', async () => {
    const { api } = openList({ [LIST]: problem(403, 'auth.forbidden') });

    const failure = await screen.findByTestId('users-load-failed');
    expect(failure.textContent).toContain(en.list.loadFailedTitle);
    expect(failure.textContent).toContain(CATALOGUES.en.errors.forbidden);
    api.answer(LIST, json(userPage([practitioner()])));
    fireEvent.click(within(failure).getByRole('button'));
    await screen.findByTestId('users-table');
  });

  it('reads right to left in Arabic, with the names in their own direction', async () => {
    openList({}, { language: 'ar' });

    await screen.findByTestId('users-table');
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      CATALOGUES.ar.administration.users.list.heading,
    );
    expect(screen.getByTestId('users-summary').textContent).toBe(
      `يُعرض ${new Intl.NumberFormat('ar').format(3)} حسابات.`,
    );
    expect(rows()[0]?.querySelector('bdi')?.textContent).toBe('Amina Benali');
  });
});
