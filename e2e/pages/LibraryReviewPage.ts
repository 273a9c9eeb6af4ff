import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/** `/library/review`: the knowledge editors' queue. */
export class LibraryReviewQueuePage extends ShellPage {
  static readonly path = '/library/review';
  protected readonly pageTestId = 'page-library-review-queue';

  static open(page: Page): Promise<LibraryReviewQueuePage> {
    return visit(LibraryReviewQueuePage, page, LibraryReviewQueuePage.path);
  }

  row(id: string): Locator {
    return this.page.locator(`[data-testid="review-queue-row"][data-entry-id="${id}"]`);
  }

  /** Opens the review of the entry `id` from its row. */
  async openReview(id: string): Promise<LibraryReviewEntryPage> {
    await this.row(id).getByRole('link').click();
    await this.page.waitForURL((url) => url.pathname === `/library/review/${id}`);
    return new LibraryReviewEntryPage(this.page).verifyOnPage();
  }

  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.page
      .getByTestId('review-queue-table')
      .or(this.page.getByTestId('review-queue-empty'))
      .or(this.page.getByTestId('review-queue-forbidden'))
      .or(this.page.getByTestId('review-queue-load-failed'))
      .first()
      .waitFor();
    return this;
  }
}

/** `/library/review/:id`: one entry under review, with the editor's forms. */
export class LibraryReviewEntryPage extends ShellPage {
  protected readonly pageTestId = 'page-library-review-entry';

  static pathFor(id: string): string {
    return `/library/review/${encodeURIComponent(id)}`;
  }

  static open(page: Page, id: string): Promise<LibraryReviewEntryPage> {
    return visit(LibraryReviewEntryPage, page, LibraryReviewEntryPage.pathFor(id));
  }

  get status(): Locator {
    return this.page.getByTestId('review-entry-status').getByTestId('entry-status');
  }

  get events(): Locator {
    return this.page.getByTestId('review-event');
  }

  /** Sends a request for changes with `text` and waits until the page says it went back. */
  async requestChanges(text: string): Promise<this> {
    await this.page.getByTestId('review-event-kind-input').selectOption('changes_requested');
    await this.page.getByTestId('review-event-body-input').fill(text);
    await this.page.getByTestId('review-event-submit').click();
    await this.page.getByTestId('review-event-outcome').and(this.page.locator(':not(:empty)')).waitFor();
    return this;
  }

  /** Publishes at `level` for `visibility` and waits for the page's word that it is published. */
  async publish(level: 'inspiring' | 'peer_reviewed', visibility: 'public' | 'restricted'): Promise<this> {
    await this.page
      .getByTestId(`review-publish-level-${level === 'inspiring' ? 'inspiring' : 'peer-reviewed'}`)
      .check();
    await this.page.getByTestId(`review-publish-visibility-${visibility}`).check();
    const acknowledge = this.page.getByTestId('review-publish-acknowledge');
    if (await acknowledge.isVisible()) await acknowledge.check();
    await this.page.getByTestId('review-publish-submit').click();
    await this.page.getByTestId('review-publish-outcome').and(this.page.locator(':not(:empty)')).waitFor();
    return this;
  }

  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.page
      .getByTestId('review-entry-text')
      .or(this.page.getByTestId('review-entry-not-found'))
      .or(this.page.getByTestId('review-entry-load-failed'))
      .first()
      .waitFor();
    return this;
  }
}
