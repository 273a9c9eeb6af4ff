// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../../locales/catalogues';
import { json, problem, type stubApi } from '../../../testing/fake-api';
import { openScreen } from '../../../testing/open-screen';
import {
  adminSession,
  BRIDGES,
  coordinator,
  coordinatorSession,
  director,
  facilityList,
  IDS,
  managedUser,
  organisationList,
  practitioner,
} from './user-test-data';
import type { ManagedUser } from './user-types';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.administration.users;
const ONE = (id: string) => `GET /api/v1/admin/users/${id}`;
const PATCH = `PATCH /api/v1/admin/users/${IDS.practitioner}`;
const PUT = `PUT /api/v1/admin/users/${IDS.practitioner}/roles`;

function openAccount(
  account: ManagedUser,
  answers: Parameters<typeof stubApi>[0] = {},
  options: { session?: 'admin' | 'coordinator'; language?: 'en' | 'ar' } = {},
) {
  return openScreen(
    `/admin/users/${account.id}`,
    {
      'GET /api/v1/me': json(options.session === 'coordinator' ? coordinatorSession() : adminSession()),
      [ONE(account.id)]: json(account),
      'GET /api/v1/admin/organisations': json(organisationList()),
      'GET /api/v1/admin/facilities': json(facilityList()),
      ...answers,
    },
    options.language ?? 'en',
  );
}

const isolated = (text: string) => `\u2068${text}\u2069`;

