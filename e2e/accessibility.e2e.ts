import { expect, test } from 'vitest';
import { SessionsPage } from './pages/SessionsPage.ts';
import { LANGUAGES } from './pages/ShellPage.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { describeViolations, seriousAccessibilityViolations } from './support/accessibility.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { signInThroughApi } from './support/demo-accounts.ts';
import { PAGE_TOUR_ACCOUNT, SHELL_PAGES } from './support/shell-pages.ts';

const CASES = SHELL_PAGES.flatMap((shellPage) => LANGUAGES.map((language) => ({ ...shellPage, language })));

describeInBrowser('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  const session = useBrowserSession();

  test.each(CASES)(
    '$name in $language: no serious or critical violations',
    async ({ open, account, heading, language }) => {
      if (account) await signInThroughApi(session.page, account);
      const shown = await open(session.page);
      await shown.switchLanguage(language);
      // Analyse the translated page, not the English one it replaced.
      expect(await shown.heading.textContent()).toBe(heading(language));
      await shown.demoBanner.waitFor({ state: 'visible' });

      const violations = await seriousAccessibilityViolations(session.page);

      expect(violations, describeViolations(violations)).toEqual([]);
    },
  );

  // States the page tour does not reach: messages next to fields, and a question before acting.
  test.each(['en', 'ar'] as const)(
    'sign-in with field errors in %s: no serious or critical violations',
    async (language) => {
      const signIn = await SignInPage.open(session.page);
      await signIn.switchLanguage(language);
      await signIn.submitButton.click();
      await signIn.usernameInput.and(session.page.locator('[aria-invalid="true"]')).waitFor();

      const violations = await seriousAccessibilityViolations(session.page);

      expect(violations, describeViolations(violations)).toEqual([]);
    },
  );

  test.each(['en', 'ar'] as const)(
    'my sessions asking before signing out everywhere, in %s: no serious or critical violations',
    async (language) => {
      await signInThroughApi(session.page, PAGE_TOUR_ACCOUNT.username);
      const sessions = await SessionsPage.open(session.page);
      await sessions.switchLanguage(language);
      await session.page.getByTestId('revoke-all-sessions').click();
      await session.page.getByTestId('revoke-all-confirmation').waitFor();

      const violations = await seriousAccessibilityViolations(session.page);

      expect(violations, describeViolations(violations)).toEqual([]);
    },
  );
});
