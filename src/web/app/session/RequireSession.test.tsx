// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  caseManagerSession,
  json,
  noContent,
  problem,
  sessionSummary,
  stubApi,
  unreachable,
} from '../../testing/fake-api';
import { renderApp } from '../../testing/render-app';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const SESSIONS = 'GET /api/v1/auth/sessions';

describe('route protection', () => {
  it('sends a signed-out visitor of a protected page to sign in, with the way back', async () => {
    const api = stubApi();
    const { router } = renderApp({ path: '/account/sessions?sort=new' });

    await screen.findByTestId('sign-in-form');
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/account/sessions?sort=new');
    // The protected page never asked for its data.
    expect(api.to(SESSIONS)).toHaveLength(0);
  });

  it('shows the protected page to a signed-in user', async () => {
    stubApi({
      'GET /api/v1/me': json(caseManagerSession()),
      [SESSIONS]: json({ sessions: [sessionSummary()] }),
    });
    const { router } = renderApp({ path: '/account/sessions' });

    expect(await screen.findByTestId('sessions-table')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/account/sessions');
  });

  it('says the session cannot be checked, rather than redirecting, when the server is unreachable', async () => {
    const api = stubApi({ 'GET /api/v1/me': unreachable() });
    const { router } = renderApp({ path: '/account/sessions' });

    const notice = await screen.findByTestId('session-unavailable');
    expect(notice.textContent).toContain('Pathways could not be reached');
    expect(router.state.location.pathname).toBe('/account/sessions');

    api.answer('GET /api/v1/me', json(caseManagerSession()));
    api.answer(SESSIONS, json({ sessions: [sessionSummary()] }));
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('sessions-table')).toBeTruthy();
  });

  it('sends the user to sign in when the session ends while they work', async () => {
    const api = stubApi({
      'GET /api/v1/me': json(caseManagerSession()),
      [SESSIONS]: problem(401, 'auth.unauthenticated'),
    });
    const { router } = renderApp({ path: '/account/sessions' });

    await screen.findByTestId('sign-in-form');
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/account/sessions');
    expect(screen.queryByTestId('user-menu')).toBeNull();
    expect(api.to(SESSIONS)).toHaveLength(1);
  });
});

describe('signing out from the header', () => {
  it('ends the session on the server with the CSRF token, forgets it, and shows the sign-in page', async () => {
    const api = stubApi({
      'GET /api/v1/me': json(caseManagerSession()),
      [SESSIONS]: json({ sessions: [sessionSummary()] }),
      'POST /api/v1/auth/logout': noContent(),
    });
    const { router, queryClient } = renderApp({ path: '/account/sessions' });
    await screen.findByTestId('sessions-table');

    fireEvent.click(screen.getByTestId('sign-out'));

    await screen.findByTestId('sign-in-form');
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('');
    expect(api.to('POST /api/v1/auth/logout')[0]?.headers.get('x-csrf-token')).toBe(
      'csrf-token-of-this-session',
    );
    expect(queryClient.getQueryData(['identity', 'own-sessions'])).toBeUndefined();
    expect(screen.queryByTestId('user-menu')).toBeNull();
    expect(screen.getByTestId('nav-sign-in')).toBeTruthy();
  });

  it('keeps the user signed in, and says so, when sign-out does not reach the server', async () => {
    stubApi({ 'GET /api/v1/me': json(caseManagerSession()), 'POST /api/v1/auth/logout': unreachable() });
    renderApp();
    await screen.findByTestId('role-home');

    fireEvent.click(screen.getByTestId('sign-out'));

    const error = await screen.findByTestId('sign-out-error');
    expect(error.textContent).toContain('You are still signed in.');
    expect(screen.getByTestId('role-home')).toBeTruthy();
  });

  it('fetches the current CSRF token and tries once more when the server refuses the old one', async () => {
    const api = stubApi({
      'GET /api/v1/me': json(caseManagerSession()),
      'POST /api/v1/auth/logout': problem(403, 'auth.csrf'),
    });
    renderApp();
    await screen.findByTestId('role-home');
    api.answer('GET /api/v1/me', json(caseManagerSession({ csrfToken: 'token-after-another-sign-in' })));
    api.answer('POST /api/v1/auth/logout', (request) =>
      request.headers.get('x-csrf-token') === 'token-after-another-sign-in'
        ? new Response(null, { status: 204 })
        : problem(403, 'auth.csrf')(request),
    );

    fireEvent.click(screen.getByTestId('sign-out'));

    await screen.findByTestId('sign-in-form');
    const tokens = api.to('POST /api/v1/auth/logout').map((request) => request.headers.get('x-csrf-token'));
    expect(tokens).toEqual(['csrf-token-of-this-session', 'token-after-another-sign-in']);
  });
});
