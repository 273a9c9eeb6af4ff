import { expect, test } from 'vitest';
import { LANGUAGES } from './pages/ShellPage.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { signInThroughApi } from './support/demo-accounts.ts';
import { PAGE_TOUR_ACCOUNT, SHELL_PAGES } from './support/shell-pages.ts';

const VIEWPORTS = [
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'small laptop', width: 1280, height: 720 },
];

describeInBrowser('layout', () => {
  const session = useBrowserSession();

  test.each(VIEWPORTS)(
    '$name ($width×$height): no horizontal scroll on any page in any language',
    async (viewport) => {
      const page = await session.newPage(viewport);
      const overflowing: string[] = [];
      let signedIn = false;
      // SHELL_PAGES lists the signed-out pages first: one sign-in, on the way, serves the rest.
      for (const { name, open, signedIn: needsSession } of SHELL_PAGES) {
        if (needsSession && !signedIn) {
          await signInThroughApi(page, PAGE_TOUR_ACCOUNT.username);
          signedIn = true;
        }
        const shown = await open(page);
        for (const language of LANGUAGES) {
          await shown.switchLanguage(language);
          if (await shown.hasHorizontalScroll()) overflowing.push(`${name} in ${language}`);
        }
      }
      expect(overflowing, 'pages wider than the viewport').toEqual([]);
    },
  );
});
