// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../locales/catalogues';
import { caseManagerSession, json, problem, type stubApi, unreachable } from '../../testing/fake-api';
import { errorOf, field, type } from '../../testing/form-fields';
import { openScreen } from '../../testing/open-screen';
import { adminSession, BRIDGES, IDS, organisation, organisations } from './places-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.places;
const kinds = CATALOGUES.en.audit.organisationKinds;
const LIST = 'GET /api/v1/admin/organisations';
const CREATE = 'POST /api/v1/admin/organisations';
const RENAME = `PATCH /api/v1/admin/organisations/${IDS.bridges}`;

function openPage(
  answers: Parameters<typeof stubApi>[0] = {},
  path = '/admin/organisations',
  language: 'en' | 'ar' = 'en',
) {
  return openScreen(
    path,
    {
      'GET /api/v1/me': json(adminSession()),
      [LIST]: json({ organisations: organisations() }),
      ...answers,
    },
    language,
  );
}

const rows = () => screen.getAllByTestId('organisation-row');
const rowOf = (id: string) => rows().find((row) => row.dataset.organisationId === id) as HTMLElement;

describe('the organisations page', () => {
  it('lists the organisations with their kinds in words, and is reached from the navigation', async () => {
    openPage();

    await screen.findByTestId('organisations-table');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.organisations.heading);
    expect(document.title).toContain(en.organisations.pageTitle);
    expect(rows().map((row) => within(row).getByTestId('organisation-name').textContent)).toEqual([
      'Meridia Prison Service',
      'Meridia Probation Service',
      BRIDGES,
      'Pathways Platform Operations',
    ]);
    expect(within(rowOf(IDS.bridges)).getByTestId('organisation-kind').textContent).toBe(kinds.civilSociety);
    expect(screen.getByTestId('organisations-summary').textContent).toBe('4 organisations shown.');
    expect(
      within(rowOf(IDS.bridges)).getByRole('button', { name: `Rename \u2068${BRIDGES}\u2069` }),
    ).toBeTruthy();
    const nav = await screen.findByTestId('nav-organisations');
    expect(nav.getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('nav-facilities').textContent).toBe(en.nav.facilities);
  });

  it('filters by kind, keeping the filter in the address', async () => {
    const { router } = openPage();
    await screen.findByTestId('organisations-table');

    type('organisations-kind-filter', 'civil_society');

    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(within(rows()[0] as HTMLElement).getByTestId('organisation-name').textContent).toBe(BRIDGES);
    expect(router.state.location.search).toBe('?kind=civil_society');
    expect(screen.getByTestId('organisations-summary').textContent).toBe('1 organisation shown.');
  });

  it('opens on the kind named in the address, and says when none is of that kind', async () => {
    openPage(
      { [LIST]: json({ organisations: organisations().slice(0, 2) }) },
      '/admin/organisations?kind=oversight_body',
    );

    await screen.findByTestId('organisations-empty');
    expect(screen.getByTestId('organisations-empty').textContent).toBe(en.organisations.list.noneOfKind);
    expect(field('organisations-kind-filter').value).toBe('oversight_body');
    expect(screen.queryByTestId('organisations-table')).toBeNull();
  });

  it('offers no rename for an organisation the caller may not change', async () => {
    openPage({ [LIST]: json({ organisations: [organisation({ actions: ['read'] })] }) });

    await screen.findByTestId('organisations-table');
    expect(screen.queryByTestId('rename-organisation')).toBeNull();
  });

  it('refuses anyone but an administrator with a notice, and shows no form and no data', async () => {
    openPage({ 'GET /api/v1/me': json(caseManagerSession()), [LIST]: problem(403, 'auth.forbidden') });

    const refusal = await screen.findByTestId('places-forbidden');
    expect(refusal.textContent).toContain(en.refusal.forbidden);
    expect(screen.queryByTestId('organisations-table')).toBeNull();
    expect(screen.queryByTestId('create-organisation-form')).toBeNull();
    expect(screen.queryByTestId('nav-organisations')).toBeNull();
  });

  it('says when the list cannot be reached, and tries again on request', async () => {
    const { api } = openPage({ [LIST]: unreachable() });

    const failure = await screen.findByTestId('places-load-failed');
    expect(failure.textContent).toContain(CATALOGUES.en.errors.network);
    api.answer(LIST, json({ organisations: organisations() }));
    fireEvent.click(within(failure).getByRole('button', { name: CATALOGUES.en.session.retry }));
    await screen.findByTestId('organisations-table');
  });

  it('shows the kinds and the page in Arabic, right to left', async () => {
    openPage({}, '/admin/organisations', 'ar');

    await screen.findByTestId('organisations-table');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      CATALOGUES.ar.places.organisations.heading,
    );
    expect(within(rowOf(IDS.bridges)).getByTestId('organisation-kind').textContent).toBe(
      CATALOGUES.ar.audit.organisationKinds.civilSociety,
    );
    expect(screen.getByTestId('organisations-summary').textContent).toBe(
      `تُعرض ${new Intl.NumberFormat('ar').format(4)} جهات.`,
    );
  });
});

