import { expect, test } from 'vitest';
import { HomePage } from './pages/HomePage.ts';
import { NotFoundPage } from './pages/NotFoundPage.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { CATALOGUES } from './support/catalogues.ts';

describeInBrowser('navigation', () => {
  const session = useBrowserSession();

  test('the sign-in link opens the sign-in page without reloading the document', async () => {
    const home = await HomePage.open(session.page);
    // A mark on the window survives a client-side navigation and vanishes with a full page load.
    await session.page.evaluate(() => Object.assign(globalThis, { pathwaysSameDocument: true }));

    const signIn = await home.goToSignIn();

    expect(new URL(session.page.url()).pathname).toBe('/sign-in');
    expect(await signIn.heading.textContent()).toBe(CATALOGUES.en.signIn.heading);
    expect(await session.page.evaluate(() => 'pathwaysSameDocument' in globalThis)).toBe(true);
    expect(await session.page.getByTestId('nav-sign-in').getAttribute('aria-current')).toBe('page');
  });

  test('a deep link to /sign-in loads the sign-in page directly', async () => {
    const response = await session.page.goto(SignInPage.path);

    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    const signIn = await new SignInPage(session.page).verifyOnPage();
    expect(await signIn.heading.textContent()).toBe(CATALOGUES.en.signIn.heading);
  });

  test('an unknown address shows the not-found page, which leads back home', async () => {
    const notFound = await NotFoundPage.open(session.page);

    expect(await notFound.heading.textContent()).toBe(CATALOGUES.en.notFound.heading);
    await notFound.pageContent.getByRole('link', { name: CATALOGUES.en.notFound.backHome }).click();
    await new HomePage(session.page).verifyOnPage();
    expect(new URL(session.page.url()).pathname).toBe('/');
  });
});
