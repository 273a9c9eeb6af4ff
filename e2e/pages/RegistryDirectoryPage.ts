import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/** `/registry/organisations`: the civil society organisations and where each accreditation stands. */
export class RegistryDirectoryPage extends ShellPage {
  static readonly path = '/registry/organisations';
  protected readonly pageTestId = 'page-registry-directory';

  static open(page: Page): Promise<RegistryDirectoryPage> {
    return visit(RegistryDirectoryPage, page, RegistryDirectoryPage.path);
  }

  get table(): Locator {
    return this.page.getByTestId('registry-directory-table');
  }

  get rows(): Locator {
    return this.table.getByTestId('registry-directory-row');
  }

  /** The row of the organisation with exactly this name. */
  row(name: string): Locator {
    return this.rows.filter({
      has: this.page.getByTestId('registry-directory-name').getByText(name, { exact: true }),
    });
  }

  /** The accreditation of the organisation named, in words. */
  status(name: string): Locator {
    return this.row(name).getByTestId('registry-directory-status');
  }

  /** Follows the organisation's name to its record. */
  async openOrganisation(name: string): Promise<void> {
    await this.row(name).getByRole('link').click();
  }

  /** Waits until the directory (or a refusal, or an empty list) has arrived. */
  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.table
      .or(this.page.getByTestId('registry-directory-forbidden'))
      .or(this.page.getByTestId('registry-directory-empty'))
      .or(this.page.getByTestId('registry-directory-load-failed'))
      .first()
      .waitFor();
    return this;
  }
}