describe('adding an organisation', () => {
  it('sends the kind and the trimmed name with the CSRF token, says so and lists it', async () => {
    const created = organisation({ id: IDS.created, kind: 'civil_society', name: 'Open Doors Circle' });
    const { api } = openPage({ [CREATE]: json(created, 201) });
    await screen.findByTestId('create-organisation-form');
    expect(field('create-organisation-name').getAttribute('dir')).toBe('auto');

    type('create-organisation-kind', 'civil_society');
    type('create-organisation-name', '  Open Doors Circle ');
    api.answer(LIST, json({ organisations: [...organisations(), created] }));
    fireEvent.click(screen.getByTestId('create-organisation-submit'));

    await waitFor(() =>
      expect(screen.getByTestId('places-outcome').textContent).toBe(
        '\u2068Open Doors Circle\u2069 was added to the organisations.',
      ),
    );
    const [request] = api.to(CREATE);
    expect(request?.body).toEqual({ kind: 'civil_society', name: 'Open Doors Circle' });
    expect(request?.headers.get('x-csrf-token')).toBe('csrf-token-of-this-session');
    await waitFor(() => expect(rowOf(IDS.created)).toBeTruthy());
    expect(field('create-organisation-name').value).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('places-outcome')));
  });

  it('says what is missing next to each field before sending, and moves focus to the first', async () => {
    const { api } = openPage();
    await screen.findByTestId('create-organisation-form');
    type('create-organisation-name', '   ');

    fireEvent.click(screen.getByTestId('create-organisation-submit'));

    await waitFor(() => expect(errorOf(field('create-organisation-kind'))).toBe(en.errors.kindRequired));
    expect(errorOf(field('create-organisation-name'))).toBe(en.errors.nameRequired);
    expect(screen.getByTestId('create-organisation-error').textContent).toContain(en.errors.checkFields);
    await waitFor(() => expect(document.activeElement).toBe(field('create-organisation-kind')));
    expect(api.to(CREATE)).toHaveLength(0);
  });

  it('shows a name already taken next to the name, keeping what was typed', async () => {
    openPage({
      [CREATE]: problem(409, 'organisation.name_taken', {
        errors: [{ path: '/body/name', code: 'taken', message: 'another organisation has this name' }],
      }),
    });
    await screen.findByTestId('create-organisation-form');
    type('create-organisation-kind', 'civil_society');
    type('create-organisation-name', BRIDGES);

    fireEvent.click(screen.getByTestId('create-organisation-submit'));

    await waitFor(() => expect(errorOf(field('create-organisation-name'))).toBe(en.errors.nameTaken));
    expect(field('create-organisation-name').value).toBe(BRIDGES);
    expect(field('create-organisation-kind').value).toBe('civil_society');
    await waitFor(() => expect(document.activeElement).toBe(field('create-organisation-name')));
    expect(screen.getByTestId('page-organisations').textContent).not.toContain(
      'another organisation has this name',
    );
  });
});

