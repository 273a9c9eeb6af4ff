import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { HomePage } from './pages/HomePage.ts';
import { NotFoundPage } from './pages/NotFoundPage.ts';
import { LANGUAGES, type ShellPage } from './pages/ShellPage.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';

const VIEWPORTS = [
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'small laptop', width: 1280, height: 720 },
];

const PAGES: { name: string; open: (page: Page) => Promise<ShellPage> }[] = [
  { name: 'home', open: (page) => HomePage.open(page) },
  { name: 'sign-in', open: (page) => SignInPage.open(page) },
  { name: 'not found', open: (page) => NotFoundPage.open(page) },
];

describeInBrowser('layout', () => {
  const session = useBrowserSession();

  test.each(VIEWPORTS)(
    '$name ($width×$height): no horizontal scroll on any page in any language',
    async (viewport) => {
      const page = await session.newPage(viewport);
      const overflowing: string[] = [];
      for (const { name, open } of PAGES) {
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
