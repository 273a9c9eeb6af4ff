// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ar from '../../../locales/ar.json';
import en from '../../../locales/en.json';
import { type Answer, caseManagerSession, json, problem, stubApi } from '../../../testing/fake-api';
import { LOGIN, openSignIn, passwordField, submitSignIn, usernameField } from '../../../testing/sign-in-form';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});

/** The server of an enrolled user: no code → mfa_required; `good` → signed in; else the given refusal. */
function enrolledLogin(good: string, refusal = problem(401, 'auth.invalid_totp')): Answer {
  return (request) => {
    const body = request.body as { totp?: string };
    if (body.totp === undefined) return problem(401, 'auth.mfa_required')(request);
    if (body.totp === good) return json(caseManagerSession())(request);
    return refusal(request);
  };
}

const codeField = () => screen.getByTestId('totp-code') as HTMLInputElement;

function enterCode(code: string) {
  fireEvent.change(codeField(), { target: { value: code } });
  fireEvent.click(screen.getByTestId('sign-in-submit'));
}

describe('the second-factor step of sign-in', () => {
  it('asks for a code when the server needs one, keeping username and password', async () => {
    stubApi({ [LOGIN]: enrolledLogin('123456') });
    await openSignIn();
    expect(screen.queryByTestId('totp-code')).toBeNull();

    submitSignIn('case.central', 'Pathways-demo-2026');

    const field = await screen.findByTestId('totp-code');
    expect(field.getAttribute('autocomplete')).toBe('one-time-code');
    expect(field.getAttribute('inputmode')).toBe('numeric');
    expect(screen.getByLabelText(new RegExp(`^${en.signIn.mfa.codeLabel}`))).toBe(field);
    // The description says a recovery code works too.
    expect(document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      en.signIn.mfa.codeHint,
    );
    expect(screen.getByTestId('sign-in-error').textContent).toContain(en.signIn.mfa.explanation);
    expect(usernameField().value).toBe('case.central');
    expect(passwordField().value).toBe('Pathways-demo-2026');
    expect(screen.getByTestId('sign-in-submit').textContent).toBe(en.signIn.mfa.submit);
    await waitFor(() => expect(document.activeElement).toBe(field));
  });

  it('sends the code as totp with the password and lands on the role home', async () => {
    const api = stubApi({ [LOGIN]: enrolledLogin('123456') });
    await openSignIn();
    submitSignIn('case.central', 'Pathways-demo-2026');
    await screen.findByTestId('totp-code');

    enterCode(' 123456 ');

    await screen.findByTestId('role-home');
    expect(api.to(LOGIN).map((request) => request.body)).toEqual([
      { username: 'case.central', password: 'Pathways-demo-2026' },
      { username: 'case.central', password: 'Pathways-demo-2026', totp: '123456' },
    ]);
  });

  it('also takes a recovery code in the same field', async () => {
    const api = stubApi({ [LOGIN]: enrolledLogin('ABCD-EFGH-JKMN-PQRS') });
    await openSignIn();
    submitSignIn('case.central', 'Pathways-demo-2026');
    await screen.findByTestId('totp-code');

    enterCode('ABCD-EFGH-JKMN-PQRS');

    await screen.findByTestId('role-home');
    expect(api.to(LOGIN)[1]?.body).toMatchObject({ totp: 'ABCD-EFGH-JKMN-PQRS' });
  });

  it.each([
    ['auth.invalid_totp', en.signIn.mfa.invalidTotp],
    ['auth.totp_replayed', en.signIn.mfa.totpReplayed],
    ['auth.invalid_recovery_code', en.signIn.mfa.invalidRecoveryCode],
  ])('says %s next to the code field, clears only the code', async (code, message) => {
    stubApi({ [LOGIN]: enrolledLogin('123456', problem(401, code)) });
    await openSignIn();
    submitSignIn('case.central', 'Pathways-demo-2026');
    await screen.findByTestId('totp-code');

    enterCode('654321');

    await waitFor(() => expect(codeField().getAttribute('aria-invalid')).toBe('true'));
    const described = codeField().getAttribute('aria-describedby') ?? '';
    const texts = described.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(texts).toContain(message);
    expect(codeField().value).toBe('');
    expect(usernameField().value).toBe('case.central');
    expect(passwordField().value).toBe('Pathways-demo-2026');
    await waitFor(() => expect(document.activeElement).toBe(codeField()));
  });

  it('asks for the code before sending an empty one', async () => {
    const api = stubApi({ [LOGIN]: enrolledLogin('123456') });
    await openSignIn();
    submitSignIn('case.central', 'Pathways-demo-2026');
    await screen.findByTestId('totp-code');

    enterCode('  ');

    await screen.findByText(en.signIn.mfa.codeRequired);
    expect(api.to(LOGIN)).toHaveLength(1);
  });

  it('in Arabic, labels the code field and explains the step in Arabic', async () => {
    stubApi({ [LOGIN]: enrolledLogin('123456') });
    const { form } = await openSignIn('/sign-in', 'ar');
    submitSignIn('case.central', 'Pathways-demo-2026');

    await screen.findByTestId('totp-code');
    expect(document.documentElement.dir).toBe('rtl');
    expect(within(form).getByLabelText(new RegExp(`^${ar.signIn.mfa.codeLabel}`))).toBe(codeField());
    expect(screen.getByTestId('sign-in-error').textContent).toContain(ar.signIn.mfa.title);
  });

  it('sends a user who must set up a second factor to the enrolment page', async () => {
    const mustEnrol = caseManagerSession({
      user: { ...caseManagerSession().user, mfa: { requirement: 'required', enrolled: false } },
    });
    stubApi({
      [LOGIN]: json(mustEnrol),
      'GET /api/v1/auth/mfa': json({
        enrolled: false,
        enrolledAt: null,
        recoveryCodesLeft: 0,
        enrolmentPending: false,
      }),
    });
    const { router } = await openSignIn();

    submitSignIn('director.central', 'a-long-password-here');

    await screen.findByTestId('page-second-factor');
    expect(router.state.location.pathname).toBe('/account/second-factor');
    expect(screen.getByTestId('second-factor-required').textContent).toContain(
      en.secondFactor.required.title,
    );
  });
});
