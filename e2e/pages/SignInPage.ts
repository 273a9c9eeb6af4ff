import type { Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

export class SignInPage extends ShellPage {
  static readonly path = '/sign-in';
  protected readonly pageTestId = 'page-sign-in';

  static open(page: Page): Promise<SignInPage> {
    return visit(SignInPage, page, SignInPage.path);
  }
}
