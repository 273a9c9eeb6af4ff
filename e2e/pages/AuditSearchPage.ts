import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/** The filters of a trail search, as the form takes them (any left out stay as they are). */
export interface TrailFilters {
  personId?: string;
  userId?: string;
  organisationId?: string;
  /** The kinds of entry to tick, by their label in the page's language. */
  actionLabels?: string[];
  outcome?: 'allowed' | 'denied' | '';
  from?: string;
  to?: string;
}

/**
 * What the trail's two lists share: the filter form, the results (table, count, CSV link, pages) and
 * the refusal shown to anyone but an oversight monitor. `verifyOnPage()` also waits until the search
 * has answered, so a test (or axe) looks at the results rather than at "Searching…".
 */
export abstract class TrailListPage extends ShellPage {
  get filters(): Locator {
    return this.page.getByTestId('audit-filters');
  }

  get table(): Locator {
    return this.page.getByTestId('audit-events-table');
  }

  get rows(): Locator {
    return this.table.getByTestId('audit-event-row');
  }

  get emptyResults(): Locator {
    return this.page.getByTestId('audit-results-empty');
  }

  get resultCount(): Locator {
    return this.page.getByTestId('audit-result-count');
  }

  get csvLink(): Locator {
    return this.page.getByTestId('audit-csv-link');
  }

  /** The refusal a user who is not an oversight monitor sees instead of the trail. */
  get forbidden(): Locator {
    return this.page.getByTestId('audit-forbidden');
  }

  /** The links from the person column to each person's access report. */
  get personLinks(): Locator {
    return this.table.getByTestId('audit-person-link');
  }

  /**
   * Waits until the search in the address has answered: its results (the results carry the search
   * they belong to, so an earlier search's table cannot pass for them), or a refusal.
   */
  async resultsShown(): Promise<void> {
    const search = new URL(this.page.url()).search.replace(/^\?/, '');
    await this.page
      .locator(`[data-testid="audit-results"][data-search="${search}"]`)
      .or(this.forbidden)
      .or(this.page.getByTestId('audit-load-failed'))
      .waitFor({ state: 'visible' });
  }

  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.resultsShown();
    return this;
  }

  /** Fills in the form, searches, and waits for the new address and its results. */
  async search(filters: TrailFilters): Promise<void> {
    const fill = async (testId: string, value: string | undefined) => {
      if (value !== undefined) await this.page.getByTestId(testId).fill(value);
    };
    await fill('audit-filter-personId', filters.personId);
    await fill('audit-filter-actorUserId', filters.userId);
    await fill('audit-filter-actorOrganisationId', filters.organisationId);
    await fill('audit-filter-from', filters.from);
    await fill('audit-filter-to', filters.to);
    if (filters.outcome !== undefined) {
      await this.page.getByTestId('audit-filter-outcome').selectOption(filters.outcome);
    }
    if (filters.actionLabels?.length) {
      const toggle = this.page.getByTestId('audit-filter-action');
      if ((await toggle.locator('xpath=..').getAttribute('open')) === null) await toggle.click();
      for (const label of filters.actionLabels) {
        await this.filters.getByRole('checkbox', { name: label, exact: true }).check();
      }
    }
    const before = this.page.url();
    await this.page.getByTestId('audit-search-submit').click();
    await this.page.waitForURL((url) => url.href !== before);
    await this.resultsShown();
  }
}

/** `/audit`: the oversight monitor's search of the trail. */
export class AuditSearchPage extends TrailListPage {
  static readonly path = '/audit';
  protected readonly pageTestId = 'page-audit-search';

  /** Opens the search, with a query string (`?personId=…`) if given. */
  static open(page: Page, query = ''): Promise<AuditSearchPage> {
    return visit(AuditSearchPage, page, `${AuditSearchPage.path}${query}`);
  }
}

/** `/audit/break-glass`: the break-glass openings with their reasons. */
export class BreakGlassPage extends TrailListPage {
  static readonly path = '/audit/break-glass';
  protected readonly pageTestId = 'page-audit-break-glass';

  static open(page: Page, query = ''): Promise<BreakGlassPage> {
    return visit(BreakGlassPage, page, `${BreakGlassPage.path}${query}`);
  }
}
