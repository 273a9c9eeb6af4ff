// @vitest-environment happy-dom
import { QueryClient } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlatformInfo } from '../../contracts/platform';
import { createI18n } from '../i18n/i18n';
import { LANGUAGE_STORAGE_KEY } from '../i18n/language-preference';
import type { LanguageCode } from '../i18n/languages';
import { App } from './App';
import { PLATFORM_PATH, platformQueryKey } from './platform/platform-api';
import { appRoutes } from './routes';

const demoPlatform: PlatformInfo = {
  name: 'Pathways',
  version: '0.1.0',
  environment: 'development',
  demoData: true,
  languages: ['en', 'fr', 'es', 'ru', 'zh', 'ar'],
};

/** The one stub these tests allow: `fetch`, answering the platform endpoint and nothing else. */
function stubPlatformEndpoint(answer: () => Promise<Response>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) =>
    String(input) === PLATFORM_PATH ? answer() : new Response(null, { status: 404 }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const json =
  (body: unknown, status = 200) =>
  async () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function renderApp({ path = '/', language = 'en' }: { path?: string; language?: LanguageCode } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  render(<App i18n={createI18n(language)} queryClient={queryClient} router={router} />);
  return { queryClient, router };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
  document.title = '';
});

describe('the shell', () => {
  it('renders the landmarks, the navigation and the home page in English', async () => {
    stubPlatformEndpoint(json({ ...demoPlatform, demoData: false }));
    renderApp();

    expect(screen.getByTestId('page-home')).toBeTruthy();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main').id).toBe('main-content');
    expect(screen.getByRole('contentinfo')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByTestId('nav-home').getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByTestId('nav-sign-in').getAttribute('href')).toBe('/sign-in');
    expect(screen.getByRole('link', { name: 'Skip to main content' }).getAttribute('href')).toBe(
      '#main-content',
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Working together on rehabilitation and reintegration',
    );
    expect(screen.getByText('6 languages available')).toBeTruthy();
    expect(screen.getByLabelText('Language')).toBe(screen.getByTestId('language-switcher'));
    await waitFor(() => expect(document.title).toBe('Home · Pathways'));
  });

  it('shows the demo banner when the platform reports demo data', async () => {
    const fetchMock = stubPlatformEndpoint(json(demoPlatform));
    renderApp();

    const banner = await screen.findByTestId('demo-banner');
    expect(banner.getAttribute('role')).toBe('status');
    expect(banner.textContent).toBe('Demonstration data: every person and organisation here is fictional.');
    expect(screen.getByTestId('platform-version').textContent).toBe('Version 0.1.0');
    expect(fetchMock).toHaveBeenCalledWith(PLATFORM_PATH, expect.anything());
  });

  it('shows no banner when the platform reports real data', async () => {
    stubPlatformEndpoint(json({ ...demoPlatform, demoData: false }));
    renderApp();

    await screen.findByTestId('platform-version');
    expect(screen.queryByTestId('demo-banner')).toBeNull();
  });

  it.each([
    ['answers 500', () => json({ title: 'Internal Server Error' }, 500)()],
    ['is unreachable', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['answers another shape', () => json({ demoData: 'yes' })()],
  ])('shows no banner and keeps working when the platform endpoint %s', async (_case, answer) => {
    stubPlatformEndpoint(answer);
    const { queryClient } = renderApp();

    await waitFor(() => expect(queryClient.getQueryState(platformQueryKey)?.status).toBe('error'));
    expect(screen.queryByTestId('demo-banner')).toBeNull();
    expect(screen.queryByTestId('platform-version')).toBeNull();
    expect(screen.getByTestId('page-home')).toBeTruthy();
  });

  it('switches to Arabic: right to left, translated, remembered', async () => {
    stubPlatformEndpoint(json(demoPlatform));
    renderApp();
    await screen.findByTestId('demo-banner');

    fireEvent.change(screen.getByTestId('language-switcher'), { target: { value: 'ar' } });

    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ar');
    expect(screen.getByRole('navigation', { name: 'التنقل الرئيسي' })).toBeTruthy();
    expect(screen.getByTestId('nav-home').textContent).toBe('الرئيسية');
    expect(screen.getByTestId('demo-banner').textContent).toBe(
      'بيانات للعرض التوضيحي: جميع الأشخاص والمنظمات المعروضة هنا خيالية.',
    );
    expect(screen.getByText(`${new Intl.NumberFormat('ar').format(6)} لغات متاحة`)).toBeTruthy();
    expect((screen.getByTestId('language-switcher') as HTMLSelectElement).value).toBe('ar');
    await waitFor(() => expect(document.title).toBe('الصفحة الرئيسية · Pathways'));

    fireEvent.change(screen.getByTestId('language-switcher'), { target: { value: 'fr' } });
    await waitFor(() => expect(document.documentElement.dir).toBe('ltr'));
    expect(document.documentElement.lang).toBe('fr');
    expect(screen.getByTestId('nav-home').textContent).toBe('Accueil');
  });

  it('opens right to left when Arabic is the starting language', () => {
    stubPlatformEndpoint(json(demoPlatform));
    renderApp({ language: 'ar' });

    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'نعمل معًا من أجل إعادة التأهيل وإعادة الإدماج',
    );
  });

  it('navigates to sign-in and moves focus to the main content', async () => {
    stubPlatformEndpoint(json(demoPlatform));
    renderApp();

    fireEvent.click(screen.getByTestId('nav-sign-in'));

    expect(await screen.findByTestId('page-sign-in')).toBeTruthy();
    expect(screen.getByTestId('nav-sign-in').getAttribute('aria-current')).toBe('page');
    expect(document.activeElement).toBe(screen.getByRole('main'));
    await waitFor(() => expect(document.title).toBe('Sign in · Pathways'));
  });
});

describe('the sign-in placeholder', () => {
  it('is a labelled form whose submit is disabled and which calls no API', async () => {
    const fetchMock = stubPlatformEndpoint(json(demoPlatform));
    renderApp({ path: '/sign-in' });

    const form = screen.getByRole('form', { name: 'Sign in' });
    const username = within(form).getByLabelText('Username') as HTMLInputElement;
    const password = within(form).getByLabelText('Password') as HTMLInputElement;
    expect(username.autocomplete).toBe('username');
    expect(password.type).toBe('password');
    const submit = within(form).getByRole('button', { name: 'Sign in' }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    expect(submit.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(submit.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      'identity module',
    );

    fireEvent.change(username, { target: { value: 'case.central' } });
    fireEvent.submit(form);
    await screen.findByTestId('demo-banner');
    const requested = fetchMock.mock.calls.map(([input]) => String(input));
    expect(requested.every((url) => url === PLATFORM_PATH)).toBe(true);
    expect(screen.getByTestId('page-sign-in')).toBeTruthy();
  });
});

describe('an unknown address', () => {
  it('shows the not-found page inside the shell', async () => {
    stubPlatformEndpoint(json(demoPlatform));
    renderApp({ path: '/no/such/page' });

    expect(screen.getByTestId('page-not-found')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe('/');
    await waitFor(() => expect(document.title).toBe('Page not found · Pathways'));
  });
});
