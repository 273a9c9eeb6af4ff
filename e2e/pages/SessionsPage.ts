import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/** `/account/sessions`: the signed-in user's own sessions. */
export class SessionsPage extends ShellPage {
  static readonly path = '/account/sessions';
  protected readonly pageTestId = 'page-sessions';

  static open(page: Page): Promise<SessionsPage> {
    return visit(SessionsPage, page, SessionsPage.path);
  }

  get table(): Locator {
    return this.page.getByTestId('sessions-table');
  }

  get rows(): Locator {
    return this.table.getByTestId('session-row');
  }

  get currentRow(): Locator {
    return this.table.locator('[data-testid="session-row"][data-current="true"]');
  }

  /** Opens the "sign out everywhere" question and confirms it. */
  async signOutEverywhere(): Promise<void> {
    await this.page.getByTestId('revoke-all-sessions').click();
    await this.page.getByTestId('confirm-revoke-all').click();
  }
}
