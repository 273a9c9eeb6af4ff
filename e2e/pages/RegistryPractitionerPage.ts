import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/** `/registry/practitioners/:practitionerId`: one practitioner's standing and its forms. */
export class RegistryPractitionerPage extends ShellPage {
  protected readonly pageTestId = 'page-registry-practitioner';

  static pathFor(practitionerId: string): string {
    return `/registry/practitioners/${practitionerId}`;
  }

  static open(page: Page, practitionerId: string): Promise<RegistryPractitionerPage> {
    return visit(RegistryPractitionerPage, page, RegistryPractitionerPage.pathFor(practitionerId));
  }

  get vettingRows(): Locator {
    return this.page.getByTestId('registry-vetting-row');
  }

  /** The last day of the clearance that holds, with its marker once expired or near. */
  get vettingExpiry(): Locator {
    return this.page.getByTestId('registry-vetting-expiry');
  }

  get signatureRows(): Locator {
    return this.page.getByTestId('registry-signature-row');
  }

  get certificateRows(): Locator {
    return this.page.getByTestId('registry-certificate-row');
  }

  /** The course codes of the certificates listed, sorted. */
  async certificateCourses(): Promise<string[]> {
    const codes = await Promise.all(
      (await this.certificateRows.all()).map((row) => row.getAttribute('data-course')),
    );
    return codes.map((code) => code ?? '').sort();
  }

  get eligibilityLink(): Locator {
    return this.page.getByTestId('registry-practitioner-eligibility-link');
  }

  get outcome(): Locator {
    return this.page.getByTestId('registry-outcome');
  }

  /** Records a signature of a document (chosen by its words) in a version, on a day. */
  async recordSignature(documentLabel: string, version: string, signedOn: string): Promise<void> {
    const form = this.page.getByTestId('registry-signature-form');
    await form.getByTestId('registry-signature-document').selectOption({ label: documentLabel });
    await form.getByTestId('registry-signature-version').fill(version);
    await form.getByTestId('registry-signature-signed-on').fill(signedOn);
    await form.getByTestId('registry-signature-submit').click();
  }

  /** Records a background check: outcome and depth by their words, the day it was done. */
  async recordVetting(outcomeLabel: string, levelLabel: string, checkedOn: string): Promise<void> {
    const form = this.page.getByTestId('registry-vetting-form');
    await form.getByTestId('registry-vetting-outcome').selectOption({ label: outcomeLabel });
    await form.getByTestId('registry-vetting-level').selectOption({ label: levelLabel });
    await form.getByTestId('registry-vetting-checked-on').fill(checkedOn);
    await form.getByTestId('registry-vetting-submit').click();
  }

  /** Records a certificate of a course of the catalogue (chosen by its words), issued on a day. */
  async recordCertificate(courseLabel: string, issuedOn: string): Promise<void> {
    const form = this.page.getByTestId('registry-certificate-form');
    await form.getByTestId('registry-certificate-course').selectOption({ label: courseLabel });
    await form.getByTestId('registry-certificate-issued-on').fill(issuedOn);
    await form.getByTestId('registry-certificate-submit').click();
  }

  async waitForOutcome(text: string): Promise<void> {
    await this.outcome.filter({ hasText: text }).waitFor();
  }

  /** Waits until the standing (or a refusal) has arrived. */
  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.page
      .getByTestId('registry-details-section')
      .or(this.page.getByTestId('registry-practitioner-not-found'))
      .or(this.page.getByTestId('registry-practitioner-forbidden'))
      .or(this.page.getByTestId('registry-practitioner-load-failed'))
      .first()
      .waitFor();
    return this;
  }
}
