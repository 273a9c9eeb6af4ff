import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/**
 * The message Mantine shows under an input (`<id>-error`, which the input names in its
 * aria-describedby), or a locator that matches nothing while the field is not at fault.
 */
async function fieldError(page: Page, input: Locator): Promise<Locator> {
  const id = await input.getAttribute('id');
  return page.locator(`[id="${id}-error"]`);
}

/**
 * What the two screens share: the refusal anyone but an administrator sees, the message that
 * answers an action, and `verifyOnPage()` waiting until the list (or the refusal) has arrived, so
 * a test (or axe) looks at the page rather than at "Loading…".
 */
abstract class PlacesPage extends ShellPage {
  /** The list's name in its test ids: `<list>-table`, `<list>-empty`. */
  protected abstract readonly list: 'organisations' | 'facilities';

  get table(): Locator {
    return this.page.getByTestId(`${this.list}-table`);
  }

  /** The refusal shown instead of the list to anyone but an administrator. */
  get forbidden(): Locator {
    return this.page.getByTestId('places-forbidden');
  }

  /** The sentence that answers an addition or a change (a polite live region). */
  get outcome(): Locator {
    return this.page.getByTestId('places-outcome');
  }

  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.table
      .or(this.forbidden)
      .or(this.page.getByTestId('places-load-failed'))
      .or(this.page.getByTestId(`${this.list}-empty`))
      .first()
      .waitFor();
    return this;
  }

  /** Waits until the outcome says something containing `text`. */
  async waitForOutcome(text: string): Promise<string> {
    await this.outcome.filter({ hasText: text }).waitFor();
    return (await this.outcome.textContent()) ?? '';
  }
}

/** `/admin/organisations`: the organisations of the service, a filter by kind, rename, add. */
export class OrganisationsPage extends PlacesPage {
  static readonly path = '/admin/organisations';
  protected readonly pageTestId = 'page-organisations';
  protected readonly list = 'organisations';

  static open(page: Page, path = OrganisationsPage.path): Promise<OrganisationsPage> {
    return visit(OrganisationsPage, page, path);
  }

  get rows(): Locator {
    return this.table.getByTestId('organisation-row');
  }

  /** The row of the organisation with exactly this name. */
  row(name: string): Locator {
    return this.rows.filter({
      has: this.page.getByTestId('organisation-name').getByText(name, { exact: true }),
    });
  }

  get kindFilter(): Locator {
    return this.page.getByTestId('organisations-kind-filter');
  }

  get createForm(): Locator {
    return this.page.getByTestId('create-organisation-form');
  }

  /** Adds an organisation and waits until the page says it was added. */
  async create(kind: string, name: string): Promise<void> {
    await this.page.getByTestId('create-organisation-kind').selectOption(kind);
    await this.page.getByTestId('create-organisation-name').fill(name);
    await this.page.getByTestId('create-organisation-submit').click();
    await this.waitForOutcome(name);
  }

  /** Renames an organisation in its row and waits until the page says so. */
  async rename(name: string, newName: string): Promise<void> {
    await this.row(name).getByTestId('rename-organisation').click();
    const input = this.page.getByTestId('rename-organisation-name');
    await input.fill(newName);
    await this.page.getByTestId('rename-organisation-submit').click();
    await this.waitForOutcome(newName);
  }
}

/** A new facility as the form takes it; the prison service by its visible name, when there are several. */
export interface NewFacility {
  code: string;
  name: string;
  kind: 'men' | 'women' | 'juvenile' | 'mixed';
  /** Typed into the time zone search… */
  timeZoneSearch: string;
  /** …and this option chosen among what it found. */
  timeZone: string;
  capacity?: string;
  prisonService?: string;
}

/** `/admin/facilities`: the facilities of the service, change one, add one. */
export class FacilitiesPage extends PlacesPage {
  static readonly path = '/admin/facilities';
  protected readonly pageTestId = 'page-facilities';
  protected readonly list = 'facilities';

  static open(page: Page): Promise<FacilitiesPage> {
    return visit(FacilitiesPage, page, FacilitiesPage.path);
  }

  get rows(): Locator {
    return this.table.getByTestId('facility-row');
  }

  /** The row of one facility, by its code. */
  row(code: string): Locator {
    return this.table.locator(`[data-testid="facility-row"][data-code="${code}"]`);
  }

  get createForm(): Locator {
    return this.page.getByTestId('create-facility-form');
  }

  get createError(): Locator {
    return this.page.getByTestId('create-facility-error');
  }

  get codeInput(): Locator {
    return this.page.getByTestId('create-facility-code');
  }

  /** The message next to the code of the create form. */
  codeError(): Promise<Locator> {
    return fieldError(this.page, this.codeInput);
  }

  /** Opens a time zone select, types `search` and picks the option `zone`. */
  async chooseTimeZone(select: Locator, search: string, zone: string): Promise<void> {
    await select.click();
    await select.fill(search);
    await this.page.getByRole('option', { name: zone, exact: true }).click();
  }

  /** Fills the create form and sends it; the caller waits for the outcome it expects. */
  async submitNew(facility: NewFacility): Promise<void> {
    await this.codeInput.fill(facility.code);
    await this.page.getByTestId('create-facility-name').fill(facility.name);
    await this.page.getByTestId('create-facility-kind').selectOption(facility.kind);
    await this.chooseTimeZone(
      this.page.getByTestId('create-facility-time-zone'),
      facility.timeZoneSearch,
      facility.timeZone,
    );
    if (facility.capacity !== undefined) {
      await this.page.getByTestId('create-facility-capacity').fill(facility.capacity);
    }
    if (facility.prisonService !== undefined) {
      await this.page
        .getByTestId('create-facility-organisation')
        .selectOption({ label: facility.prisonService });
    }
    await this.page.getByTestId('create-facility-submit').click();
  }

  /** Adds a facility and waits until the page says it was added. */
  async create(facility: NewFacility): Promise<void> {
    await this.submitNew(facility);
    await this.waitForOutcome(facility.name);
  }

  /** Opens the change panel of one facility (by code). */
  async edit(code: string): Promise<Locator> {
    await this.row(code).getByTestId('edit-facility-open').click();
    const panel = this.page.getByTestId('edit-facility');
    await panel.waitFor();
    return panel;
  }

  /** Gives a facility a new name in its change panel and waits until the page says it was saved. */
  async rename(code: string, newName: string): Promise<void> {
    const panel = await this.edit(code);
    await panel.getByTestId('edit-facility-name').fill(newName);
    await panel.getByTestId('edit-facility-submit').click();
    await this.waitForOutcome(newName);
  }
}
