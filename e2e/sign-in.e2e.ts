import { expect, test } from 'vitest';
import { RoleHomePage } from './pages/RoleHomePage.ts';
import { SessionsPage } from './pages/SessionsPage.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { describeViolations, seriousAccessibilityViolations } from './support/accessibility.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { CATALOGUES, headingsIn } from './support/catalogues.ts';
import { DEMO_PASSWORD, sessionCookieOf, signInThroughApi } from './support/demo-accounts.ts';

// Accounts: case.central (also used by the page loops: sign-ins only, never a failure), b.admin and
// probation (only here). The failed sign-in uses coordinator.pending, which nothing else signs in
// with: the throttle counts failures per account, so one attempt here can never lock another test out.

describeInBrowser('signing in and out', () => {
  const session = useBrowserSession();
  const en = CATALOGUES.en;

  test('case.central signs in through the form and lands on the case manager’s home', async () => {
    const signIn = await SignInPage.open(session.page);

    await signIn.submit('case.central', DEMO_PASSWORD);

    const home = await new RoleHomePage(session.page).verifyOnPage();
    expect(new URL(session.page.url()).pathname).toBe('/');
    expect(await home.heading.textContent()).toBe(headingsIn('en', 'Leïla Trabelsi').roleHome);
    expect(await home.families()).toEqual(['caseManagement']);
    expect(await home.organisation.textContent()).toBe('Meridia Prison Service');
    const role = home.roleList.locator('[data-role="case_manager"]');
    expect(await role.textContent()).toBe(
      `${en.roles.caseManager}${en.roleHome.scope.facility} Central Prison`,
    );
    expect(await home.userMenu.getByTestId('user-name').textContent()).toBe('Leïla Trabelsi');

    const cookie = await sessionCookieOf(session.page);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  });

  test('the navigation follows /me: My sessions when signed in, Sign in when not', async () => {
    const signIn = await SignInPage.open(session.page);
    // The session-dependent links appear once /me has answered; nav-home is there from the start.
    await signIn.navLink('nav-sign-in').waitFor({ state: 'visible' });
    expect(await signIn.navLink('nav-sessions').count()).toBe(0);

    await signInThroughApi(session.page, 'case.central');
    const home = await RoleHomePage.open(session.page);

    expect(await home.navLink('nav-sessions').textContent()).toBe(en.nav.sessions);
    expect(await home.navLink('nav-sign-in').count()).toBe(0);
    await home.navLink('nav-sessions').click();
    const sessions = await new SessionsPage(session.page).verifyOnPage();
    expect(await sessions.navLink('nav-sessions').getAttribute('aria-current')).toBe('page');
  });

  test('my sessions lists this session, marked, with its device and times', async () => {
    await signInThroughApi(session.page, 'case.central');
    const sessions = await SessionsPage.open(session.page);

    await sessions.table.waitFor();
    expect(await sessions.currentRow.count()).toBe(1);
    const current = await sessions.currentRow.textContent();
    expect(current).toContain(en.sessions.thisSession);
    expect(current).toContain('Chrome on Linux');
    expect(current).toContain('127.0.0.1');
    expect(await sessions.currentRow.locator('time').first().getAttribute('datetime')).toMatch(/^\d{4}-/);
  });

  test('signing out leads to the sign-in page, and protected pages then redirect there', async () => {
    await signInThroughApi(session.page, 'case.central');
    const home = await RoleHomePage.open(session.page);

    await home.signOut();

    const signIn = await new SignInPage(session.page).verifyOnPage();
    await signIn.form.waitFor();
    expect(await signIn.userMenu.count()).toBe(0);
    expect(await sessionCookieOf(session.page)).toBeUndefined();
    await SignInPage.open(session.page, SessionsPage.path);
    const url = new URL(session.page.url());
    expect(url.pathname).toBe('/sign-in');
    expect(url.searchParams.get('next')).toBe('/account/sessions');
  });

  test('a protected page sends a visitor to sign in, and back there afterwards', async () => {
    const signIn = await SignInPage.open(session.page, SessionsPage.path);

    await signIn.submit('case.central', DEMO_PASSWORD);

    await new SessionsPage(session.page).verifyOnPage();
    expect(new URL(session.page.url()).pathname).toBe('/account/sessions');
  });

  test('a wrong password shows the error, keeps the username, and sets no cookie', async () => {
    const signIn = await SignInPage.open(session.page);

    await signIn.submit('coordinator.pending', 'not-the-password');

    await signIn.error.waitFor();
    expect(await signIn.error.textContent()).toContain(en.signIn.errors.invalidCredentials);
    expect(await signIn.usernameInput.inputValue()).toBe('coordinator.pending');
    expect(await signIn.passwordInput.inputValue()).toBe('');
    expect(await sessionCookieOf(session.page)).toBeUndefined();
    expect(new URL(session.page.url()).pathname).toBe('/sign-in');
    // The message is as accessible as the rest of the page.
    const violations = await seriousAccessibilityViolations(session.page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  test('b.admin, of the other tenant, sees only the Northern Province service and its own session', async () => {
    await signInThroughApi(session.page, 'b.admin');
    const home = await RoleHomePage.open(session.page);

    expect(await home.families()).toEqual(['administration']);
    expect(await home.tenant.textContent()).toBe('Northern Province Correctional Service (demonstration)');
    expect(await home.organisation.textContent()).toBe('Northern Province Correctional Service');
    expect(await home.pageContent.textContent()).not.toContain('Meridia');
    expect(await home.userMenu.textContent()).not.toContain('Meridia');

    const sessions = await SessionsPage.open(session.page);
    await sessions.table.waitFor();
    // case.central and the others have many sessions by now; b.admin sees its one.
    expect(await sessions.rows.count()).toBe(1);
  });

  test('sign out everywhere ends the sessions of the other devices too', async () => {
    const elsewhere = await session.newPage({ width: 1280, height: 800 });
    await signInThroughApi(elsewhere, 'probation');
    await RoleHomePage.open(elsewhere);
    await signInThroughApi(session.page, 'probation');
    const sessions = await SessionsPage.open(session.page);
    await sessions.table.waitFor();
    expect(await sessions.rows.count()).toBe(2);

    await sessions.signOutEverywhere();

    await session.page.waitForURL((url) => url.pathname === '/sign-in');
    await SignInPage.open(elsewhere, SessionsPage.path);
    expect(new URL(elsewhere.url()).pathname).toBe('/sign-in');
  });
});
