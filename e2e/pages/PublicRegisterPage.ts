import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/** `/public/registry/:tenantSlug`: a prison service's published register, readable without signing in. */
export class PublicRegisterPage extends ShellPage {
  static readonly demoPath = '/public/registry/demo';
  protected readonly pageTestId = 'page-public-register';

  static open(page: Page, path: string = PublicRegisterPage.demoPath): Promise<PublicRegisterPage> {
    return visit(PublicRegisterPage, page, path);
  }

  get table(): Locator {
    return this.page.getByTestId('public-register-table');
  }

  get names(): Locator {
    return this.table.getByTestId('public-register-name');
  }

  /** The row of the organisation with exactly this name. */
  row(name: string): Locator {
    return this.table.getByTestId('public-register-row').filter({
      has: this.page.getByTestId('public-register-name').getByText(name, { exact: true }),
    });
  }

  get notPublished(): Locator {
    return this.page.getByTestId('public-register-not-published');
  }

  /** Waits until the register, or word that there is none, has arrived. */
  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.table
      .or(this.notPublished)
      .or(this.page.getByTestId('public-register-empty'))
      .or(this.page.getByTestId('public-register-load-failed'))
      .first()
      .waitFor();
    return this;
  }
}
