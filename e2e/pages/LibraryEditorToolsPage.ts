import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/** `/library/statistics`: what is searched and not found, for knowledge editors. */
export class LibraryStatisticsPage extends ShellPage {
  static readonly path = '/library/statistics';
  protected readonly pageTestId = 'page-library-statistics';

  static open(page: Page): Promise<LibraryStatisticsPage> {
    return visit(LibraryStatisticsPage, page, LibraryStatisticsPage.path);
  }

  get searches(): Locator {
    return this.page.getByTestId('statistics-searches');
  }

  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.searches
      .or(this.page.getByTestId('statistics-forbidden'))
      .or(this.page.getByTestId('statistics-load-failed'))
      .first()
      .waitFor();
    return this;
  }
}

/** `/library/import`: a CSV or JSON file checked, then imported as drafts. */
export class LibraryImportPage extends ShellPage {
  static readonly path = '/library/import';
  protected readonly pageTestId = 'page-library-import';

  static open(page: Page): Promise<LibraryImportPage> {
    return visit(LibraryImportPage, page, LibraryImportPage.path);
  }

  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.page.getByTestId('import-check').waitFor();
    return this;
  }
}
