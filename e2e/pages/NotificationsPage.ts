import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/** `/notifications`: the signed-in user's own notifications. */
export class NotificationsPage extends ShellPage {
  static readonly path = '/notifications';
  protected readonly pageTestId = 'page-notifications';

  static open(page: Page): Promise<NotificationsPage> {
    return visit(NotificationsPage, page, NotificationsPage.path);
  }

  get items(): Locator {
    return this.page.getByTestId('notification');
  }

  get unreadItems(): Locator {
    return this.page.locator('[data-testid="notification"][data-read="false"]');
  }

  get unreadCount(): Locator {
    return this.page.getByTestId('notifications-unread-count');
  }

  /** The header's link, with the unread count in its words and in `data-unread`. */
  get headerLink(): Locator {
    return this.page.getByTestId('notifications-link');
  }

  /** The messages, in the order shown. */
  messages(): Promise<string[]> {
    return this.page.getByTestId('notification-message').allTextContents();
  }

  /** Waits until the list, or word that there is none, has arrived. */
  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.page
      .getByTestId('notifications-list')
      .or(this.page.getByTestId('notifications-empty'))
      .or(this.page.getByTestId('notifications-load-failed'))
      .first()
      .waitFor();
    return this;
  }
}
