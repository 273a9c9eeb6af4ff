import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { HomePage } from './pages/HomePage.ts';
import { NotFoundPage } from './pages/NotFoundPage.ts';
import { LANGUAGES, type ShellPage } from './pages/ShellPage.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { describeViolations, seriousAccessibilityViolations } from './support/accessibility.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { headingsIn } from './support/catalogues.ts';

const PAGES: { name: keyof ReturnType<typeof headingsIn>; open: (page: Page) => Promise<ShellPage> }[] = [
  { name: 'home', open: (page) => HomePage.open(page) },
  { name: 'signIn', open: (page) => SignInPage.open(page) },
  { name: 'notFound', open: (page) => NotFoundPage.open(page) },
];

const CASES = PAGES.flatMap((shellPage) => LANGUAGES.map((language) => ({ ...shellPage, language })));

describeInBrowser('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  const session = useBrowserSession();

  test.each(CASES)(
    '$name in $language: no serious or critical violations',
    async ({ name, open, language }) => {
      const shown = await open(session.page);
      await shown.switchLanguage(language);
      // Analyse the translated page, not the English one it replaced.
      expect(await shown.heading.textContent()).toBe(headingsIn(language)[name]);
      await shown.demoBanner.waitFor({ state: 'visible' });

      const violations = await seriousAccessibilityViolations(session.page);

      expect(violations, describeViolations(violations)).toEqual([]);
    },
  );
});
