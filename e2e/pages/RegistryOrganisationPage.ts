import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/** What a decision of the prison service states, as the form asks it (names and words as shown). */
export interface AccreditationDecision {
  status: string;
  validFrom: string;
  validUntil: string;
  facilities: string[];
  interventionTypes: string[];
}

/** `/registry/organisations/:organisationId`: one organisation's registry record and its forms. */
export class RegistryOrganisationPage extends ShellPage {
  protected readonly pageTestId = 'page-registry-organisation';

  static pathFor(organisationId: string): string {
    return `/registry/organisations/${organisationId}`;
  }

  static open(page: Page, organisationId: string): Promise<RegistryOrganisationPage> {
    return visit(RegistryOrganisationPage, page, RegistryOrganisationPage.pathFor(organisationId));
  }

  get accreditationStatus(): Locator {
    return this.page.getByTestId('registry-accreditation-status');
  }

  get historyRows(): Locator {
    return this.page.getByTestId('registry-history-row');
  }

  /** The statuses of the decision history, newest first, as codes. */
  async historyStatuses(): Promise<(string | null)[]> {
    return Promise.all((await this.historyRows.all()).map((row) => row.getAttribute('data-status')));
  }

  get agreementRows(): Locator {
    return this.page.getByTestId('registry-agreement-row');
  }

  get decisionForm(): Locator {
    return this.page.getByTestId('registry-decision-form');
  }

  get agreementForm(): Locator {
    return this.page.getByTestId('registry-agreement-form');
  }

  get profileForm(): Locator {
    return this.page.getByTestId('registry-profile-form');
  }

  /** The sentence that answers the last change (a polite live region). */
  get outcome(): Locator {
    return this.page.getByTestId('registry-outcome');
  }

  /** The row of a practitioner of the organisation, by name. */
  practitioner(displayName: string): Locator {
    return this.page.getByTestId('registry-practitioner-row').filter({
      has: this.page.getByTestId('registry-practitioner-name').getByText(displayName, { exact: true }),
    });
  }

  /** Chooses the decision and what it states, ticking facilities and kinds by their words, and records it. */
  async decide(decision: AccreditationDecision): Promise<void> {
    const form = this.decisionForm;
    await form.getByTestId('registry-decision-status').selectOption({ label: decision.status });
    await form.getByTestId('registry-decision-valid-from').fill(decision.validFrom);
    await form.getByTestId('registry-decision-valid-until').fill(decision.validUntil);
    for (const name of decision.facilities) {
      await form.getByTestId('registry-decision-facilities').getByLabel(name, { exact: true }).check();
    }
    for (const words of decision.interventionTypes) {
      await form
        .getByTestId('registry-decision-intervention-types')
        .getByLabel(words, { exact: true })
        .check();
    }
    await form.getByTestId('registry-decision-submit').click();
  }

  async recordAgreement(agreement: { title: string; startsOn: string; endsOn: string; signedOn: string }) {
    const form = this.agreementForm;
    await form.getByTestId('registry-agreement-title-input').fill(agreement.title);
    await form.getByTestId('registry-agreement-starts-on').fill(agreement.startsOn);
    await form.getByTestId('registry-agreement-ends-on').fill(agreement.endsOn);
    await form.getByTestId('registry-agreement-signed-on').fill(agreement.signedOn);
    await form.getByTestId('registry-agreement-submit').click();
  }

  /** Waits until the outcome says `text`. */
  async waitForOutcome(text: string): Promise<void> {
    await this.outcome.filter({ hasText: text }).waitFor();
  }

  /** Waits until the record (or a refusal) has arrived. */
  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.page
      .getByTestId('registry-history-section')
      .or(this.page.getByTestId('registry-organisation-not-found'))
      .or(this.page.getByTestId('registry-organisation-forbidden'))
      .or(this.page.getByTestId('registry-organisation-load-failed'))
      .first()
      .waitFor();
    return this;
  }
}
