import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/** `/registry/training/:sessionId`: one session, its attendance, and the attendance form. */
export class TrainingSessionPage extends ShellPage {
  protected readonly pageTestId = 'page-training-session';

  /** The id of the newest session already held (the demo's have attendance), through the API. */
  static async newestHeldId(page: Page): Promise<string> {
    const response = await page.request.get('/api/v1/registry/training-sessions');
    if (!response.ok()) throw new Error(`the sessions answered ${response.status()}`);
    const today = new Date().toISOString().slice(0, 10);
    const { items } = (await response.json()) as { items: { id: string; heldOn: string }[] };
    const held = items.find((item) => item.heldOn < today);
    if (!held) throw new Error('no training session has been held yet');
    return held.id;
  }

  static open(page: Page, sessionId: string): Promise<TrainingSessionPage> {
    return visit(TrainingSessionPage, page, `/registry/training/${sessionId}`);
  }

  get attendance(): Locator {
    return this.page.getByTestId('training-attendance-table');
  }

  /** The attendance row of one participant, by their id. */
  attendanceOf(participantId: string): Locator {
    return this.page.locator(
      `[data-testid="training-attendance-row"][data-participant-id="${participantId}"]`,
    );
  }

  /** Marks one practitioner of an organisation (both by name) with an outcome (its words), and saves. */
  async record(organisationName: string, displayName: string, outcomeLabel: string): Promise<void> {
    await this.page.getByTestId('training-attendance-organisation').selectOption({ label: organisationName });
    const row = this.page
      .getByTestId('training-attendance-candidate')
      .filter({ has: this.page.getByText(displayName, { exact: true }) });
    await row.getByTestId('training-attendance-mark').selectOption({ label: outcomeLabel });
    await this.page.getByTestId('training-attendance-submit').click();
    await this.page.getByTestId('training-attendance-done').waitFor({ state: 'visible' });
  }

  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.page.getByTestId('training-session-facts').waitFor({ state: 'visible' });
    return this;
  }
}
