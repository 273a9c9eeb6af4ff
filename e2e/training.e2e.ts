import { expect, test } from 'vitest';
import { EligibilityPage } from './pages/EligibilityPage.ts';
import { TrainingCoursesPage } from './pages/TrainingCoursesPage.ts';
import { TrainingSessionPage } from './pages/TrainingSessionPage.ts';
import { TrainingSessionsPage } from './pages/TrainingSessionsPage.ts';
import { describeViolations, seriousAccessibilityViolations } from './support/accessibility.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { CATALOGUES } from './support/catalogues.ts';
import { signInThroughApi } from './support/demo-accounts.ts';
import { practitionerIdOf } from './support/registry-ids.ts';

// Account: security.central. The demo registry (docs/registry.md): Dmitri Volkov (Bridges) lacks
// the data-protection course the Central Prison requires of regular practitioners; once a session
// of it records him as completed, the eligibility answer no longer gives that reason.

const en = CATALOGUES.en;
const BRIDGES = 'Bridges · Passerelles · جسور · Мосты';
// Yesterday in UTC: a day already come at every facility, whatever its time zone.
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

describeInBrowser('training', () => {
  const session = useBrowserSession();

  test('the security officer trains Dmitri in data protection, and he becomes eligible at the Central Prison', async () => {
    await signInThroughApi(session.page, 'security.central');
    const dmitri = await practitionerIdOf(session.page, BRIDGES, 'Dmitri Volkov');

    const before = await EligibilityPage.open(session.page, dmitri);
    await before.ask('Central Prison', en.registry.interventionTypes.education);
    expect(await before.verdict.textContent()).toBe(en.registry.eligibility.notEligible);

    const sessions = await TrainingSessionsPage.open(session.page);
    await sessions.plan({
      courseLabel: en.training.courses.dataProtection,
      heldOn: yesterday,
      place: 'Central Prison, training room 1',
      trainerName: 'Inès Moreau',
      facilityName: 'Central Prison',
    });
    const page = await new TrainingSessionPage(session.page).verifyOnPage();
    await page.record(BRIDGES, 'Dmitri Volkov', en.training.outcomes.completed);
    const row = page.attendanceOf(dmitri);
    expect(await row.getByTestId('training-attendance-outcome').textContent()).toBe(
      en.training.outcomes.completed,
    );
    expect(await row.getByTestId('training-attendance-certificate').textContent()).toMatch(
      /^Issued, valid until /,
    );
    const violations = await seriousAccessibilityViolations(session.page);
    expect(violations, describeViolations(violations)).toEqual([]);

    const after = await EligibilityPage.open(session.page, dmitri);
    await after.ask('Central Prison', en.registry.interventionTypes.education);
    expect(await after.verdict.textContent()).toBe(en.registry.eligibility.eligible);
  });

  test('the catalogue shows the standard courses in words and who requires them', async () => {
    await signInThroughApi(session.page, 'security.central');
    const page = await TrainingCoursesPage.open(session.page);
    expect(await page.row('data_protection').getByTestId('training-course-name').textContent()).toBe(
      en.training.courses.dataProtection,
    );
    expect(
      await page.row('data_protection').getByTestId('training-course-required-by').textContent(),
    ).toContain('Central Prison');
  });
});
