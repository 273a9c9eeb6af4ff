import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/** `/account/second-factor`: set up, look at and remove one's second factor (TOTP). */
export class SecondFactorPage extends ShellPage {
  static readonly path = '/account/second-factor';
  protected readonly pageTestId = 'page-second-factor';

  static open(page: Page): Promise<SecondFactorPage> {
    return visit(SecondFactorPage, page, SecondFactorPage.path);
  }

  get startButton(): Locator {
    return this.page.getByTestId('enrolment-start');
  }

  get qrCode(): Locator {
    return this.page.getByTestId('enrolment-qr');
  }

  get secret(): Locator {
    return this.page.getByTestId('enrolment-secret');
  }

  get codeInput(): Locator {
    return this.page.getByTestId('enrolment-code');
  }

  get confirmButton(): Locator {
    return this.page.getByTestId('enrolment-confirm');
  }

  get recoveryCodes(): Locator {
    return this.page.getByTestId('recovery-codes').getByRole('listitem');
  }

  get status(): Locator {
    return this.page.getByTestId('second-factor-status');
  }

  get codesLeft(): Locator {
    return this.page.getByTestId('recovery-codes-left');
  }

  /** The base32 secret as the server sent it (the page shows it in groups of four). */
  async secretValue(): Promise<string> {
    const secret = await this.secret.getAttribute('data-secret');
    if (!secret) throw new Error('the enrolment page shows no secret');
    return secret;
  }

  /** Ticks "I have stored them" and goes on. */
  async codesStored(): Promise<void> {
    await this.page.getByTestId('recovery-codes-stored').check();
    await this.page.getByTestId('recovery-codes-done').click();
  }
}