describe('a user account’s page', () => {
  it('shows who the account is and offers what its actions allow', async () => {
    openAccount(practitioner());

    const page = await screen.findByTestId('page-user-account');
    expect(within(page).getByRole('heading', { level: 1 }).textContent).toBe('Omar Said');
    expect(screen.getByTestId('account-username').textContent).toBe('practitioner.bridges');
    expect(screen.getByTestId('account-organisation').textContent).toBe(BRIDGES);
    expect(screen.getByTestId('account-status').textContent).toBe(en.status.active);
    expect(screen.getByTestId('rename-display-name')).toBeTruthy();
    expect((screen.getByTestId('role-select') as HTMLSelectElement).value).toBe('cso_practitioner');
    expect((screen.getByTestId('role-place') as HTMLSelectElement).value).toBe(IDS.bridges);
    expect(screen.getByTestId('deactivate-user')).toBeTruthy();
    expect(screen.queryByTestId('account-read-only')).toBeNull();
  });

  it('asks before deactivating, saying that every session ends at once, with focus on Cancel', async () => {
    const { api } = openAccount(practitioner());
    await screen.findByTestId('deactivate-user');

    fireEvent.click(screen.getByTestId('deactivate-user'));

    const question = screen.getByTestId('deactivate-confirmation');
    expect(question.textContent).toContain(`Deactivate the account of ${isolated('Omar Said')}?`);
    expect(question.textContent).toContain('is signed out at once, on every device');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('cancel-deactivate')));
    fireEvent.click(screen.getByTestId('cancel-deactivate'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('deactivate-user')));
    expect(api.to(PATCH)).toHaveLength(0);
  });

  it('deactivates with the CSRF token, says so, and then offers to reactivate', async () => {
    const deactivated = managedUser({ active: false, deactivatedAt: '2026-03-09T10:00:00.000Z' });
    const { api } = openAccount(practitioner(), { [PATCH]: json(deactivated) });
    fireEvent.click(await screen.findByTestId('deactivate-user'));

    fireEvent.click(screen.getByTestId('confirm-deactivate'));

    const outcome = await screen.findByTestId('access-outcome');
    expect(outcome.textContent).toContain(`The account of ${isolated('Omar Said')} is deactivated`);
    const [request] = api.to(PATCH);
    expect(request?.body).toEqual({ active: false });
    expect(request?.headers.get('x-csrf-token')).toBe('csrf-token-of-this-session');
    expect(screen.getAllByTestId('account-status')[0]?.textContent).toContain(en.status.inactive);
    expect(screen.getByTestId('reactivate-user')).toBeTruthy();

    api.answer(PATCH, json(practitioner()));
    fireEvent.click(screen.getByTestId('reactivate-user'));
    await waitFor(() => expect(api.to(PATCH)[1]?.body).toEqual({ active: true }));
    await screen.findByTestId('deactivate-user');
  });

  it('renames, and shows a refused name next to the field', async () => {
    const { api } = openAccount(practitioner(), {
      [PATCH]: problem(400, 'request.validation', {
        errors: [{ path: '/body/displayName', code: 'maxLength', message: 'too long' }],
      }),
    });
    const input = (await screen.findByTestId('rename-display-name')) as HTMLInputElement;
    expect(input.getAttribute('dir')).toBe('auto');

    fireEvent.change(input, { target: { value: '  ' } });
    fireEvent.click(screen.getByTestId('rename-submit'));
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(api.to(PATCH)).toHaveLength(0);

    fireEvent.change(input, { target: { value: 'Omar Saïd' } });
    fireEvent.click(screen.getByTestId('rename-submit'));
    await waitFor(() => expect(api.to(PATCH)[0]?.body).toEqual({ displayName: 'Omar Saïd' }));
    await waitFor(() =>
      expect(screen.getByTestId('rename-section').textContent).toContain('Use at most 200 characters.'),
    );

    api.answer(PATCH, json(managedUser({ displayName: 'Omar Saïd' })));
    fireEvent.click(screen.getByTestId('rename-submit'));
    expect((await screen.findByTestId('rename-saved')).textContent).toBe(en.account.renamed);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Omar Saïd');
  });

  it('replaces the roles, and shows a refused place next to its line', async () => {
    const { api } = openAccount(practitioner(), {
      [PUT]: problem(400, 'request.validation', {
        errors: [{ path: '/body/roles/1/facilityId', code: 'unknown_facility', message: 'no such facility' }],
      }),
    });
    await screen.findByTestId('roles-form');
    fireEvent.click(screen.getByTestId('add-role'));
    const lines = screen.getAllByTestId('role-line');
    const second = within(lines[1] as HTMLElement);
    fireEvent.change(second.getByTestId('role-select'), { target: { value: 'case_manager' } });
    fireEvent.change(second.getByTestId('role-place'), { target: { value: IDS.central } });

    fireEvent.click(screen.getByTestId('roles-submit'));

    await waitFor(() =>
      expect(api.to(PUT)[0]?.body).toEqual({
        roles: [
          { role: 'cso_practitioner', organisationId: IDS.bridges },
          { role: 'case_manager', facilityId: IDS.central },
        ],
      }),
    );
    await waitFor(() => expect(second.getByTestId('role-place').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByTestId('roles-section').textContent).toContain(en.errors.facilityUnknown);

    api.answer(PUT, json(managedUser()));
    fireEvent.click(within(lines[1] as HTMLElement).getByTestId('remove-role'));
    fireEvent.click(screen.getByTestId('roles-submit'));
    expect((await screen.findByTestId('roles-saved')).textContent).toBe(en.account.rolesSaved);
  });

  it('names a director’s facility and refuses the same role twice before sending', async () => {
    const { api } = openAccount(director());
    await screen.findByTestId('roles-form');
    expect(screen.getByTestId('page-user-account').textContent).not.toContain(en.scope.tenant);
    fireEvent.click(screen.getByTestId('add-role'));
    const second = within(screen.getAllByTestId('role-line')[1] as HTMLElement);
    fireEvent.change(second.getByTestId('role-select'), { target: { value: 'director' } });
    fireEvent.change(second.getByTestId('role-place'), { target: { value: IDS.central } });

    fireEvent.click(screen.getByTestId('roles-submit'));

    await waitFor(() => expect(second.getByTestId('role-select').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByTestId('roles-section').textContent).toContain(en.errors.roleDuplicate);
    expect(api.to(`PUT /api/v1/admin/users/${IDS.director}/roles`)).toHaveLength(0);
  });

  it('shows a coordinator a fellow coordinator’s account read-only', async () => {
    const { api } = openAccount({ ...coordinator(), actions: ['read'] }, {}, { session: 'coordinator' });

    expect((await screen.findByTestId('account-read-only')).textContent).toContain(en.account.readOnly);
    expect(screen.queryByTestId('rename-section')).toBeNull();
    expect(screen.queryByTestId('roles-form')).toBeNull();
    expect(screen.queryByTestId('access-section')).toBeNull();
    expect(screen.getByTestId('role-summary').textContent).toContain('Civil society coordinator');
    expect(api.to('GET /api/v1/admin/facilities')).toHaveLength(0);
  });

  it('never offers to deactivate one’s own account', async () => {
    openAccount(managedUser({ id: IDS.admin, username: 'admin', displayName: 'Tomás Ferreira' }));

    expect((await screen.findByTestId('own-account-note')).textContent).toBe(en.account.ownAccount);
    expect(screen.queryByTestId('deactivate-user')).toBeNull();
  });

  it('keeps an administrator’s own administrator role, which the server would refuse to take away', async () => {
    const self = managedUser({
      id: IDS.admin,
      roles: [
        { role: 'administrator', scope: 'tenant', facilityId: null, organisationId: null },
        { role: 'analyst', scope: 'tenant', facilityId: null, organisationId: null },
      ],
    });
    openAccount(self, {
      [`PUT /api/v1/admin/users/${IDS.admin}/roles`]: problem(409, 'user.self_demotion', {
        errors: [{ path: '/body/roles', code: 'self_demotion', message: 'keep your administrator role' }],
      }),
    });
    await screen.findByTestId('roles-form');

    const [own, other] = screen.getAllByTestId('role-line');
    expect(within(own as HTMLElement).getByTestId('role-locked').textContent).toBe(en.roles.locked);
    expect(within(own as HTMLElement).queryByTestId('remove-role')).toBeNull();
    expect((within(own as HTMLElement).getByTestId('role-select') as HTMLSelectElement).disabled).toBe(true);
    expect(within(other as HTMLElement).getByTestId('remove-role')).toBeTruthy();

    // Should the server refuse all the same (an older page, another tab), its reason is said.
    fireEvent.click(screen.getByTestId('roles-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('roles-section').textContent).toContain(en.errors.selfDemotion),
    );
  });

  it('says when the account does not exist or is out of sight', async () => {
    openAccount(practitioner(), { [ONE(IDS.practitioner)]: problem(404, 'not_found') });

    expect((await screen.findByTestId('account-not-found')).textContent).toContain(en.errors.gone);
  });

  it('asks in Arabic with the name isolated in the sentence', async () => {
    openAccount(practitioner(), {}, { language: 'ar' });
    fireEvent.click(await screen.findByTestId('deactivate-user'));

    expect(screen.getByTestId('deactivate-confirmation').textContent).toContain(
      `هل تريد تعطيل حساب ${isolated('Omar Said')}؟`,
    );
    expect(document.documentElement.dir).toBe('rtl');
  });
});
