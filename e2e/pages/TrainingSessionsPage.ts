import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/** A session as the form takes it; the course and facility by the words the form shows. */
export interface PlannedSession {
  courseLabel: string;
  heldOn: string;
  place: string;
  trainerName: string;
  facilityName?: string;
}

/** `/registry/training`: the training sessions, newest first, and the form to plan one. */
export class TrainingSessionsPage extends ShellPage {
  static readonly path = '/registry/training';
  protected readonly pageTestId = 'page-training-sessions';

  static open(page: Page): Promise<TrainingSessionsPage> {
    return visit(TrainingSessionsPage, page, TrainingSessionsPage.path);
  }

  get table(): Locator {
    return this.page.getByTestId('training-sessions-table');
  }

  get form(): Locator {
    return this.page.getByTestId('training-session-form');
  }

  /** Fills in and sends the form; the session's own page opens once it is saved. */
  async plan(session: PlannedSession): Promise<void> {
    await this.page.getByTestId('training-session-course').selectOption({ label: session.courseLabel });
    await this.page.getByTestId('training-session-held-on').fill(session.heldOn);
    await this.page.getByTestId('training-session-place').fill(session.place);
    await this.page.getByTestId('training-session-trainer').fill(session.trainerName);
    if (session.facilityName) {
      await this.page.getByTestId('training-session-facility').selectOption({ label: session.facilityName });
    }
    await this.page.getByTestId('training-session-submit').click();
    await this.page.getByTestId('page-training-session').waitFor({ state: 'visible' });
  }

  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.table.or(this.page.getByTestId('training-sessions-empty')).waitFor({ state: 'visible' });
    return this;
  }
}
