import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/** What a test writes into the contribution form; codes are the taxonomy's (e.g. theme `family_involvement`). */
export interface EntryFill {
  title?: string;
  summary?: string;
  approach?: string;
  results?: string;
  lessons?: string;
  themes?: readonly string[];
  country?: string;
}

/** The contribution form's fields, shared by the proposal and the amendment pages. */
export abstract class LibraryEntryFormPage extends ShellPage {
  input(name: 'title' | 'summary' | 'approach' | 'results' | 'lessons' | 'country' | 'language'): Locator {
    return this.pageContent.getByTestId(`contribute-${name}-input`);
  }

  theme(code: string): Locator {
    return this.pageContent.getByTestId(`contribute-themes-${code}`);
  }

  /** The message Mantine ties to a field through aria-describedby. */
  async fieldError(field: Locator): Promise<string | null> {
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
    for (const id of ids) {
      const node = this.page.locator(`[id="${id}"]`);
      if ((await node.getAttribute('class'))?.includes('error')) return node.textContent();
    }
    return null;
  }

  async fill(fill: EntryFill): Promise<this> {
    for (const name of ['title', 'summary', 'approach', 'results', 'lessons', 'country'] as const) {
      const value = fill[name];
      if (value !== undefined) await this.input(name).fill(value);
    }
    for (const code of fill.themes ?? []) await this.theme(code).check();
    return this;
  }
}

/** `/library/contribute`: proposing a practice, saved as a draft. */
export class LibraryContributePage extends LibraryEntryFormPage {
  static readonly path = '/library/contribute';
  protected readonly pageTestId = 'page-library-contribute';

  static open(page: Page): Promise<LibraryContributePage> {
    return visit(LibraryContributePage, page, LibraryContributePage.path);
  }

  /** Saves the draft and waits for the amendment page it opens; answers the new entry's id. */
  async saveDraft(): Promise<{ id: string; edit: LibraryEditPage }> {
    await this.pageContent.getByTestId('contribute-save').click();
    await this.page.waitForURL((url) => /^\/library\/entries\/[^/]+\/edit$/.test(url.pathname));
    const id = new URL(this.page.url()).pathname.split('/')[3] ?? '';
    return { id, edit: await new LibraryEditPage(this.page).verifyOnPage() };
  }

  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.input('title').waitFor();
    return this;
  }
}

/** `/library/entries/:id/edit`: amending an entry and submitting it for review. */
export class LibraryEditPage extends LibraryEntryFormPage {
  protected readonly pageTestId = 'page-library-edit';

  static pathFor(id: string): string {
    return `/library/entries/${encodeURIComponent(id)}/edit`;
  }

  static open(page: Page, id: string): Promise<LibraryEditPage> {
    return visit(LibraryEditPage, page, LibraryEditPage.pathFor(id));
  }

  get outcome(): Locator {
    return this.pageContent.getByTestId('edit-outcome');
  }

  /** Submits for review (saving what changed first) and waits until the page says it is submitted. */
  async submitForReview(): Promise<this> {
    await this.pageContent.getByTestId('edit-submit').click();
    await this.pageContent.locator('[data-testid="edit-outcome"][data-outcome="submitted"]').waitFor();
    return this;
  }

  async saveChanges(): Promise<this> {
    await this.pageContent.getByTestId('edit-save').click();
    await this.pageContent.locator('[data-testid="edit-outcome"][data-outcome="saved"]').waitFor();
    return this;
  }

  /** Waits until the form, or word that it cannot be changed or found, is on screen. */
  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.input('title')
      .or(this.page.getByTestId('edit-locked'))
      .or(this.page.getByTestId('edit-not-found'))
      .first()
      .waitFor();
    return this;
  }
}
