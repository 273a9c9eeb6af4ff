// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SecondFactorStatus, SignedIn } from '../../../../contracts/identity';
import en from '../../../locales/en.json';
import { caseManagerSession, json, noContent, problem, stubApi } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});

const STATUS = 'GET /api/v1/auth/mfa';
const START = 'POST /api/v1/auth/mfa/enrolment';
const CONFIRM = 'POST /api/v1/auth/mfa/enrolment/confirm';
const REGENERATE = 'POST /api/v1/auth/mfa/recovery-codes';
const REMOVE = 'DELETE /api/v1/auth/mfa';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const CODES = Array.from({ length: 10 }, (_, index) => `ABCD-EFGH-JKMN-PQ${String(index).padStart(2, '0')}`);

function sessionWith(mfa: SignedIn['user']['mfa'], csrfToken = 'csrf-token-of-this-session'): SignedIn {
  return caseManagerSession({ user: { ...caseManagerSession().user, mfa }, csrfToken });
}

const status = (overrides: Partial<SecondFactorStatus> = {}): SecondFactorStatus => ({
  enrolled: false,
  enrolledAt: null,
  recoveryCodesLeft: 0,
  enrolmentPending: false,
  ...overrides,
});

const started = {
  secret: SECRET,
  otpauthUri: `otpauth://totp/Pathways:case.central?secret=${SECRET}&issuer=Pathways`,
  qrCode: 'data:image/svg+xml;base64,PHN2Zy8+',
  expiresAt: '2026-03-09T08:15:00.000Z',
};

async function openPage() {
  const view = renderApp({ path: '/account/second-factor' });
  await screen.findByTestId('page-second-factor');
  return view;
}

function typeCode(testId: string, code: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value: code } });
}

describe('setting up a second factor', () => {
  it('starts, shows the QR code and the grouped secret, confirms, then shows the recovery codes once', async () => {
    const optional = sessionWith({ requirement: 'optional', enrolled: false });
    const api = stubApi({
      'GET /api/v1/me': json(optional),
      [STATUS]: json(status()),
      [START]: json(started),
      [CONFIRM]: json({
        recoveryCodes: CODES,
        signedIn: sessionWith({ requirement: 'optional', enrolled: true }, 'csrf-of-the-new-session'),
      }),
    });
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    const { router } = await openPage();

    fireEvent.click(await screen.findByTestId('enrolment-start'));

    const qr = (await screen.findByTestId('enrolment-qr')) as HTMLImageElement;
    expect(qr.getAttribute('src')).toBe(started.qrCode);
    expect(qr.alt).toBe(en.secondFactor.enrol.qrAlt);
    expect(screen.getByTestId('enrolment-secret').textContent).toBe(
      'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP',
    );
    expect(api.to(START)[0]?.headers.get('x-csrf-token')).toBe('csrf-token-of-this-session');
    const code = screen.getByTestId('enrolment-code');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    await waitFor(() => expect(document.activeElement).toBe(code));

    typeCode('enrolment-code', '123 456');
    fireEvent.click(screen.getByTestId('enrolment-confirm'));

    const list = await screen.findByTestId('recovery-codes');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(CODES);
    expect(api.to(CONFIRM)[0]?.body).toEqual({ code: '123456' });
    expect(screen.getByText(en.secondFactor.codes.warningTitle)).toBeTruthy();
    expect(screen.queryByTestId('enrolment-qr')).toBeNull();

    fireEvent.click(screen.getByTestId('recovery-codes-print'));
    expect(print).toHaveBeenCalledOnce();

    const done = screen.getByTestId('recovery-codes-done') as HTMLButtonElement;
    expect(done.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText(en.secondFactor.codes.stored));
    expect(done.disabled).toBe(false);
    fireEvent.click(done);

    await screen.findByTestId('role-home');
    expect(router.state.location.pathname).toBe('/');
    // The session was replaced: /me is asked again.
    await waitFor(() => expect(api.to('GET /api/v1/me').length).toBeGreaterThan(1));
  });

  it.each([
    ['auth.invalid_totp', en.secondFactor.errors.invalidTotp],
    ['auth.totp_replayed', en.secondFactor.errors.totpReplayed],
  ])('says %s next to the code field and clears it', async (code, message) => {
    stubApi({
      'GET /api/v1/me': json(sessionWith({ requirement: 'optional', enrolled: false })),
      [STATUS]: json(status()),
      [START]: json(started),
      [CONFIRM]: problem(403, code),
    });
    await openPage();
    fireEvent.click(await screen.findByTestId('enrolment-start'));
    await screen.findByTestId('enrolment-code');

    typeCode('enrolment-code', '000000');
    fireEvent.click(screen.getByTestId('enrolment-confirm'));

    await screen.findByText(message);
    const field = screen.getByTestId('enrolment-code') as HTMLInputElement;
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.value).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(field));
  });

  it('says when the set-up has expired', async () => {
    stubApi({
      'GET /api/v1/me': json(sessionWith({ requirement: 'optional', enrolled: false })),
      [STATUS]: json(status()),
      [START]: json(started),
      [CONFIRM]: problem(409, 'auth.mfa_enrolment_not_started'),
    });
    await openPage();
    fireEvent.click(await screen.findByTestId('enrolment-start'));
    await screen.findByTestId('enrolment-code');
    typeCode('enrolment-code', '123456');
    fireEvent.click(screen.getByTestId('enrolment-confirm'));

    const error = await screen.findByTestId('second-factor-error');
    expect(error.textContent).toContain(en.secondFactor.errors.enrolmentNotStarted);
  });

  it('sends a user who must set one up here from any protected page, and explains why', async () => {
    stubApi({
      'GET /api/v1/me': json(sessionWith({ requirement: 'required', enrolled: false })),
      [STATUS]: json(status()),
    });
    const { router } = renderApp({ path: '/account/sessions' });

    await screen.findByTestId('second-factor-required');
    expect(router.state.location.pathname).toBe('/account/second-factor');
    expect(await screen.findByTestId('enrolment-start')).toBeTruthy();
  });

  it('sends such a user from the home page too', async () => {
    stubApi({
      'GET /api/v1/me': json(sessionWith({ requirement: 'required', enrolled: false })),
      [STATUS]: json(status()),
    });
    const { router } = renderApp({ path: '/' });

    await screen.findByTestId('page-second-factor');
    expect(router.state.location.pathname).toBe('/account/second-factor');
  });
});

