import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { HomePage } from './pages/HomePage.ts';
import { NotFoundPage } from './pages/NotFoundPage.ts';
import { LANGUAGES, type ShellPage } from './pages/ShellPage.ts';
import { SignInPage } from './pages/SignInPage.ts';
import type { BrowserGlobals } from './support/browser-globals.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';

const PAGES: { name: string; path: string; open: (page: Page) => Promise<ShellPage> }[] = [
  { name: 'home', path: HomePage.path, open: (page) => HomePage.open(page) },
  { name: 'sign-in', path: SignInPage.path, open: (page) => SignInPage.open(page) },
  { name: 'not found', path: NotFoundPage.path, open: (page) => NotFoundPage.open(page) },
];

describeInBrowser('content security policy and console', () => {
  const session = useBrowserSession();

  test.each(PAGES)(
    '$name loads under the strict CSP with no violation and no console error',
    async ({ path, open }) => {
      const response = await session.page.goto(path);
      const policy = response?.headers()['content-security-policy'] ?? '';
      // "No violation" only means something if the strict policy was really in force.
      expect(policy).toContain("script-src 'self'");
      expect(policy).toMatch(/style-src 'self' 'nonce-[^']+'/);

      const shown = await open(session.page);
      await shown.demoBanner.waitFor({ state: 'visible' });
      for (const language of LANGUAGES) await shown.switchLanguage(language);
      await shown.reload();
      await shown.demoBanner.waitFor({ state: 'visible' });

      expect(session.problems.all()).toEqual([]);
    },
  );

  // The control: the watcher must see a violation when there is one, or its silence above proves nothing.
  test('an inline script is refused and reported as a violation', async () => {
    await HomePage.open(session.page);

    await session.page.evaluate(() => {
      const { document } = globalThis as unknown as BrowserGlobals;
      const script = document.createElement('script');
      script.textContent = 'window.pathwaysInlineRan = true;';
      document.body.append(script);
    });

    await expect.poll(() => session.problems.cspViolations.length).toBeGreaterThan(0);
    expect(session.problems.cspViolations.join('\n')).toContain('script-src');
    expect(await session.page.evaluate(() => 'pathwaysInlineRan' in globalThis)).toBe(false);
  });
});
