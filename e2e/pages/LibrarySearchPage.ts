import type { Locator, Page } from 'playwright-core';
import { LibraryEntryPage } from './LibraryEntryPage.ts';
import { ShellPage, visit } from './ShellPage.ts';

/** `/library/search?q=…&theme=…`: the library's search with its facets; the search lives in the address. */
export class LibrarySearchPage extends ShellPage {
  static readonly path = '/library/search';
  protected readonly pageTestId = 'page-library-search';

  static open(page: Page, query = ''): Promise<LibrarySearchPage> {
    return visit(
      LibrarySearchPage,
      page,
      query ? `${LibrarySearchPage.path}?${query}` : LibrarySearchPage.path,
    );
  }

  get results(): Locator {
    return this.page.getByTestId('library-results');
  }

  get cards(): Locator {
    return this.results.getByTestId('entry-card');
  }

  get resultCount(): Locator {
    return this.page.getByTestId('library-result-count');
  }

  /** The card whose title link reads exactly `title`. */
  card(title: string): Locator {
    return this.cards.filter({
      has: this.page.getByTestId('entry-card-link').getByText(title, { exact: true }),
    });
  }

  /** The tick of one facet value, e.g. ("theme", "women"). */
  facet(facet: string, value: string): Locator {
    return this.page.getByTestId(`facet-${facet}-${value}`);
  }

  /**
   * Ticks or unticks a facet value and waits until the address says so and the answer to that
   * search is on screen (the tick's state follows the address, which follows the answer).
   */
  async toggleFacet(facet: string, value: string): Promise<this> {
    const tick = this.facet(facet, value);
    const wasTicked = await tick.isChecked();
    // On a narrow screen the facets fold behind a button.
    const toggle = this.page.getByTestId('library-filters-toggle');
    if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false')
      await toggle.click();
    await tick.click();
    await this.page.waitForURL((url) => url.searchParams.getAll(facet).includes(value) === !wasTicked);
    if (wasTicked) await tick.and(this.page.locator(':not(:checked)')).waitFor();
    else await tick.and(this.page.locator(':checked')).waitFor();
    return this;
  }

  /** Opens the entry of the card titled `title`. */
  async openEntry(title: string): Promise<LibraryEntryPage> {
    await this.card(title).getByTestId('entry-card-link').click();
    await this.page.waitForURL((url) => url.pathname.startsWith('/library/entries/'));
    return new LibraryEntryPage(this.page).verifyOnPage();
  }

  /** Waits until the results, word of none, or of a failure have arrived. */
  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.results
      .or(this.page.getByTestId('library-no-results'))
      .or(this.page.getByTestId('library-search-load-failed'))
      .first()
      .waitFor();
    return this;
  }
}
