import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/** `/audit/people/:personId`: who has seen this person's record. */
export class AccessReportPage extends ShellPage {
  protected readonly pageTestId = 'page-access-report';

  /**
   * A person id for the page tour. The demo data holds no people in custody yet; the server answers
   * a report for any id of its tenant (empty for a person nobody has seen), and each viewing is
   * recorded, so from the second visit on the report lists the oversight monitor who looked.
   */
  static readonly tourPersonId = '01950000-0000-7000-8000-00000000a0d1';

  static pathFor(personId: string): string {
    return `/audit/people/${personId}`;
  }

  static open(page: Page, personId = AccessReportPage.tourPersonId): Promise<AccessReportPage> {
    return visit(AccessReportPage, page, AccessReportPage.pathFor(personId));
  }

  get table(): Locator {
    return this.page.getByTestId('access-report-table');
  }

  get rows(): Locator {
    return this.table.getByTestId('access-report-row');
  }

  /** The row of one acting user. */
  rowOf(userId: string): Locator {
    return this.table.locator(`[data-testid="access-report-row"][data-user-id="${userId}"]`);
  }

  get summary(): Locator {
    return this.page.getByTestId('access-report-summary');
  }

  get empty(): Locator {
    return this.page.getByTestId('access-report-empty');
  }

  get forbidden(): Locator {
    return this.page.getByTestId('audit-forbidden');
  }

  /** Waits until the report (or a refusal) is on screen, not "Gathering the report…". */
  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.summary
      .or(this.forbidden)
      .or(this.page.getByTestId('audit-not-found'))
      .or(this.page.getByTestId('access-report-invalid'))
      .or(this.page.getByTestId('audit-load-failed'))
      .waitFor({ state: 'visible' });
    return this;
  }
}