describe('an enrolled user', () => {
  const enrolled = () => ({
    'GET /api/v1/me': json(sessionWith({ requirement: 'optional', enrolled: true })),
    [STATUS]: json(status({ enrolled: true, enrolledAt: '2026-03-01T10:00:00.000Z', recoveryCodesLeft: 7 })),
  });

  it('sees the state and the recovery codes left', async () => {
    stubApi(enrolled());
    await openPage();

    const shown = await screen.findByTestId('second-factor-status');
    expect(shown.textContent).toContain('Your second factor has been on since');
    expect(screen.getByTestId('recovery-codes-left').textContent).toBe('7 recovery codes left');
    expect(screen.queryByTestId('enrolment-start')).toBeNull();
  });

  it('gets new recovery codes after a confirmation, with a code', async () => {
    const api = stubApi({ ...enrolled(), [REGENERATE]: json({ recoveryCodes: CODES }) });
    await openPage();
    await screen.findByTestId('second-factor-status');

    typeCode('regenerate-codes-code', '123456');
    fireEvent.click(screen.getByTestId('regenerate-codes-submit'));

    await screen.findByTestId('regenerate-codes-confirmation');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('cancel-regenerate-codes')));
    expect(api.to(REGENERATE)).toHaveLength(0);
    fireEvent.click(screen.getByTestId('confirm-regenerate-codes'));

    const list = await screen.findByTestId('recovery-codes');
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    expect(api.to(REGENERATE)[0]?.body).toEqual({ code: '123456' });
    fireEvent.click(screen.getByLabelText(en.secondFactor.codes.stored));
    fireEvent.click(screen.getByTestId('recovery-codes-done'));
    await screen.findByTestId('second-factor-status');
  });

  it('is told a wrong password next to the password field when removing', async () => {
    const api = stubApi({ ...enrolled(), [REMOVE]: problem(403, 'auth.wrong_password') });
    await openPage();
    await screen.findByTestId('second-factor-status');

    fireEvent.change(screen.getByTestId('remove-second-factor-password'), { target: { value: 'nope' } });
    typeCode('remove-second-factor-code', '123456');
    fireEvent.click(screen.getByTestId('remove-second-factor-submit'));
    fireEvent.click(await screen.findByTestId('confirm-remove-second-factor'));

    await screen.findByText(en.secondFactor.errors.wrongPassword);
    expect(api.to(REMOVE)[0]?.body).toEqual({ password: 'nope', code: '123456' });
    const password = screen.getByTestId('remove-second-factor-password') as HTMLInputElement;
    expect(password.value).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(password));
  });

  it('removes the second factor and is offered to set one up again', async () => {
    const api = stubApi({ ...enrolled(), [REMOVE]: noContent() });
    await openPage();
    await screen.findByTestId('second-factor-status');

    fireEvent.change(screen.getByTestId('remove-second-factor-password'), {
      target: { value: 'Pathways-demo-2026' },
    });
    typeCode('remove-second-factor-code', '123456');
    fireEvent.click(screen.getByTestId('remove-second-factor-submit'));
    api.answer(STATUS, json(status()));
    fireEvent.click(await screen.findByTestId('confirm-remove-second-factor'));

    await screen.findByTestId('second-factor-removed');
    await screen.findByTestId('enrolment-start');
    expect(api.to(REMOVE)[0]?.headers.get('x-csrf-token')).toBe('csrf-token-of-this-session');
  });
});
