import { expect, test } from 'vitest';
import { HomePage } from './pages/HomePage.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { CATALOGUES } from './support/catalogues.ts';

describeInBrowser('home page', () => {
  const session = useBrowserSession();

  test('shows the home page, in English, with the demo banner', async () => {
    const home = await HomePage.open(session.page);

    await home.demoBanner.waitFor({ state: 'visible' });
    expect(await home.demoBanner.textContent()).toBe(CATALOGUES.en.shell.demoBanner);
    expect(await home.heading.textContent()).toBe(CATALOGUES.en.home.heading);
    expect(await home.documentLanguage()).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await home.waitForTitleContaining(CATALOGUES.en.home.pageTitle)).toMatch(/Pathways/);
  });
});
