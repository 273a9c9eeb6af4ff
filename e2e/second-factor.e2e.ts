import { generate } from 'otplib';
import { expect, test } from 'vitest';
import { RoleHomePage } from './pages/RoleHomePage.ts';
import { SecondFactorPage } from './pages/SecondFactorPage.ts';
import { LANGUAGES } from './pages/ShellPage.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { describeViolations, seriousAccessibilityViolations } from './support/accessibility.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { CATALOGUES } from './support/catalogues.ts';
import { DEMO_PASSWORD, signInThroughApi } from './support/demo-accounts.ts';

// The demo accounts are exempt from the second factor, but anyone may set one up, and whoever has one
// is asked for it. `analyst` is used by no other browser test: once enrolled here, it signs in with a
// code for the rest of the run. The tests run in order: the second one signs in with the secret the
// first one enrolled.
const ACCOUNT = 'analyst';
let enrolledSecret: string | undefined;

/** The authenticator app's code `stepsAhead` 30-second steps from now (the server accepts one step either side). */
function codeFor(secret: string, stepsAhead = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + stepsAhead * 30 });
}

describeInBrowser('the second factor', () => {
  const session = useBrowserSession();

  test('an analyst sets up an authenticator app: QR code, secret, code, recovery codes shown once', async () => {
    const { page } = session;
    await signInThroughApi(page, ACCOUNT);
    const home = await RoleHomePage.open(page);
    await home.navLink('nav-second-factor').click();
    const secondFactor = await new SecondFactorPage(page).verifyOnPage();

    await secondFactor.startButton.click();
    await secondFactor.qrCode.waitFor();
    expect(await secondFactor.qrCode.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(await secondFactor.qrCode.getAttribute('alt')).toBe(CATALOGUES.en.secondFactor.enrol.qrAlt);
    // The data: image is allowed by the CSP (img-src 'self' data:) and drawn.
    await expect
      .poll(() =>
        secondFactor.qrCode.evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth),
      )
      .toBeGreaterThan(0);
    const secret = await secondFactor.secretValue();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect((await secondFactor.secret.textContent())?.replace(/ /g, '')).toBe(secret);

    for (const language of LANGUAGES) {
      await secondFactor.switchLanguage(language);
      expect(await secondFactor.heading.textContent()).toBe(CATALOGUES[language].secondFactor.heading);
      const violations = await seriousAccessibilityViolations(page);
      expect(violations, `${language}: ${describeViolations(violations)}`).toEqual([]);
    }
    await secondFactor.switchLanguage('en');

    await secondFactor.codeInput.fill(await codeFor(secret));
    await secondFactor.confirmButton.click();

    await secondFactor.recoveryCodes.first().waitFor();
    const codes = await secondFactor.recoveryCodes.allTextContents();
    expect(codes).toHaveLength(10);
    for (const code of codes) expect(code).toMatch(/^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$/i);
    for (const language of ['en', 'ar'] as const) {
      await secondFactor.switchLanguage(language);
      const violations = await seriousAccessibilityViolations(page);
      expect(violations, `${language}: ${describeViolations(violations)}`).toEqual([]);
    }
    await secondFactor.codesStored();

    await new RoleHomePage(page).verifyOnPage();
    expect(session.problems.cspViolations).toEqual([]);
    expect(session.problems.uncaughtErrors).toEqual([]);
    enrolledSecret = secret;
  });

  test('signing in again asks for a code, refuses a wrong one, and takes a fresh one', async () => {
    const secret = enrolledSecret;
    if (!secret) throw new Error('the enrolment test did not finish');
    const { page } = session;
    const signIn = await SignInPage.open(page);

    await signIn.submit(ACCOUNT, DEMO_PASSWORD);
    const code = page.getByTestId('totp-code');
    await code.waitFor();
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await signIn.usernameInput.inputValue()).toBe(ACCOUNT);
    expect(await signIn.passwordInput.inputValue()).toBe(DEMO_PASSWORD);

    for (const language of LANGUAGES) {
      await signIn.switchLanguage(language);
      expect(await signIn.heading.textContent()).toBe(CATALOGUES[language].signIn.heading);
      const violations = await seriousAccessibilityViolations(page);
      expect(violations, `${language}: ${describeViolations(violations)}`).toEqual([]);
    }
    await signIn.switchLanguage('en');

    // A wrong code: said next to the field, the code cleared, username and password kept.
    const wrong = (await codeFor(secret)) === '000000' ? '111111' : '000000';
    await code.fill(wrong);
    await signIn.submitButton.click();
    await page.getByText(CATALOGUES.en.signIn.mfa.invalidTotp).waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    expect(await code.inputValue()).toBe('');
    expect(await signIn.passwordInput.inputValue()).toBe(DEMO_PASSWORD);

    // The code of the next step: the one enrolment used may still be current, and is spent.
    await code.fill(await codeFor(secret, 1));
    await signIn.submitButton.click();
    await new RoleHomePage(page).verifyOnPage();

    const secondFactor = await SecondFactorPage.open(page);
    await secondFactor.status.waitFor();
    expect(await secondFactor.codesLeft.getAttribute('data-count')).toBe('10');
    for (const language of ['en', 'ar'] as const) {
      await secondFactor.switchLanguage(language);
      const violations = await seriousAccessibilityViolations(page);
      expect(violations, `${language}: ${describeViolations(violations)}`).toEqual([]);
    }
    expect(session.problems.cspViolations).toEqual([]);
    expect(session.problems.uncaughtErrors).toEqual([]);
  });
});
