import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/** `/library/mine`: the caller's own entries with the next step of each. */
export class LibraryMinePage extends ShellPage {
  static readonly path = '/library/mine';
  protected readonly pageTestId = 'page-library-mine';

  static open(page: Page): Promise<LibraryMinePage> {
    return visit(LibraryMinePage, page, LibraryMinePage.path);
  }

  /** The row of an entry, by its id. */
  row(id: string): Locator {
    return this.page.locator(`[data-testid="mine-row"][data-entry-id="${id}"]`);
  }

  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.page
      .getByTestId('mine-table')
      .or(this.page.getByTestId('mine-empty'))
      .or(this.page.getByTestId('mine-load-failed'))
      .first()
      .waitFor();
    return this;
  }
}
