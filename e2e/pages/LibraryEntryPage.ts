import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/** `/library/entries/:entryId?lang=xx`: one entry of the library, in one of its translations. */
export class LibraryEntryPage extends ShellPage {
  protected readonly pageTestId = 'page-library-entry';

  static pathFor(entryId: string, lang?: string): string {
    return `/library/entries/${encodeURIComponent(entryId)}${lang ? `?lang=${lang}` : ''}`;
  }

  static open(page: Page, entryId: string, lang?: string): Promise<LibraryEntryPage> {
    return visit(LibraryEntryPage, page, LibraryEntryPage.pathFor(entryId, lang));
  }

  get title(): Locator {
    return this.page.getByTestId('entry-title');
  }

  /** The evidence level's badge in the evidence section (cards of similar entries have their own). */
  get evidenceBadge(): Locator {
    return this.page.getByTestId('entry-evidence').getByTestId('evidence-badge');
  }

  get demonstrationLabel(): Locator {
    return this.page.getByTestId('entry-header').getByTestId('demonstration-label');
  }

  get notFound(): Locator {
    return this.page.getByTestId('entry-not-found');
  }

  /** The link to the entry's translation in `language`. */
  translationLink(language: string): Locator {
    return this.page.getByTestId(`entry-language-${language}`);
  }

  /** Shows the entry's translation in `language` and waits until its title carries that language. */
  async showTranslation(language: string): Promise<this> {
    await this.translationLink(language).click();
    await this.title.and(this.page.locator(`[lang="${language}"]`)).waitFor();
    return this;
  }

  /** Waits until the entry, or word that there is none to read, has arrived. */
  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.title.or(this.notFound).or(this.page.getByTestId('entry-load-failed')).first().waitFor();
    return this;
  }
}

/** A published public entry as the public search lists it: its id, the language of its title, the title. */
export async function firstPublicEntry(page: Page): Promise<{ id: string; language: string; title: string }> {
  const response = await page.request.get('/api/v1/public/knowledge/search?language=en&pageSize=1');
  if (!response.ok()) throw new Error(`the public search answered ${response.status()}`);
  const { hits } = (await response.json()) as { hits: { id: string; language: string; title: string }[] };
  const [hit] = hits;
  if (!hit) throw new Error('the public library holds no entry: is the demo library loaded?');
  return hit;
}
