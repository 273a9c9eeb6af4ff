// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../../locales/catalogues';
import { json, problem, type stubApi } from '../../../testing/fake-api';
import { errorOf, field, type } from '../../../testing/form-fields';
import { openScreen } from '../../../testing/open-screen';
import {
  adminSession,
  BRIDGES,
  coordinatorSession,
  facilityList,
  IDS,
  managedUser,
  organisationList,
} from './user-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.administration.users;
const CREATE = 'POST /api/v1/admin/users';
const created = managedUser({ id: IDS.created, username: 'amal.nasser', displayName: 'Amal Nasser' });

function openForm(answers: Parameters<typeof stubApi>[0] = {}, session = adminSession()) {
  return openScreen('/admin/users/new', {
    'GET /api/v1/me': json(session),
    'GET /api/v1/admin/organisations': json(organisationList()),
    'GET /api/v1/admin/facilities': json(facilityList()),
    [CREATE]: json(created, 201),
    [`GET /api/v1/admin/users/${IDS.created}`]: json(created),
    ...answers,
  });
}

function fillValidAccount() {
  type('create-user-display-name', 'Amal Nasser');
  type('create-user-username', 'amal.nasser');
  type('create-user-organisation', IDS.prison);
  type('create-user-password', 'copper kettle winter orchard');
}

