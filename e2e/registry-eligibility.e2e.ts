import { expect, test } from 'vitest';
import { EligibilityPage } from './pages/EligibilityPage.ts';
import { describeViolations, seriousAccessibilityViolations } from './support/accessibility.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { CATALOGUES } from './support/catalogues.ts';
import { signInThroughApi } from './support/demo-accounts.ts';
import { facilityIdOf, practitionerIdOf } from './support/registry-ids.ts';

// Accounts: gate.central (also in the audit trail's tests, signing in only) and coordinator.bridges.
// The demo registry (docs/registry.md): Omar Said eligible at the Central Prison, Yasmin Haddad's
// vetting expired.

const en = CATALOGUES.en.registry;
const BRIDGES = 'Bridges · Passerelles · جسور · Мосты';

describeInBrowser('the eligibility of a practitioner', () => {
  const session = useBrowserSession();

  test('the gate officer asks about Omar at the Central Prison and reads that he is eligible, and until when', async () => {
    await signInThroughApi(session.page, 'gate.central');
    const omar = await practitionerIdOf(session.page, BRIDGES, 'Omar Said');
    const page = await EligibilityPage.open(session.page, omar);

    await page.ask('Central Prison', en.interventionTypes.mentoring);

    expect(await page.verdict.textContent()).toBe(en.eligibility.eligible);
    expect(await page.answer.getByTestId('eligibility-until').textContent()).toMatch(/^Eligible until /);
    expect(new URL(session.page.url()).searchParams.get('interventionType')).toBe('mentoring');
  });

  test('the coordinator reads every reason why Yasmin may not work, in English and in Arabic, axe-clean', async () => {
    await signInThroughApi(session.page, 'coordinator.bridges');
    const yasmin = await practitionerIdOf(session.page, BRIDGES, 'Yasmin Haddad');
    const central = await facilityIdOf(session.page, 'Central Prison');
    const question = {
      facilityId: central,
      interventionType: 'family_engagement',
      accessTier: 'regular' as const,
    };
    const page = await EligibilityPage.open(session.page, yasmin, question);
    await page.answer.waitFor();

    expect(await page.verdict.textContent()).toBe(en.eligibility.notEligible);
    expect(await page.reasons.allTextContents()).toEqual([
      expect.stringMatching(/^The background check expired on /),
    ]);
    const violations = await seriousAccessibilityViolations(session.page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await page.switchLanguage('ar');
    await page.answer.waitFor();
    expect(await page.verdict.textContent()).toBe(CATALOGUES.ar.registry.eligibility.notEligible);
    expect(await session.page.locator('html').getAttribute('dir')).toBe('rtl');
    const arabic = await seriousAccessibilityViolations(session.page);
    expect(arabic, describeViolations(arabic)).toEqual([]);
  });

  test('a practitioner of another organisation is out of the coordinator’s sight: refused, nothing shown', async () => {
    await signInThroughApi(session.page, 'gate.central');
    const pablo = await practitionerIdOf(
      session.page,
      'Open Doors Youth Circle · Círculo Puertas Abiertas',
      'Pablo Ortega',
    );
    const central = await facilityIdOf(session.page, 'Central Prison');
    await signInThroughApi(session.page, 'coordinator.bridges');
    const page = await EligibilityPage.open(session.page, pablo, {
      facilityId: central,
      interventionType: 'sport',
      accessTier: 'regular',
    });

    await page.notFound.waitFor();
    expect(await page.answer.count()).toBe(0);
    expect(await session.page.getByText('Pablo Ortega').count()).toBe(0);
  });
});
