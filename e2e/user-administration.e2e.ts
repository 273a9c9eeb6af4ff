import { randomBytes } from 'node:crypto';
import { expect, test } from 'vitest';
import { IDENTITY_PATHS } from '../src/contracts/identity.ts';
import { RoleHomePage } from './pages/RoleHomePage.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { CreateUserPage, UserAdministrationPage } from './pages/UserAdministrationPage.ts';
import { describeViolations, seriousAccessibilityViolations } from './support/accessibility.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { CATALOGUES } from './support/catalogues.ts';
import { signInThroughApi } from './support/demo-accounts.ts';

// Accounts: admin and coordinator.bridges sign in successfully only. The account created here is
// new on every run; its one failed sign-in (after deactivation) counts against that account alone
// and once against the address (the throttle allows 20 in 15 minutes).

const BRIDGES = 'Bridges · Passerelles · جسور · Мосты';
const en = CATALOGUES.en.administration.users;

describeInBrowser('user administration', () => {
  const session = useBrowserSession();

  test('admin creates an account, gives it a role and deactivates it; its session ends and it cannot sign in', async () => {
    const username = `e2e.${randomBytes(4).toString('hex')}`;
    const password = 'Lantern-orchard-copper-47-violet';
    await signInThroughApi(session.page, 'admin');
    const list = await UserAdministrationPage.open(session.page);
    expect(await list.navLink('nav-user-administration').getAttribute('aria-current')).toBe('page');

    const form = await list.createAccount();
    const account = await form.create({
      displayName: 'Amal Nasser',
      username,
      organisation: BRIDGES,
      password,
    });

    await session.page.getByTestId('account-created').waitFor();
    expect(await account.heading.textContent()).toBe('Amal Nasser');
    expect(await session.page.getByTestId('account-organisation').textContent()).toBe(BRIDGES);
    expect(await session.page.getByTestId('role-editor-empty').textContent()).toBe(en.roles.none);

    await account.addRole('cso_practitioner', BRIDGES);
    await account.saveRoles();

    // The new person signs in elsewhere and reaches their home.
    const elsewhere = await session.newPage({ width: 1280, height: 800 });
    const signedIn = await elsewhere.request.post(IDENTITY_PATHS.login, { data: { username, password } });
    expect(signedIn.status()).toBe(200);
    const home = await RoleHomePage.open(elsewhere);
    expect(await home.roleList.locator('[data-role="cso_practitioner"]').count()).toBe(1);

    await account.deactivate();
    expect(await account.accessOutcome.textContent()).toContain(
      'is deactivated, and every session of theirs has ended',
    );
    expect(await account.status.getAttribute('data-active')).toBe('false');

    // Their session ended at once: the next page they open sends them to sign in…
    await SignInPage.open(elsewhere, '/account/sessions');
    await elsewhere.getByTestId('sign-in-form').waitFor();
    // …and the password no longer opens a session.
    const signIn = new SignInPage(elsewhere);
    await signIn.submit(username, password);
    await signIn.error.waitFor();
    expect(await signIn.error.textContent()).toContain(CATALOGUES.en.signIn.errors.invalidCredentials);

    // The list shows the account deactivated.
    const after = await UserAdministrationPage.open(session.page);
    await after.search.fill(username);
    expect(await after.row(username).getAttribute('data-active')).toBe('false');
  });

  test('coordinator.bridges sees only the accounts of Bridges and changes only its practitioners', async () => {
    await signInThroughApi(session.page, 'coordinator.bridges');
    const list = await UserAdministrationPage.open(session.page);

    const usernames = await list.usernames();
    expect(usernames).toEqual(
      expect.arrayContaining(['coordinator.bridges', 'practitioner.bridges', 'editor']),
    );
    expect(usernames).not.toContain('director.central');
    expect(usernames).not.toContain('admin');
    const organisations = await session.page.getByTestId('user-organisation').allTextContents();
    expect(new Set(organisations)).toEqual(new Set([BRIDGES]));
    expect(await list.organisationFilter.count()).toBe(0);

    const practitioner = await list.openAccount('practitioner.bridges');
    await practitioner.rolesForm.waitFor();
    expect(await practitioner.deactivateButton.isVisible()).toBe(true);
    const roles = await practitioner.rolesForm
      .getByTestId('role-select')
      .first()
      .locator('option')
      .allTextContents();
    expect(roles).toEqual([en.roles.chooseRole, CATALOGUES.en.roles.csoPractitioner]);

    const own = await (await UserAdministrationPage.open(session.page)).openAccount('coordinator.bridges');
    await own.readOnlyNotice.waitFor();
    expect(await own.deactivateButton.count()).toBe(0);
    expect(await own.rolesForm.count()).toBe(0);

    const create = await (await UserAdministrationPage.open(session.page)).createAccount();
    await create.form.waitFor();
    expect(await session.page.getByTestId('create-user-organisation-fixed').textContent()).toContain(BRIDGES);
  });

  // States the page tour does not reach: messages next to fields, and a question before acting.
  test.each(['en', 'ar'] as const)(
    'the create form showing field errors, in %s: no serious or critical violations',
    async (language) => {
      await signInThroughApi(session.page, 'admin');
      const create = await CreateUserPage.open(session.page);
      await create.switchLanguage(language);
      await create.addRole('director');
      await create.submitButton.click();
      await create.displayName.and(session.page.locator('[aria-invalid="true"]')).waitFor();
      await create.error.waitFor();

      const violations = await seriousAccessibilityViolations(session.page);

      expect(violations, describeViolations(violations)).toEqual([]);
    },
  );

  test.each(['en', 'ar'] as const)(
    'the deactivate question, in %s: no serious or critical violations',
    async (language) => {
      await signInThroughApi(session.page, 'admin');
      const account = await (await UserAdministrationPage.open(session.page)).openAccount(
        'practitioner.bridges',
      );
      await account.switchLanguage(language);
      await account.deactivateButton.click();
      await account.deactivateConfirmation.waitFor();
      expect(await account.deactivateConfirmation.textContent()).toContain(
        language === 'en' ? 'is signed out at once, on every device' : 'تنتهي فورًا كل جلسات',
      );

      const violations = await seriousAccessibilityViolations(session.page);

      expect(violations, describeViolations(violations)).toEqual([]);
      expect(session.problems.all()).toEqual([]);
    },
  );
});
