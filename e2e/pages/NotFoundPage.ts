import type { Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

export class NotFoundPage extends ShellPage {
  /** Any address without a file extension that no route claims. */
  static readonly path = '/no-such-page/anywhere';
  protected readonly pageTestId = 'page-not-found';

  static open(page: Page, path = NotFoundPage.path): Promise<NotFoundPage> {
    return visit(NotFoundPage, page, path);
  }
}
