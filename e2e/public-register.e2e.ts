import type { Page } from 'playwright-core';
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
const OPEN_DOORS = 'Open Doors Youth Circle · Círculo Puertas Abiertas';

/** Whether an organisation's current accreditation is one the register shows, as the director sees it. */
async function isPublished(page: Page, organisationName: string): Promise<boolean> {
  await signInThroughApi(page, 'director.central');
  const response = await page.request.get('/api/v1/registry/organisations');
  if (!response.ok()) throw new Error(`the directory answered ${response.status()}`);
  const { items } = (await response.json()) as { items: { name: string; status: string | null }[] };
  const organisation = items.find((item) => item.name === organisationName);
  if (!organisation) throw new Error(`the directory lists no ${organisationName}`);
  return organisation.status === 'accredited' || organisation.status === 'suspended';
}

describeInBrowser('the public register', () => {
  const session = useBrowserSession();

  test('anyone reads the published register without signing in, in English and in Arabic', async () => {
    const { page } = session;
    // The accreditation walk (registry-accreditation.e2e.ts) may have accredited Open Doors on this
    // server already: ask the directory where it stands, then read the register signed out.
    const openDoorsPublished = await isPublished(page, OPEN_DOORS);
    await page.context().clearCookies();
    const register = await PublicRegisterPage.open(page);
    const en = CATALOGUES.en;
    expect(await register.heading.textContent()).toBe(en.publicRegister.page.heading);
    expect(await register.userMenu.count()).toBe(0);
    const names = await register.names.allTextContents();
    expect(names).toContain(BRIDGES_LEGAL_NAME);
    expect(names.some((name) => name.includes('Open Doors'))).toBe(openDoorsPublished);
    if (!openDoorsPublished) expect(names).toEqual([BRIDGES_LEGAL_NAME]);
    const bridges = register.row(BRIDGES_LEGAL_NAME);
    expect(await bridges.getByTestId('public-register-status').textContent()).toBe(
      en.registry.accreditationStatuses.accredited,
    );
    expect(await bridges.getByTestId('public-register-areas').textContent()).toContain(
      en.registry.interventionTypes.mentoring,
    );

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
    expect(await republished.names.allTextContents()).toContain(BRIDGES_LEGAL_NAME);
  });
});
