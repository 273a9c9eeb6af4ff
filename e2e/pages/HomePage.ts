import type { Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';
import { SignInPage } from './SignInPage.ts';

export class HomePage extends ShellPage {
  static readonly path = '/';
  protected readonly pageTestId = 'page-home';

  static open(page: Page): Promise<HomePage> {
    return visit(HomePage, page, HomePage.path);
  }

  /** Follows the main navigation's sign-in link (a client-side navigation). */
  async goToSignIn(): Promise<SignInPage> {
    await this.page.getByTestId('nav-sign-in').click();
    return new SignInPage(this.page).verifyOnPage();
  }
}
