import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import { HomePage } from './pages/HomePage.ts';
import type { LanguageCode } from './pages/ShellPage.ts';
import { describeInBrowser, SCREENSHOTS, useBrowserSession } from './support/browser-session.ts';
import { CATALOGUES } from './support/catalogues.ts';
import { glyphRenderingOf } from './support/glyph-rendering.ts';

const SCRIPTS: { language: LanguageCode; dir: 'ltr' | 'rtl' }[] = [
  { language: 'ar', dir: 'rtl' },
  { language: 'zh', dir: 'ltr' },
  { language: 'en', dir: 'ltr' },
];

// Code points no font covers (unassigned in the Greek block): what the browser draws for them is tofu.
const UNCOVERED = '\u0378\u0379\u0380\u0381\u0382\u0383';

describeInBrowser('languages and scripts', () => {
  const session = useBrowserSession();

  test.each(SCRIPTS)(
    '$language: lang and dir, real glyphs, layout direction, screenshot',
    async ({ language, dir }) => {
      const home = await HomePage.open(session.page);
      await home.switchLanguage(language);

      expect(await home.documentLanguage()).toEqual({ lang: language, dir });
      expect(await home.heading.textContent()).toBe(CATALOGUES[language].home.heading);
      await home.demoBanner.waitFor({ state: 'visible' });

      const glyphs = await glyphRenderingOf(home.heading);
      expect(glyphs.characters.length).toBeGreaterThan(3);
      expect(glyphs.blank, 'characters drawn without ink').toEqual([]);
      expect(glyphs.distinctBitmaps, `distinct bitmaps for ${glyphs.characters.join(' ')}`).toBe(
        glyphs.characters.length,
      );

      // The header mirrors: the product name starts the line, on the left in LTR and on the right in RTL.
      const brand = await centreX(home.brandLink);
      const switcher = await centreX(home.languageSwitcher);
      if (dir === 'rtl') expect(brand).toBeGreaterThan(switcher);
      else expect(brand).toBeLessThan(switcher);

      await mkdir(SCREENSHOTS, { recursive: true });
      await session.page.screenshot({ path: path.join(SCREENSHOTS, `home-${language}.png`), fullPage: true });
    },
  );

  // The control for the glyph check above: it must see tofu as tofu on this machine, or it proves nothing.
  test('the glyph check detects tofu: uncovered characters collapse into one bitmap', async () => {
    const home = await HomePage.open(session.page);
    const tofu = await glyphRenderingOf(home.heading, UNCOVERED);
    expect(tofu.characters).toHaveLength(Array.from(UNCOVERED).length);
    expect(tofu.distinctBitmaps).toBe(1);
  });

  test('the language choice survives a reload', async () => {
    const home = await HomePage.open(session.page);
    await home.switchLanguage('ar');
    await home.switchLanguage('fr');

    await home.reload();

    expect(await home.documentLanguage()).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(await home.chosenLanguage()).toBe('fr');
    expect(await home.heading.textContent()).toBe(CATALOGUES.fr.home.heading);
  });

  test('an Arabic choice survives a reload, still right to left', async () => {
    const home = await HomePage.open(session.page);
    await home.switchLanguage('ar');

    await home.reload();

    expect(await home.documentLanguage()).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await home.chosenLanguage()).toBe('ar');
    expect(await home.heading.textContent()).toBe(CATALOGUES.ar.home.heading);
  });
});

async function centreX(element: Locator): Promise<number> {
  const box = await element.boundingBox();
  if (!box) throw new Error(`${element} is not on screen`);
  return box.x + box.width / 2;
}
