import type { Locator, Page } from 'playwright-core';
import { LibrarySearchPage } from './LibrarySearchPage.ts';
import { ShellPage, visit } from './ShellPage.ts';

/** `/library`: the knowledge library's home, for anyone, signed in or not. */
export class LibraryHomePage extends ShellPage {
  static readonly path = '/library';
  protected readonly pageTestId = 'page-library-home';

  static open(page: Page): Promise<LibraryHomePage> {
    return visit(LibraryHomePage, page, LibraryHomePage.path);
  }

  get recent(): Locator {
    return this.page.getByTestId('library-recent');
  }

  get themeLinks(): Locator {
    return this.page.getByTestId('library-theme-link');
  }

  /** Types words in the search box and sends them: the search page, with the words in its address. */
  async searchFor(words: string): Promise<LibrarySearchPage> {
    await this.page.getByTestId('library-search-input').fill(words);
    await this.page.getByTestId('library-search-submit').click();
    await this.page.waitForURL((url) => url.pathname === LibrarySearchPage.path);
    return new LibrarySearchPage(this.page).verifyOnPage();
  }

  /** Waits until the entries, or word that they could not be loaded, have arrived. */
  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.recent.or(this.page.getByTestId('library-home-load-failed')).first().waitFor();
    return this;
  }
}
