import type { Locator, Page } from 'playwright-core';
import { ShellPage, visit } from './ShellPage.ts';

/** `/registry/courses`: the course catalogue and the requirements of each facility per tier. */
export class TrainingCoursesPage extends ShellPage {
  static readonly path = '/registry/courses';
  protected readonly pageTestId = 'page-training-courses';

  static open(page: Page): Promise<TrainingCoursesPage> {
    return visit(TrainingCoursesPage, page, TrainingCoursesPage.path);
  }

  get table(): Locator {
    return this.page.getByTestId('training-courses-table');
  }

  /** The row of the course with this code. */
  row(code: string): Locator {
    return this.page.locator(`[data-testid="training-course-row"][data-course-code="${code}"]`);
  }

  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage();
    await this.table.waitFor({ state: 'visible' });
    return this;
  }
}