describe('creating an account', () => {
  it('labels every field, explains the password policy and offers the tenant’s organisations', async () => {
    openForm();

    await screen.findByTestId('create-user-form');
    expect(screen.getByLabelText(new RegExp(en.create.displayName))).toBe(field('create-user-display-name'));
    expect(field('create-user-display-name').getAttribute('dir')).toBe('auto');
    expect(field('create-user-username').getAttribute('dir')).toBe('ltr');
    expect(field('create-user-password').getAttribute('autocomplete')).toBe('new-password');
    expect(screen.getByTestId('page-create-user').textContent).toContain(en.create.passwordPolicy);
    const organisations = field('create-user-organisation') as unknown as HTMLSelectElement;
    expect([...organisations.options].map((option) => option.text)).toEqual([
      en.roles.chooseOrganisation,
      BRIDGES,
      'Meridia Prison Service',
      'Pathways Platform Operations',
    ]);
    expect(screen.getByTestId('role-editor-empty').textContent).toBe(en.roles.none);
    expect(field('create-user-password').type).toBe('password');
    fireEvent.click(screen.getByLabelText(en.create.showPassword));
    expect(field('create-user-password').type).toBe('text');
  });

  it('gives a facility role at a named facility, sends it with the CSRF token and opens the new account', async () => {
    const { api, router } = openForm();
    await screen.findByTestId('create-user-form');
    fillValidAccount();

    fireEvent.click(screen.getByTestId('add-role'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('role-select')));
    type('role-select', 'case_manager');
    const places = screen.getByTestId('role-place') as HTMLSelectElement;
    expect(screen.getByLabelText('Facility of role 1')).toBe(places);
    expect([...places.options].map((option) => option.text)).toEqual([
      en.roles.chooseFacility,
      'Central Prison',
      'Women’s Prison',
    ]);
    type('role-place', IDS.women);
    fireEvent.click(screen.getByTestId('create-user-submit'));

    await screen.findByTestId('account-created');
    const [request] = api.to(CREATE);
    expect(request?.headers.get('x-csrf-token')).toBe('csrf-token-of-this-session');
    expect(request?.body).toEqual({
      displayName: 'Amal Nasser',
      username: 'amal.nasser',
      organisationId: IDS.prison,
      password: 'copper kettle winter orchard',
      roles: [{ role: 'case_manager', facilityId: IDS.women }],
    });
    expect(router.state.location.pathname).toBe(`/admin/users/${IDS.created}`);
    expect(screen.getByTestId('account-created').textContent).toContain('Amal Nasser');
  });

  it('says what is missing next to each field before sending, and moves focus to the first', async () => {
    const { api } = openForm();
    await screen.findByTestId('create-user-form');
    type('create-user-username', 'Amal Nasser');
    type('create-user-password', 'short');
    fireEvent.click(screen.getByTestId('add-role'));

    fireEvent.click(screen.getByTestId('create-user-submit'));

    await waitFor(() => expect(document.activeElement).toBe(field('create-user-display-name')));
    expect(errorOf(field('create-user-display-name'))).toBe(en.errors.displayNameRequired);
    expect(errorOf(field('create-user-username'))).toBe(en.errors.usernameFormat);
    expect(errorOf(field('create-user-organisation'))).toBe(en.errors.organisationRequired);
    expect(errorOf(field('create-user-password'))).toBe('Use at least 12 characters.');
    expect(errorOf(screen.getByTestId('role-select'))).toBe(en.errors.roleRequired);
    expect(screen.getByTestId('create-user-error').textContent).toContain(en.errors.checkFields);
    expect(api.to(CREATE)).toHaveLength(0);
  });

  it('shows the server’s refusals next to their fields and keeps everything typed', async () => {
    openForm({
      [CREATE]: problem(400, 'request.validation', {
        errors: [
          { path: '/body/password', code: 'too_guessable', message: 'This is a top-10 common password.' },
          { path: '/body/roles/0/facilityId', code: 'unknown_facility', message: 'no such facility' },
        ],
      }),
    });
    await screen.findByTestId('create-user-form');
    fillValidAccount();
    fireEvent.click(screen.getByTestId('add-role'));
    type('role-select', 'director');
    type('role-place', IDS.central);

    fireEvent.click(screen.getByTestId('create-user-submit'));

    await waitFor(() => expect(errorOf(field('create-user-password'))).toBe(en.errors.passwordTooGuessable));
    expect(errorOf(screen.getByTestId('role-place'))).toBe(en.errors.facilityUnknown);
    expect(screen.getByTestId('page-create-user').textContent).not.toContain('top-10');
    expect(field('create-user-username').value).toBe('amal.nasser');
    expect(field('create-user-password').value).toBe('copper kettle winter orchard');
    await waitFor(() => expect(document.activeElement).toBe(field('create-user-password')));
  });

  it('says a taken username next to the username', async () => {
    openForm({
      [CREATE]: problem(409, 'user.username_taken', {
        errors: [{ path: '/body/username', code: 'taken', message: 'this username is taken' }],
      }),
    });
    await screen.findByTestId('create-user-form');
    fillValidAccount();

    fireEvent.click(screen.getByTestId('create-user-submit'));

    await waitFor(() => expect(errorOf(field('create-user-username'))).toBe(en.errors.usernameTaken));
  });

  it('lets a coordinator create only practitioners of their own organisation', async () => {
    const { api } = openForm({}, coordinatorSession());

    await screen.findByTestId('create-user-form');
    const fixed = screen.getByTestId('create-user-organisation-fixed');
    expect(fixed.textContent).toContain(BRIDGES);
    expect(screen.queryByTestId('create-user-organisation')).toBeNull();
    const roleSelect = screen.getByTestId('role-select') as HTMLSelectElement;
    expect([...roleSelect.options].map((option) => option.value)).toEqual(['', 'cso_practitioner']);
    expect(roleSelect.value).toBe('cso_practitioner');
    const places = screen.getByTestId('role-place') as HTMLSelectElement;
    expect([...places.options].map((option) => option.text)).toEqual([en.roles.chooseOrganisation, BRIDGES]);
    expect(api.to('GET /api/v1/admin/organisations')).toHaveLength(0);

    type('create-user-display-name', 'Amal Nasser');
    type('create-user-username', 'amal.nasser');
    type('create-user-password', 'copper kettle winter orchard');
    fireEvent.click(screen.getByTestId('create-user-submit'));

    await screen.findByTestId('account-created');
    expect(api.to(CREATE)[0]?.body).toMatchObject({
      organisationId: IDS.bridges,
      roles: [{ role: 'cso_practitioner', organisationId: IDS.bridges }],
    });
  });

  it('says a refusal of the whole request above the form', async () => {
    openForm({ [CREATE]: problem(403, 'auth.forbidden') });
    await screen.findByTestId('create-user-form');
    fillValidAccount();

    fireEvent.click(screen.getByTestId('create-user-submit'));

    const alert = await screen.findByTestId('create-user-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain(en.errors.notAllowed);
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });

  it('removes a role line and returns focus to “Add a role”', async () => {
    openForm();
    await screen.findByTestId('create-user-form');
    fireEvent.click(screen.getByTestId('add-role'));
    fireEvent.click(screen.getByTestId('add-role'));
    expect(screen.getAllByTestId('role-line')).toHaveLength(2);

    fireEvent.click(within(screen.getAllByTestId('role-line')[0] as HTMLElement).getByTestId('remove-role'));

    expect(screen.getAllByTestId('role-line')).toHaveLength(1);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('add-role')));
    expect(screen.getByTestId('remove-role').getAttribute('aria-label')).toBe('Remove role 1');
  });
});
