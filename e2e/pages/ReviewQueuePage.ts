import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/** `/registry/review`: the prison service's review queue, in four sections. */
export class ReviewQueuePage extends ShellPage {
  static readonly path = '/registry/review';
  protected readonly pageTestId = 'page-review-queue';

  static open(page: Page): Promise<ReviewQueuePage> {
    return visit(ReviewQueuePage, page, ReviewQueuePage.path);
  }

  get applicationRows(): Locator {
    return this.page.getByTestId('review-application-row');
  }

  get vettingRows(): Locator {
    return this.page.getByTestId('review-vetting-row');
  }

  /** The row of an application, by the organisation's exact name. */
  application(name: string): Locator {
    return this.applicationRows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** The count a section's heading shows, e.g. `(2)`. */
  count(section: 'applications' | 'accreditations' | 'vetting' | 'agreements'): Locator {
    return this.page.getByTestId(`review-${section}-count`);
  }

  /** Waits until the queue (or a refusal) has arrived. */
  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.page
      .getByTestId('review-applications')
      .or(this.page.getByTestId('review-queue-forbidden'))
      .or(this.page.getByTestId('review-queue-load-failed'))
      .first()
      .waitFor();
    return this;
  }
}
