import { expect, test } from 'vitest';
import { PublicRegisterPage } from './pages/PublicRegisterPage.ts';
import { RegistryDirectoryPage } from './pages/RegistryDirectoryPage.ts';
import { describeViolations, seriousAccessibilityViolations } from './support/accessibility.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { CATALOGUES } from './support/catalogues.ts';
import { signInThroughApi } from './support/demo-accounts.ts';

// The demo publishes the `demo` tenant's register (docs/registry.md, "The public register"): Bridges,
// accredited, appears under its legal name; Open Doors Youth Circle, under review, never does;
// demo-b has not published. director.central withdraws it and publishes it again, so the register is
// as the demo left it for the other files.

const BRIDGES_LEGAL_NAME = 'Bridges — Association for Dialogue and Return';

describeInBrowser('the public register', () => {
  const session = useBrowserSession();

  test('anyone reads the published register without signing in, in English and in Arabic', async () => {
    const { page } = session;
    const register = await PublicRegisterPage.open(page);
    const en = CATALOGUES.en;
    expect(await register.heading.textContent()).toBe(en.publicRegister.page.heading);
    expect(await register.userMenu.count()).toBe(0);
    expect(await register.names.allTextContents()).toEqual([BRIDGES_LEGAL_NAME]);
    const bridges = register.row(BRIDGES_LEGAL_NAME);
    expect(await bridges.getByTestId('public-register-status').textContent()).toBe(
      en.registry.accreditationStatuses.accredited,
    );
    expect(await bridges.getByTestId('public-register-areas').textContent()).toContain(
      en.registry.interventionTypes.mentoring,
    );
    expect(await register.pageContent.textContent()).not.toContain('Open Doors');

    await register.switchLanguage('ar');
    const ar = CATALOGUES.ar;
    expect(await register.documentLanguage()).toEqual({ lang: 'ar', dir: 'rtl' });
    await register.heading.getByText(ar.publicRegister.page.heading).waitFor();
    expect(await bridges.getByTestId('public-register-status').textContent()).toBe(
      ar.registry.accreditationStatuses.accredited,
    );
    expect(await bridges.getByTestId('public-register-areas').textContent()).toContain(
      ar.registry.interventionTypes.mentoring,
    );
    expect(await register.pageContent.textContent()).not.toContain('Open Doors');
  });

  test('a register that is not published says so', async () => {
    const register = await PublicRegisterPage.open(session.page, '/public/registry/demo-b');
    expect(await register.notPublished.textContent()).toContain(
      CATALOGUES.en.publicRegister.page.notPublishedTitle,
    );
    expect(await register.table.count()).toBe(0);
  });

  test('the director withdraws the register, visitors are told it is not published, and it is published again', async () => {
    const { page } = session;
    const en = CATALOGUES.en.publicRegister.setting;
    await signInThroughApi(page, 'director.central');
    const directory = await RegistryDirectoryPage.open(page);
    const state = page.getByTestId('public-register-setting-state');
    await state.getByText(en.isPublic).waitFor();
    expect(await page.getByTestId('public-register-setting-link').getAttribute('href')).toBe(
      PublicRegisterPage.demoPath,
    );

    await page.getByRole('button', { name: en.withdraw }).click();
    // The setting and its confirmation are not in the page tour (it sees the directory as a security
    // officer): checked here, in English and in Arabic.
    for (const language of ['ar', 'en'] as const) {
      await directory.switchLanguage(language);
      await page.getByTestId('public-register-setting-confirm').waitFor();
      const violations = await seriousAccessibilityViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    }
    await page.getByRole('button', { name: en.confirmWithdrawButton }).click();
    await state.getByText(en.isPrivate).waitFor();

    const visitor = await session.newPage({ width: 1280, height: 800 });
    const withdrawn = await PublicRegisterPage.open(visitor);
    await withdrawn.notPublished.waitFor();
    expect(await withdrawn.table.count()).toBe(0);

    await page.getByRole('button', { name: en.publish }).click();
    await page.getByRole('button', { name: en.confirmPublishButton }).click();
    await state.getByText(en.isPublic).waitFor();
    const republished = await withdrawn.reload();
    expect(await republished.names.allTextContents()).toEqual([BRIDGES_LEGAL_NAME]);
  });
});
