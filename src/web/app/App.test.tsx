// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../i18n/language-preference';
import { demoPlatform, json, stubApi, unreachable } from '../testing/fake-api';
import { renderApp } from '../testing/render-app';
import { PLATFORM_PATH, platformQueryKey } from './platform/platform-api';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
  document.title = '';
});

describe('the shell, signed out', () => {
  it('renders the landmarks, the navigation and the public home page in English', async () => {
    stubApi({ 'GET /api/v1/platform': json({ ...demoPlatform, demoData: false }) });
    renderApp();

    expect(await screen.findByTestId('page-home')).toBeTruthy();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main').id).toBe('main-content');
    expect(screen.getByRole('contentinfo')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByTestId('nav-home').getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByTestId('nav-sign-in').getAttribute('href')).toBe('/sign-in');
    expect(within(nav).queryByTestId('nav-sessions')).toBeNull();
    expect(screen.queryByTestId('user-menu')).toBeNull();
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
    const api = stubApi();
    renderApp();

    const banner = await screen.findByTestId('demo-banner');
    expect(banner.getAttribute('role')).toBe('status');
    expect(banner.textContent).toBe('Demonstration data: every person and organisation here is fictional.');
    expect(screen.getByTestId('platform-version').textContent).toBe('Version 0.1.0');
    expect(api.to(`GET ${PLATFORM_PATH}`)).toHaveLength(1);
  });

  it('shows no banner when the platform reports real data', async () => {
    stubApi({ 'GET /api/v1/platform': json({ ...demoPlatform, demoData: false }) });
    renderApp();

    await screen.findByTestId('platform-version');
    expect(screen.queryByTestId('demo-banner')).toBeNull();
  });

  it.each([
    ['answers 500', json({ title: 'Internal Server Error' }, 500)],
    ['is unreachable', unreachable()],
    ['answers another shape', json({ demoData: 'yes' })],
  ])('shows no banner and keeps working when the platform endpoint %s', async (_case, answer) => {
    stubApi({ 'GET /api/v1/platform': answer });
    const { queryClient } = renderApp();

    await waitFor(() => expect(queryClient.getQueryState(platformQueryKey)?.status).toBe('error'));
    expect(screen.queryByTestId('demo-banner')).toBeNull();
    expect(screen.queryByTestId('platform-version')).toBeNull();
    expect(await screen.findByTestId('page-home')).toBeTruthy();
  });

  it('shows the public home, not an error, when the session cannot be checked', async () => {
    stubApi({ 'GET /api/v1/me': unreachable() });
    renderApp();

    expect(await screen.findByTestId('page-home')).toBeTruthy();
    expect(screen.queryByTestId('role-home')).toBeNull();
  });

  it('switches to Arabic: right to left, translated, remembered', async () => {
    stubApi();
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

  it('opens right to left when Arabic is the starting language', async () => {
    stubApi();
    renderApp({ language: 'ar' });

    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    await screen.findByTestId('page-home');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'نعمل معًا من أجل إعادة التأهيل وإعادة الإدماج',
    );
  });

  it('navigates to sign-in and moves focus to the main content', async () => {
    stubApi();
    renderApp();

    fireEvent.click(await screen.findByTestId('nav-sign-in'));

    expect(await screen.findByTestId('page-sign-in')).toBeTruthy();
    expect(screen.getByTestId('nav-sign-in').getAttribute('aria-current')).toBe('page');
    expect(document.activeElement).toBe(screen.getByRole('main'));
    await waitFor(() => expect(document.title).toBe('Sign in · Pathways'));
  });
});

describe('an unknown address', () => {
  it('shows the not-found page inside the shell', async () => {
    stubApi();
    renderApp({ path: '/no/such/page' });

    expect(screen.getByTestId('page-not-found')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe('/');
    await waitFor(() => expect(document.title).toBe('Page not found · Pathways'));
  });
});
