// @vitest-environment happy-dom
import { useDirection } from '@mantine/core';
import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { AppProviders } from './AppProviders';

function MantineDirection() {
  return <output data-testid="mantine-direction">{useDirection().dir}</output>;
}

function renderProviders(language: 'en' | 'ar', styleNonce?: string) {
  const i18n = createI18n(language);
  render(
    <AppProviders i18n={i18n} queryClient={new QueryClient()} styleNonce={styleNonce}>
      <MantineDirection />
    </AppProviders>,
  );
  return i18n;
}

afterEach(() => {
  cleanup();
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});

describe('AppProviders', () => {
  it('turns Mantine and the document right to left with Arabic, and back', async () => {
    const i18n = renderProviders('en');
    expect(screen.getByTestId('mantine-direction').textContent).toBe('ltr');

    await act(() => i18n.changeLanguage('ar'));
    expect(screen.getByTestId('mantine-direction').textContent).toBe('rtl');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');

    await act(() => i18n.changeLanguage('zh'));
    expect(screen.getByTestId('mantine-direction').textContent).toBe('ltr');
    expect(document.documentElement.lang).toBe('zh');
  });

  it('puts the CSP nonce on every style element Mantine injects', () => {
    renderProviders('en', 'n0nce-for-this-request');
    const injected = [...document.querySelectorAll('style[data-mantine-styles]')];
    expect(injected.length).toBeGreaterThan(0);
    for (const style of injected) expect(style.getAttribute('nonce')).toBe('n0nce-for-this-request');
  });
});
