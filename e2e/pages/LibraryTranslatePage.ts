import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/** `/library/entries/:id/translate?language=xx`: the text in another language beside the original. */
export class LibraryTranslatePage extends ShellPage {
  protected readonly pageTestId = 'page-library-translate';

  static pathFor(id: string, language: string): string {
    return `/library/entries/${encodeURIComponent(id)}/translate?language=${language}`;
  }

  static open(page: Page, id: string, language: string): Promise<LibraryTranslatePage> {
    return visit(LibraryTranslatePage, page, LibraryTranslatePage.pathFor(id, language));
  }

  input(name: 'title' | 'summary' | 'approach' | 'results'): Locator {
    return this.pageContent.getByTestId(`translate-${name}-input`);
  }

  async translate(
    text: { title: string; summary: string; approach?: string; results?: string },
    origin = 'professional',
  ) {
    await this.pageContent.getByTestId('translate-origin-input').selectOption(origin);
    for (const [name, value] of Object.entries(text) as [
      'title' | 'summary' | 'approach' | 'results',
      string,
    ][]) {
      await this.input(name).fill(value);
    }
    await this.pageContent.getByTestId('translate-save').click();
    await this.pageContent.getByTestId('translate-outcome').waitFor();
    return this;
  }

  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.page
      .getByTestId('translate-original')
      .or(this.page.getByTestId('translate-locked'))
      .or(this.page.getByTestId('translate-not-found'))
      .first()
      .waitFor();
    return this;
  }
}
