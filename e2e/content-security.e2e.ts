import { describe, expect, test } from 'vitest';
import { HomePage } from './pages/HomePage.ts';
import { LANGUAGES } from './pages/ShellPage.ts';
import type { BrowserGlobals } from './support/browser-globals.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { signInThroughApi } from './support/demo-accounts.ts';
import { isExpectedConsoleError } from './support/page-problems.ts';
import { SHELL_PAGES } from './support/shell-pages.ts';

describeInBrowser('content security policy and console', () => {
  const session = useBrowserSession();

  test.each(SHELL_PAGES)(
    '$name loads under the strict CSP with no violation and no console error',
    async ({ path, open, account }) => {
      if (account) await signInThroughApi(session.page, account);
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

describe('the console watcher', () => {
  const LOAD_401 = 'Failed to load resource: the server responded with a status of 401 (Unauthorized)';

  test('lets through only the 401 of /me, which every signed-out page load receives by contract', () => {
    expect(isExpectedConsoleError(LOAD_401, 'http://127.0.0.1:3000/api/v1/me')).toBe(true);
    expect(isExpectedConsoleError(LOAD_401, 'http://127.0.0.1:3000/api/v1/auth/sessions')).toBe(false);
    expect(
      isExpectedConsoleError(
        'Failed to load resource: the server responded with a status of 500 (Internal Server Error)',
        'http://127.0.0.1:3000/api/v1/me',
      ),
    ).toBe(false);
    expect(isExpectedConsoleError('TypeError: x is undefined', 'http://127.0.0.1:3000/api/v1/me')).toBe(
      false,
    );
    expect(isExpectedConsoleError(LOAD_401, '')).toBe(false);
  });
});
