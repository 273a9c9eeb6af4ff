import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/** `/admin/users`: the accounts an administrator or a CSO coordinator may see. */
export class UserAdministrationPage extends ShellPage {
  static readonly path = '/admin/users';
  protected readonly pageTestId = 'page-user-administration';

  static open(page: Page): Promise<UserAdministrationPage> {
    return visit(UserAdministrationPage, page, UserAdministrationPage.path);
  }

  get table(): Locator {
    return this.page.getByTestId('users-table');
  }

  get rows(): Locator {
    return this.table.getByTestId('user-row');
  }

  /** The row of one account, by its username. */
  row(username: string): Locator {
    return this.table.locator(`[data-testid="user-row"][data-username="${username}"]`);
  }

  get search(): Locator {
    return this.page.getByTestId('users-search');
  }

  get organisationFilter(): Locator {
    return this.page.getByTestId('users-organisation-filter');
  }

  /** The usernames of the rows shown, in order. */
  async usernames(): Promise<string[]> {
    await this.table.waitFor();
    const names = await Promise.all((await this.rows.all()).map((row) => row.getAttribute('data-username')));
    return names.filter((name): name is string => name !== null);
  }

  /** Follows the link of an account to its page. */
  async openAccount(username: string): Promise<UserAccountPage> {
    await this.row(username).getByTestId('user-link').click();
    return new UserAccountPage(this.page).verifyOnPage();
  }

  async createAccount(): Promise<CreateUserPage> {
    await this.page.getByTestId('create-user-link').click();
    return new CreateUserPage(this.page).verifyOnPage();
  }
}

/** `/admin/users/new`: a new account with its initial password and roles. */
export class CreateUserPage extends ShellPage {
  static readonly path = '/admin/users/new';
  protected readonly pageTestId = 'page-create-user';

  static open(page: Page): Promise<CreateUserPage> {
    return visit(CreateUserPage, page, CreateUserPage.path);
  }

  get form(): Locator {
    return this.page.getByTestId('create-user-form');
  }

  get displayName(): Locator {
    return this.page.getByTestId('create-user-display-name');
  }

  get username(): Locator {
    return this.page.getByTestId('create-user-username');
  }

  get organisation(): Locator {
    return this.page.getByTestId('create-user-organisation');
  }

  get password(): Locator {
    return this.page.getByTestId('create-user-password');
  }

  get submitButton(): Locator {
    return this.page.getByTestId('create-user-submit');
  }

  get error(): Locator {
    return this.page.getByTestId('create-user-error');
  }

  /** Adds a role line and chooses the role and, by its visible name, the place. */
  async addRole(role: string, place?: string): Promise<void> {
    await addRoleLine(this.page, role, place);
  }

  /** Fills the form (choosing the organisation by its name, when it is asked) and sends it. */
  async create(account: { displayName: string; username: string; organisation?: string; password: string }) {
    await this.displayName.fill(account.displayName);
    await this.username.fill(account.username);
    if (account.organisation) await this.organisation.selectOption({ label: account.organisation });
    await this.password.fill(account.password);
    await this.submitButton.click();
    return new UserAccountPage(this.page).verifyOnPage();
  }
}

/** `/admin/users/{id}`: one account: rename, roles, deactivate or reactivate. */
export class UserAccountPage extends ShellPage {
  protected readonly pageTestId = 'page-user-account';

  get status(): Locator {
    return this.page.getByTestId('account-details').getByTestId('account-status');
  }

  get rolesForm(): Locator {
    return this.page.getByTestId('roles-form');
  }

  get readOnlyNotice(): Locator {
    return this.page.getByTestId('account-read-only');
  }

  get deactivateButton(): Locator {
    return this.page.getByTestId('deactivate-user');
  }

  get deactivateConfirmation(): Locator {
    return this.page.getByTestId('deactivate-confirmation');
  }

  get accessOutcome(): Locator {
    return this.page.getByTestId('access-outcome');
  }

  async addRole(role: string, place?: string): Promise<void> {
    await addRoleLine(this.page, role, place);
  }

  /** Saves the roles and waits for the page to say they were saved. */
  async saveRoles(): Promise<void> {
    await this.page.getByTestId('roles-submit').click();
    await this.page.getByTestId('roles-saved').waitFor();
  }

  /** Asks to deactivate, then confirms, and waits for the answer. */
  async deactivate(): Promise<void> {
    await this.deactivateButton.click();
    await this.page.getByTestId('confirm-deactivate').click();
    await this.accessOutcome.waitFor();
  }
}

async function addRoleLine(page: Page, role: string, place?: string): Promise<void> {
  await page.getByTestId('add-role').click();
  const line = page.getByTestId('role-line').last();
  await line.getByTestId('role-select').selectOption(role);
  if (place) await line.getByTestId('role-place').selectOption({ label: place });
}
