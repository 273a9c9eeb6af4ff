// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../../locales/en.json';
import {
  caseManagerSession,
  json,
  noContent,
  problem,
  sessionSummary,
  stubApi,
  unreachable,
} from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const LIST = 'GET /api/v1/auth/sessions';
const OTHER_ID = '0190c2a0-0000-7000-8000-0000000000ee';
const current = sessionSummary();
const other = sessionSummary({
  id: OTHER_ID,
  current: false,
  userAgent:
    'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Version/17.4 Mobile/15E148 Safari/604.1',
  address: null,
  createdAt: '2026-03-08T07:15:00.000Z',
});

function openSessions(answers: Parameters<typeof stubApi>[0] = {}, language: 'en' | 'ar' = 'en') {
  const api = stubApi({
    'GET /api/v1/me': json(caseManagerSession()),
    [LIST]: json({ sessions: [current, other] }),
    ...answers,
  });
  const view = renderApp({ path: '/account/sessions', language });
  return { api, ...view };
}

const rows = () => within(screen.getByTestId('sessions-table')).getAllByTestId('session-row');

describe('my sessions', () => {
  it('lists each session: device in short, address, times in the reader’s language, this one marked', async () => {
    openSessions();

    await screen.findByTestId('sessions-table');
    const [first, second] = rows();
    expect(first?.textContent).toContain('Chrome on Linux');
    expect(first?.textContent).toContain('192.0.2.10');
    expect(within(first as HTMLElement).getByTestId('this-session').textContent).toBe('This session');
    const started = first?.querySelector('time');
    expect(started?.getAttribute('datetime')).toBe(current.createdAt);
    expect(started?.textContent).toMatch(/2026/);
    expect(second?.textContent).toContain('Safari on iPadOS');
    expect(second?.textContent).toContain(en.sessions.unknownAddress);
    expect(within(second as HTMLElement).queryByTestId('this-session')).toBeNull();
    const buttons = screen.getAllByTestId('revoke-session');
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual([
      'Sign out here, on Chrome on Linux',
      'Sign out the session on Safari on iPadOS',
    ]);
  });

  it('writes dates with Arabic conventions in Arabic', async () => {
    openSessions({}, 'ar');

    await screen.findByTestId('sessions-table');
    const started = rows()[0]?.querySelector('time')?.textContent ?? '';
    expect(started).toContain(
      new Intl.DateTimeFormat('ar', { year: 'numeric' }).format(new Date(current.createdAt)),
    );
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('signs out another session with the CSRF token and lists what is left', async () => {
    const { api } = openSessions({ [`DELETE /api/v1/auth/sessions/${OTHER_ID}`]: noContent() });
    await screen.findByTestId('sessions-table');
    api.answer(LIST, json({ sessions: [current] }));

    fireEvent.click(screen.getAllByTestId('revoke-session')[1] as HTMLElement);

    expect((await screen.findByTestId('sessions-outcome')).textContent).toContain(en.sessions.revoked);
    await waitFor(() => expect(rows()).toHaveLength(1));
    const [request] = api.to(`DELETE /api/v1/auth/sessions/${OTHER_ID}`);
    expect(request?.headers.get('x-csrf-token')).toBe('csrf-token-of-this-session');
  });

  it('says so when the session had already ended', async () => {
    const { api } = openSessions({ [`DELETE /api/v1/auth/sessions/${OTHER_ID}`]: problem(404, 'not_found') });
    await screen.findByTestId('sessions-table');
    api.answer(LIST, json({ sessions: [current] }));

    fireEvent.click(screen.getAllByTestId('revoke-session')[1] as HTMLElement);

    expect((await screen.findByTestId('sessions-outcome')).textContent).toContain(en.sessions.alreadyEnded);
    await waitFor(() => expect(rows()).toHaveLength(1));
  });

  it('shows a failure in words and keeps the list', async () => {
    openSessions({ [`DELETE /api/v1/auth/sessions/${OTHER_ID}`]: unreachable() });
    await screen.findByTestId('sessions-table');

    fireEvent.click(screen.getAllByTestId('revoke-session')[1] as HTMLElement);

    const outcome = await screen.findByTestId('sessions-outcome');
    expect(outcome.getAttribute('role')).toBe('alert');
    expect(outcome.textContent).toContain(en.sessions.failedTitle);
    expect(outcome.textContent).toContain(en.errors.network);
    expect(rows()).toHaveLength(2);
  });

  it('signing out this session leads to the sign-in page', async () => {
    const { router } = openSessions({ [`DELETE /api/v1/auth/sessions/${current.id}`]: noContent() });
    await screen.findByTestId('sessions-table');

    fireEvent.click(screen.getAllByTestId('revoke-session')[0] as HTMLElement);

    await screen.findByTestId('sign-in-form');
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('asks before signing out everywhere, and can be cancelled', async () => {
    const { api } = openSessions();
    await screen.findByTestId('sessions-table');

    fireEvent.click(screen.getByTestId('revoke-all-sessions'));
    const confirmation = screen.getByTestId('revoke-all-confirmation');
    expect(confirmation.textContent).toContain(en.sessions.revokeAll.question);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('cancel-revoke-all')));

    fireEvent.click(screen.getByTestId('cancel-revoke-all'));
    expect(screen.queryByTestId('revoke-all-confirmation')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('revoke-all-sessions')));
    expect(api.to('POST /api/v1/auth/sessions/revoke-all')).toHaveLength(0);
  });

  it('signs out everywhere once confirmed, then shows the sign-in page', async () => {
    const { api, router } = openSessions({ 'POST /api/v1/auth/sessions/revoke-all': noContent() });
    await screen.findByTestId('sessions-table');

    fireEvent.click(screen.getByTestId('revoke-all-sessions'));
    fireEvent.click(screen.getByTestId('confirm-revoke-all'));

    await screen.findByTestId('sign-in-form');
    expect(router.state.location.pathname).toBe('/sign-in');
    const [request] = api.to('POST /api/v1/auth/sessions/revoke-all');
    expect(request?.headers.get('x-csrf-token')).toBe('csrf-token-of-this-session');
  });

  it('says when the list cannot be loaded, and loads it on request', async () => {
    const { api } = openSessions({ [LIST]: problem(500, 'internal') });

    const failed = await screen.findByTestId('sessions-load-failed');
    expect(failed.textContent).toContain(en.sessions.loadFailedTitle);
    api.answer(LIST, json({ sessions: [current] }));
    fireEvent.click(within(failed).getByRole('button', { name: en.session.retry }));

    await screen.findByTestId('sessions-table');
  });
});
