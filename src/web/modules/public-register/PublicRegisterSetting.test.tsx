// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SignedIn } from '../../../contracts/identity';
import type { PublicRegisterSetting } from '../../../contracts/public-register';
import { CATALOGUES } from '../../locales/catalogues';
import { caseManagerSession, json, problem } from '../../testing/fake-api';
import { openScreen } from '../../testing/open-screen';
import { IDS, securitySession } from '../registry/registry-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.publicRegister.setting;
const SETTING = 'GET /api/v1/registry/public-register/setting';
const CHANGE = 'PUT /api/v1/registry/public-register/setting';

const directorSession = (): SignedIn =>
  caseManagerSession({
    roles: [
      {
        role: 'director',
        scope: 'facility',
        facility: { id: IDS.central, code: 'CENTRAL', name: 'Central Prison' },
        organisation: null,
      },
    ],
  });

const setting = (isPublic: boolean, changedAt: string | null = null): PublicRegisterSetting => ({
  public: isPublic,
  tenantSlug: 'demo',
  changedAt,
});

function openDirectory(session: SignedIn, answers: Parameters<typeof openScreen>[1] = {}) {
  return openScreen('/registry/organisations', {
    'GET /api/v1/me': json(session),
    'GET /api/v1/registry/organisations': json({ items: [], nextCursor: null }),
    [SETTING]: json(setting(false)),
    ...answers,
  });
}

describe('the public register setting on the directory page', () => {
  it('lets a director publish the register after confirming, then shows its public address', async () => {
    const { api } = openDirectory(directorSession(), {
      [CHANGE]: json(setting(true, '2026-03-09T10:00:00.000Z')),
    });

    const state = await screen.findByTestId('public-register-setting-state');
    expect(state.textContent).toBe(en.isPrivate);
    expect(screen.getByRole('heading', { level: 2, name: en.heading })).toBeTruthy();
    expect(screen.queryByTestId('public-register-setting-link')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: en.publish }));
    expect(screen.getByTestId('public-register-setting-confirm').textContent).toContain(en.confirmPublish);
    expect(api.to(CHANGE)).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: en.confirmPublishButton }));

    await waitFor(() =>
      expect(screen.getByTestId('public-register-setting-state').textContent).toBe(en.isPublic),
    );
    expect(api.to(CHANGE)[0]?.body).toEqual({ public: true });
    expect(api.to(CHANGE)[0]?.headers.get('x-csrf-token')).toBe('csrf-token-of-this-session');
    const link = screen.getByTestId('public-register-setting-link');
    expect(link.getAttribute('href')).toBe('/public/registry/demo');
    expect(link.textContent).toContain('/public/registry/demo');
    expect(screen.getByTestId('public-register-setting-changed').textContent).toMatch(/^Last changed .+\.$/);
    expect(screen.getByRole('button', { name: en.withdraw })).toBeTruthy();
  });

  it('asks before withdrawing, and a cancel changes nothing', async () => {
    const { api } = openDirectory(directorSession(), { [SETTING]: json(setting(true)) });
    fireEvent.click(await screen.findByRole('button', { name: en.withdraw }));
    expect(screen.getByTestId('public-register-setting-confirm').textContent).toContain(en.confirmWithdraw);
    fireEvent.click(screen.getByRole('button', { name: en.cancel }));
    expect(screen.queryByTestId('public-register-setting-confirm')).toBeNull();
    expect(api.to(CHANGE)).toHaveLength(0);
    expect(screen.getByTestId('public-register-setting-state').textContent).toBe(en.isPublic);
  });

  it('says so when the change is refused, and keeps the setting as it was', async () => {
    openDirectory(directorSession(), { [CHANGE]: problem(403, 'auth.forbidden') });
    fireEvent.click(await screen.findByRole('button', { name: en.publish }));
    fireEvent.click(screen.getByRole('button', { name: en.confirmPublishButton }));
    expect((await screen.findByTestId('public-register-setting-error')).textContent).toContain(
      en.changeFailed,
    );
    expect(screen.getByTestId('public-register-setting-state').textContent).toBe(en.isPrivate);
  });

  it('is not shown to a security officer, who is not asked about it', async () => {
    const { api } = openDirectory(securitySession());
    await screen.findByTestId('registry-directory-empty');
    expect(screen.queryByTestId('public-register-setting')).toBeNull();
    expect(api.to(SETTING)).toHaveLength(0);
  });
});
