import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import type { BrowserElement, BrowserGlobals } from './support/browser-globals.ts';
import { describeInBrowser, SCREENSHOTS, useBrowserSession } from './support/browser-session.ts';
import { signInThroughApi } from './support/demo-accounts.ts';
import { SHELL_PAGES } from './support/shell-pages.ts';

const IDENTITY_PAGES = SHELL_PAGES.filter((page) =>
  ['sign-in', 'role home', 'my sessions'].includes(page.name),
);

describeInBrowser('right to left: the sign-in and session pages in Arabic', () => {
  const session = useBrowserSession();

  test.each(IDENTITY_PAGES)(
    '$name reads right to left in Arabic',
    async ({ name, open, account, heading }) => {
      if (account) await signInThroughApi(session.page, account);
      const shown = await open(session.page);
      await shown.switchLanguage('ar');

      expect(await shown.documentLanguage()).toEqual({ lang: 'ar', dir: 'rtl' });
      expect(await shown.heading.textContent()).toBe(heading('ar'));
      expect(await directionOf(shown.pageContent)).toBe('rtl');
      // The header mirrors: the product name on the right, the language switcher on the left.
      expect(await centreX(shown.brandLink)).toBeGreaterThan(await centreX(shown.languageSwitcher));
      // The heading's text starts at the right edge of the content and stops short of the left one.
      const content = await shown.pageContent.boundingBox();
      const title = await textBox(shown.heading);
      if (!content) throw new Error(`${name}: the page is not on screen`);
      expect(Math.abs(content.x + content.width - (title.x + title.width))).toBeLessThan(2);
      expect(title.x - content.x).toBeGreaterThan(20);

      await mkdir(SCREENSHOTS, { recursive: true });
      const file = `${name.replace(/\s+/g, '-')}-ar.png`;
      await session.page.screenshot({ path: path.join(SCREENSHOTS, file), fullPage: true });
    },
  );
});

function directionOf(element: Locator): Promise<string> {
  return element.evaluate((node: BrowserElement) => {
    const { getComputedStyle } = globalThis as unknown as BrowserGlobals;
    return getComputedStyle(node).direction;
  });
}

async function centreX(element: Locator): Promise<number> {
  const box = await element.boundingBox();
  if (!box) throw new Error(`${element} is not on screen`);
  return box.x + box.width / 2;
}

/** Where the element's text itself lies, as opposed to its block, which spans the whole line. */
function textBox(element: Locator): Promise<{ x: number; width: number }> {
  return element.evaluate((node: BrowserElement) => {
    const { document } = globalThis as unknown as BrowserGlobals;
    const range = document.createRange();
    range.selectNodeContents(node);
    const { x, width } = range.getBoundingClientRect();
    return { x, width };
  });
}
