import { expect, test } from 'vitest';
import { LANGUAGES } from './pages/ShellPage.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { signInThroughApi } from './support/demo-accounts.ts';
import { SHELL_PAGES } from './support/shell-pages.ts';

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
      let signedInAs: string | null = null;
      // SHELL_PAGES lists the signed-out pages first, then groups pages by account: one sign-in
      // per account serves its pages.
      for (const { name, open, account } of SHELL_PAGES) {
        if (account && account !== signedInAs) {
          await signInThroughApi(page, account);
          signedInAs = account;
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
