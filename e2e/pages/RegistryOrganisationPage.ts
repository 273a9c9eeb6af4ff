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

  /** The due diligence checks, one row per kind, with `data-kind` and `data-result`. */
  get dueDiligenceRows(): Locator {
    return this.page.getByTestId('review-checklist-row');
  }

  /** The results of the due diligence checks, by kind (`not_checked` for none yet). */
  async dueDiligenceResults(): Promise<Record<string, string | null>> {
    const rows = await this.dueDiligenceRows.all();
    const entries = await Promise.all(
      rows.map(async (row) => [await row.getAttribute('data-kind'), await row.getAttribute('data-result')]),
    );
    return Object.fromEntries(entries);
  }

  get checkForm(): Locator {
    return this.page.getByTestId('review-check-form');
  }

  /** Records one due diligence check, choosing the check and its result by their words. */
  async recordCheck(check: { kind: string; result: string; checkedOn: string; evidence: string }) {
    const form = this.checkForm;
    await form.getByTestId('review-check-kind').selectOption({ label: check.kind });
    await form.getByTestId('review-check-result').selectOption({ label: check.result });
    await form.getByTestId('review-check-checked-on').fill(check.checkedOn);
    await form.getByTestId('review-check-evidence').fill(check.evidence);
    await form.getByTestId('review-check-submit').click();
  }

  /** Waits until the due diligence outcome says `text`. */
  async waitForCheckOutcome(text: string): Promise<void> {
    await this.page.getByTestId('review-check-outcome').filter({ hasText: text }).waitFor();
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

  // The coordinator's workspace: what expires soon, adding a practitioner, the documents.

  get expiringSection(): Locator {
    return this.page.getByTestId('registry-expiring-section');
  }

  /** The rows of "What expires soon" about one subject (a practitioner, by name). */
  expiringRows(subjectName: string): Locator {
    return this.page.getByTestId('registry-expiring-row').filter({ hasText: subjectName });
  }

  /** Adds a practitioner: name, role, access and gender by their words, languages as codes. */
  async addPractitioner(practitioner: {
    displayName: string;
    roleTitle: string;
    accessTier: string;
    gender: string;
    languages: string;
  }): Promise<void> {
    const form = this.page.getByTestId('registry-add-practitioner-form');
    await form.getByTestId('registry-add-practitioner-name').fill(practitioner.displayName);
    await form.getByTestId('registry-add-practitioner-role').fill(practitioner.roleTitle);
    await form.getByTestId('registry-add-practitioner-tier').selectOption({ label: practitioner.accessTier });
    await form.getByTestId('registry-add-practitioner-gender').selectOption({ label: practitioner.gender });
    await form.getByTestId('registry-add-practitioner-languages').fill(practitioner.languages);
    await form.getByTestId('registry-add-practitioner-submit').click();
  }

  get documentRows(): Locator {
    return this.page.getByTestId('registry-document-row');
  }

  get uploadFileInput(): Locator {
    return this.page.getByTestId('registry-document-upload-file');
  }

  /** Uploads a file (made in the test) as a document of the kind given by its words. */
  async uploadDocument(kind: string, file: { name: string; mimeType: string; buffer: Buffer }) {
    const form = this.page.getByTestId('registry-document-upload-form');
    await form.getByTestId('registry-document-upload-kind').selectOption({ label: kind });
    await this.uploadFileInput.setInputFiles(file);
    await form.getByTestId('registry-document-upload-submit').click();
  }

  /** The message under the file field, once there is one. */
  async uploadFileError(): Promise<string> {
    const input = this.uploadFileInput;
    await input.and(this.page.locator('[aria-invalid="true"]')).waitFor();
    const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error')) ?? '';
    return (await this.page.locator(`[id="${errorId}"]`).textContent()) ?? '';
  }
}
