// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { caseManagerSession, json, sessionSummary, stubApi } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';
import { LOGIN, openSignIn, passwordField, submitSignIn, usernameField } from '../../../testing/sign-in-form';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});

describe('the sign-in page', () => {
  it('is a labelled form with username and password fields', async () => {
    stubApi();
    const { form } = await openSignIn();

    expect(screen.getByRole('form', { name: 'Sign in' })).toBe(form);
    expect(within(form).getByLabelText(/^Username/)).toBe(usernameField());
    expect(usernameField().autocomplete).toBe('username');
    expect(usernameField().getAttribute('dir')).toBe('auto');
    expect(within(form).getByLabelText(/^Password/)).toBe(passwordField());
    expect(passwordField().type).toBe('password');
    expect(passwordField().autocomplete).toBe('current-password');
    expect((screen.getByTestId('sign-in-submit') as HTMLButtonElement).disabled).toBe(false);
  });

  it('signs in, then shows the role home with the name, and the signed-in navigation', async () => {
    const api = stubApi({ [LOGIN]: json(caseManagerSession()) });
    await openSignIn();

    submitSignIn('case.central', 'Pathways-demo-2026');

    const home = await screen.findByTestId('role-home');
    expect(within(home).getByRole('heading', { level: 1 }).textContent).toBe(
      'Welcome, \u2068Leïla Trabelsi\u2069',
    );
    const [request] = api.to(LOGIN);
    expect(request?.body).toEqual({ username: 'case.central', password: 'Pathways-demo-2026' });
    expect(request?.credentials).toBe('same-origin');
    expect(screen.getByTestId('nav-sessions')).toBeTruthy();
    expect(screen.queryByTestId('nav-sign-in')).toBeNull();
    expect(screen.getByTestId('user-name').textContent).toBe('Leïla Trabelsi');
  });

  it('goes back to the page that asked for a sign-in', async () => {
    stubApi({
      [LOGIN]: json(caseManagerSession()),
      'GET /api/v1/auth/sessions': json({ sessions: [sessionSummary()] }),
    });
    const { router } = await openSignIn('/sign-in?next=%2Faccount%2Fsessions');

    submitSignIn('case.central', 'Pathways-demo-2026');

    await screen.findByTestId('sessions-table');
    expect(router.state.location.pathname).toBe('/account/sessions');
  });

  it('ignores a return address on another site', async () => {
    stubApi({ [LOGIN]: json(caseManagerSession()) });
    const { router } = await openSignIn('/sign-in?next=%2F%2Fevil.example%2Fphish');

    submitSignIn('case.central', 'Pathways-demo-2026');

    await screen.findByTestId('role-home');
    expect(router.state.location.pathname).toBe('/');
  });

  it('tells a signed-in visitor who they are instead of showing the form', async () => {
    stubApi({ 'GET /api/v1/me': json(caseManagerSession()) });
    renderApp({ path: '/sign-in' });

    const already = await screen.findByTestId('signed-in-already');
    expect(already.textContent).toContain('Leïla Trabelsi');
    expect(screen.queryByTestId('sign-in-form')).toBeNull();
  });
});
