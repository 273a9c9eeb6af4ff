import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

export class SignInPage extends ShellPage {
  static readonly path = '/sign-in';
  protected readonly pageTestId = 'page-sign-in';

  /** Opens `/sign-in`, or another address that should end there (a protected page when signed out). */
  static open(page: Page, path = SignInPage.path): Promise<SignInPage> {
    return visit(SignInPage, page, path);
  }

  get form(): Locator {
    return this.page.getByTestId('sign-in-form');
  }

  get usernameInput(): Locator {
    return this.page.getByTestId('sign-in-username');
  }

  get passwordInput(): Locator {
    return this.page.getByTestId('sign-in-password');
  }

  get submitButton(): Locator {
    return this.page.getByTestId('sign-in-submit');
  }

  /** The form-level message after a failed sign-in. */
  get error(): Locator {
    return this.page.getByTestId('sign-in-error');
  }

  /** Types the credentials and submits the form; the caller waits for what should follow. */
  async submit(username: string, password: string): Promise<void> {
    await this.usernameInput.fill(username);
    await this.passwordInput.fill(password);
    await this.submitButton.click();
  }
}
