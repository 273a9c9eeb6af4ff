import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/** `/` for a signed-in user: the home of their role family. */
export class RoleHomePage extends ShellPage {
  static readonly path = '/';
  protected readonly pageTestId = 'role-home';

  static open(page: Page): Promise<RoleHomePage> {
    return visit(RoleHomePage, page, RoleHomePage.path);
  }

  get organisation(): Locator {
    return this.pageContent.getByTestId('role-home-organisation');
  }

  get tenant(): Locator {
    return this.pageContent.getByTestId('role-home-tenant');
  }

  get roleList(): Locator {
    return this.pageContent.getByTestId('role-list');
  }

  /** The role families whose sections the page shows, e.g. ["caseManagement"]. */
  async families(): Promise<string[]> {
    return ((await this.pageContent.getAttribute('data-families')) ?? '').split(' ').filter(Boolean);
  }
}
