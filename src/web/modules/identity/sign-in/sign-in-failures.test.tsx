// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../../locales/en.json';
import { problem, stubApi, unreachable } from '../../../testing/fake-api';
import { LOGIN, openSignIn, passwordField, submitSignIn, usernameField } from '../../../testing/sign-in-form';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});

describe('a failed sign-in', () => {
  it('says a wrong username or password plainly, keeps the username and clears the password', async () => {
    stubApi({ [LOGIN]: problem(401, 'auth.invalid_credentials') });
    await openSignIn();

    submitSignIn('case.central', 'wrong password');

    const error = await screen.findByTestId('sign-in-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain(en.signIn.errors.invalidCredentials);
    expect(usernameField().value).toBe('case.central');
    expect(passwordField().value).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(passwordField()));
  });

  it.each([
    ['en', 'in 14 minutes'],
    ['fr', 'dans 14\u00a0minutes'],
  ] as const)('in %s, gives the wait of a throttled sign-in in words: "%s"', async (language, wait) => {
    stubApi({ [LOGIN]: problem(429, 'auth.throttled', {}, { 'retry-after': '840' }) });
    await openSignIn('/sign-in', language);

    submitSignIn('case.central', 'guess');

    const error = await screen.findByTestId('sign-in-error');
    const expected = new Intl.RelativeTimeFormat(language, { numeric: 'always' }).format(14, 'minute');
    expect(expected.replace(/\s/g, ' ')).toBe(wait.replace(/\s/g, ' '));
    expect(error.textContent).toContain(expected);
  });

  it('says "later" when a 429 gives no Retry-After', async () => {
    stubApi({ [LOGIN]: problem(429, 'rate_limited') });
    await openSignIn();

    submitSignIn('case.central', 'guess');

    expect((await screen.findByTestId('sign-in-error')).textContent).toContain(
      en.signIn.errors.throttledLater,
    );
  });

  it('puts the server’s field errors next to their fields', async () => {
    const errors = [
      { path: '/body/password', code: 'maxLength', message: 'must NOT have more than 1024 characters' },
    ];
    stubApi({ [LOGIN]: problem(400, 'request.validation', { errors }) });
    await openSignIn();

    submitSignIn('case.central', 'x'.repeat(2000));

    await waitFor(() => expect(passwordField().getAttribute('aria-invalid')).toBe('true'));
    const describedBy = passwordField().getAttribute('aria-describedby') ?? '';
    const message = describedBy
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ');
    expect(message).toContain('A password has at most 1,024 characters.');
    expect(usernameField().getAttribute('aria-invalid')).not.toBe('true');
    expect(screen.queryByTestId('sign-in-error')).toBeNull();
  });

  it('checks for empty fields before sending anything', async () => {
    const api = stubApi();
    await openSignIn();

    fireEvent.click(screen.getByTestId('sign-in-submit'));

    await waitFor(() => expect(usernameField().getAttribute('aria-invalid')).toBe('true'));
    expect(passwordField().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(en.signIn.errors.usernameRequired)).toBeTruthy();
    expect(screen.getByText(en.signIn.errors.passwordRequired)).toBeTruthy();
    expect(api.to(LOGIN)).toHaveLength(0);
    await waitFor(() => expect(document.activeElement).toBe(usernameField()));
  });

  it('says when Pathways cannot be reached', async () => {
    stubApi({ [LOGIN]: unreachable() });
    await openSignIn();

    submitSignIn('case.central', 'Pathways-demo-2026');

    expect((await screen.findByTestId('sign-in-error')).textContent).toContain(en.errors.network);
    expect(usernameField().value).toBe('case.central');
  });

  it('gives the request id of a server failure, never its details', async () => {
    stubApi({ [LOGIN]: problem(500, 'internal', { detail: 'stack trace here', requestId: 'req-77' }) });
    await openSignIn();

    submitSignIn('case.central', 'Pathways-demo-2026');

    const error = await screen.findByTestId('sign-in-error');
    expect(error.textContent).toContain('req-77');
    expect(error.textContent).not.toContain('stack trace');
  });
});
