import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/** A question of eligibility as the page's address holds it. */
export interface EligibilityQuestion {
  facilityId: string;
  interventionType: string;
  accessTier: 'regular' | 'occasional';
  on?: string;
}

/** `/registry/practitioners/:practitionerId/eligibility`: may this practitioner work here? */
export class EligibilityPage extends ShellPage {
  protected readonly pageTestId = 'page-eligibility';

  static pathFor(practitionerId: string, question?: EligibilityQuestion): string {
    const path = `/registry/practitioners/${practitionerId}/eligibility`;
    if (!question) return path;
    const { on, ...rest } = question;
    return `${path}?${new URLSearchParams({ ...rest, ...(on ? { on } : {}) })}`;
  }

  static open(page: Page, practitionerId: string, question?: EligibilityQuestion): Promise<EligibilityPage> {
    return visit(EligibilityPage, page, EligibilityPage.pathFor(practitionerId, question));
  }

  get form(): Locator {
    return this.page.getByTestId('eligibility-form');
  }

  get answer(): Locator {
    return this.page.getByTestId('eligibility-answer');
  }

  get verdict(): Locator {
    return this.page.getByTestId('eligibility-verdict');
  }

  get reasons(): Locator {
    return this.page.getByTestId('eligibility-reasons').getByRole('listitem');
  }

  get notFound(): Locator {
    return this.page.getByTestId('eligibility-not-found');
  }

  /** Chooses the facility (by name) and the kind of intervention (by its words), then asks. */
  async ask(facilityName: string, interventionLabel: string): Promise<void> {
    await this.page.getByTestId('eligibility-facility').selectOption({ label: facilityName });
    await this.page.getByTestId('eligibility-intervention-type').selectOption({ label: interventionLabel });
    await this.page.getByTestId('eligibility-ask').click();
    await this.answer.or(this.notFound).waitFor({ state: 'visible' });
  }

  /** Waits for the form (or a refusal) once the facilities have loaded; both may show at once. */
  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.form.or(this.notFound).first().waitFor({ state: 'visible' });
    return this;
  }
}