describe('renaming an organisation', () => {
  it('renames in the row, says so and returns focus to the row’s button', async () => {
    const renamed = organisation({ name: 'Bridges Association' });
    const { api } = openPage({ [RENAME]: json(renamed) });
    await screen.findByTestId('organisations-table');

    fireEvent.click(within(rowOf(IDS.bridges)).getByTestId('rename-organisation'));
    const input = await screen.findByTestId('rename-organisation-name');
    await waitFor(() => expect(document.activeElement).toBe(input));
    expect((input as HTMLInputElement).value).toBe(BRIDGES);
    expect(input.getAttribute('dir')).toBe('auto');
    expect(screen.getByRole('form', { name: `New name for \u2068${BRIDGES}\u2069` })).toBeTruthy();
    type('rename-organisation-name', 'Bridges Association');
    api.answer(
      LIST,
      json({ organisations: organisations().map((entry) => (entry.id === IDS.bridges ? renamed : entry)) }),
    );
    fireEvent.click(screen.getByTestId('rename-organisation-submit'));

    await waitFor(() =>
      expect(screen.getByTestId('places-outcome').textContent).toBe(
        `\u2068${BRIDGES}\u2069 is now called \u2068Bridges Association\u2069.`,
      ),
    );
    expect(api.to(RENAME)[0]?.body).toEqual({ name: 'Bridges Association' });
    expect(api.to(RENAME)[0]?.headers.get('x-csrf-token')).toBe('csrf-token-of-this-session');
    expect(screen.queryByTestId('rename-organisation-form')).toBeNull();
    expect(within(rowOf(IDS.bridges)).getByTestId('organisation-name').textContent).toBe(
      'Bridges Association',
    );
    await waitFor(() =>
      expect(document.activeElement).toBe(within(rowOf(IDS.bridges)).getByTestId('rename-organisation')),
    );
  });

  it('shows a name already taken next to the field', async () => {
    openPage({
      [RENAME]: problem(409, 'organisation.name_taken', {
        errors: [{ path: '/body/name', code: 'taken', message: 'another organisation has this name' }],
      }),
    });
    await screen.findByTestId('organisations-table');
    fireEvent.click(within(rowOf(IDS.bridges)).getByTestId('rename-organisation'));
    await screen.findByTestId('rename-organisation-name');
    type('rename-organisation-name', 'Meridia Prison Service');

    fireEvent.click(screen.getByTestId('rename-organisation-submit'));

    await waitFor(() => expect(errorOf(field('rename-organisation-name'))).toBe(en.errors.nameTaken));
    expect(field('rename-organisation-name').value).toBe('Meridia Prison Service');
  });

  it('says an empty name before sending, and sends nothing for an unchanged one', async () => {
    const { api } = openPage();
    await screen.findByTestId('organisations-table');
    fireEvent.click(within(rowOf(IDS.bridges)).getByTestId('rename-organisation'));
    await screen.findByTestId('rename-organisation-name');

    type('rename-organisation-name', ' ');
    fireEvent.click(screen.getByTestId('rename-organisation-submit'));
    await waitFor(() => expect(errorOf(field('rename-organisation-name'))).toBe(en.errors.nameRequired));

    type('rename-organisation-name', `${BRIDGES} `);
    fireEvent.click(screen.getByTestId('rename-organisation-submit'));
    await waitFor(() => expect(screen.queryByTestId('rename-organisation-form')).toBeNull());
    expect(api.to(RENAME)).toHaveLength(0);
  });

  it('closes on Cancel or Escape without sending', async () => {
    const { api } = openPage();
    await screen.findByTestId('organisations-table');
    fireEvent.click(within(rowOf(IDS.bridges)).getByTestId('rename-organisation'));
    await screen.findByTestId('rename-organisation-name');
    fireEvent.click(screen.getByTestId('rename-organisation-cancel'));
    await waitFor(() => expect(screen.queryByTestId('rename-organisation-form')).toBeNull());

    fireEvent.click(within(rowOf(IDS.bridges)).getByTestId('rename-organisation'));
    fireEvent.keyDown(await screen.findByTestId('rename-organisation-name'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('rename-organisation-form')).toBeNull());
    expect(api.to(RENAME)).toHaveLength(0);
  });

  it('says when the organisation has gone, and asks for the list again', async () => {
    const { api } = openPage({ [RENAME]: problem(404, 'not_found') });
    await screen.findByTestId('organisations-table');
    fireEvent.click(within(rowOf(IDS.bridges)).getByTestId('rename-organisation'));
    await screen.findByTestId('rename-organisation-name');
    type('rename-organisation-name', 'Bridges Association');

    fireEvent.click(screen.getByTestId('rename-organisation-submit'));

    const error = await screen.findByTestId('rename-organisation-error');
    expect(error.textContent).toContain(en.errors.organisationGone);
    await waitFor(() => expect(api.to(LIST).length).toBeGreaterThan(1));
  });
});
