import { expect, test } from 'vitest';
import { EligibilityPage } from './pages/EligibilityPage.ts';
import { RegistryDirectoryPage } from './pages/RegistryDirectoryPage.ts';
import { RegistryOrganisationPage } from './pages/RegistryOrganisationPage.ts';
import { RegistryPractitionerPage } from './pages/RegistryPractitionerPage.ts';
import { describeViolations, seriousAccessibilityViolations } from './support/accessibility.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { CATALOGUES, formatMessage, isolated } from './support/catalogues.ts';
import { signInThroughApi } from './support/demo-accounts.ts';
import { courseIdsFrom, organisationIdOf, practitionerIdOf } from './support/registry-ids.ts';

// The demo registry (docs/registry.md): Open Doors Youth Circle has applied and is under review; its
// practitioner Pablo Ortega is never vetted, has signed nothing and holds no certificate. The Central
// Prison asks regular practitioners for the security induction and data protection courses, and the
// code of conduct (version 2) and the confidentiality agreement (version 1) are in force.
// Accounts: coordinator.pending, security.central, director.central — nothing else changes Open Doors,
// and the page tour (shell-pages.ts) reads Bridges and Yasmin Haddad only.

const en = CATALOGUES.en.registry;
const OPEN_DOORS = 'Open Doors Youth Circle · Círculo Puertas Abiertas';
const BRIDGES = 'Bridges · Passerelles · جسور · Мосты';

/** The calendar day `offset` days from today in UTC, as a date field takes it (YYYY-MM-DD). */
function day(offset: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

describeInBrowser('the civil society registry', () => {
  const session = useBrowserSession();

  test('an application under review is accredited; its practitioner signs, is vetted and trained, and becomes eligible', async () => {
    const { page } = session;

    // The coordinator sees their own organisation only, its application under review.
    await signInThroughApi(page, 'coordinator.pending');
    const directory = await RegistryDirectoryPage.open(page);
    expect(await directory.rows.count()).toBe(1);
    expect(await directory.status(OPEN_DOORS).textContent()).toBe(en.accreditationStatuses.underReview);
    await directory.openOrganisation(OPEN_DOORS);
    const own = await new RegistryOrganisationPage(page).verifyOnPage();
    expect(await own.historyStatuses()).toEqual(['under_review', 'applied']);
    expect(await own.profileForm.count()).toBe(1);
    expect(await own.decisionForm.count()).toBe(0);
    await own.practitioner('Pablo Ortega').waitFor();
    const organisationId = await organisationIdOf(page, OPEN_DOORS);
    const pabloId = await practitionerIdOf(page, OPEN_DOORS, 'Pablo Ortega');

    // The security officer ends the review: accredited for the Central Prison and sport.
    await signInThroughApi(page, 'security.central');
    const review = await RegistryOrganisationPage.open(page, organisationId);
    await review.decide({
      status: en.accreditationStatuses.accredited,
      validFrom: day(-1),
      validUntil: day(364),
      facilities: ['Central Prison'],
      interventionTypes: [en.interventionTypes.sport],
    });
    await review.waitForOutcome(
      formatMessage('en', (messages) => messages.registry.decisionForm.decided, {
        status: en.accreditationStatuses.accredited,
      }),
    );
    expect(await review.accreditationStatus.textContent()).toBe(en.accreditationStatuses.accredited);
    expect(await page.getByTestId('registry-accreditation-facilities').textContent()).toBe('Central Prison');
    expect(await review.historyRows.first().getAttribute('data-status')).toBe('accredited');
    // Recording agreements is the director's.
    expect(await review.agreementForm.count()).toBe(0);

    // The director records the agreement the accreditation requires.
    await signInThroughApi(page, 'director.central');
    const direction = await RegistryOrganisationPage.open(page, organisationId);
    await direction.recordAgreement({
      title: 'Memorandum of understanding on youth sport',
      startsOn: day(-1),
      endsOn: day(364),
      signedOn: day(-1),
    });
    await direction.agreementRows.first().waitFor();
    expect(await direction.agreementRows.count()).toBe(1);

    // The coordinator records that Pablo signed the code of conduct and the confidentiality agreement.
    await signInThroughApi(page, 'coordinator.pending');
    const paperwork = await RegistryPractitionerPage.open(page, pabloId);
    await paperwork.recordSignature(en.signedDocuments.codeOfConduct, '2', day(0));
    await paperwork.waitForOutcome(`${isolated('Pablo Ortega')} has signed`);
    await paperwork.recordSignature(en.signedDocuments.confidentiality, '1', day(0));
    await expect.poll(() => paperwork.signatureRows.count()).toBe(2);
    // The organisation neither vets nor certifies.
    expect(await page.getByTestId('registry-vetting-form').count()).toBe(0);

    // The security officer records a cleared background check and the two courses the Central
    // Prison requires. The certificate form offers only courses already certified for the person
    // (the API has no course catalogue yet), so Pablo's first certificates go through the API, with
    // the course ids read from Omar Said's standing.
    const officer = await signInThroughApi(page, 'security.central');
    const standing = await RegistryPractitionerPage.open(page, pabloId);
    await standing.recordVetting(en.vettingOutcomes.cleared, en.vettingLevels.enhanced, day(0));
    await expect.poll(() => standing.vettingRows.count()).toBe(1);
    expect(await standing.vettingRows.first().getAttribute('data-outcome')).toBe('cleared');
    expect(await page.getByTestId('registry-certificate-no-courses').isVisible()).toBe(true);
    const courses = await courseIdsFrom(page, await practitionerIdOf(page, BRIDGES, 'Omar Said'));
    for (const code of ['security_induction', 'data_protection']) {
      const response = await page.request.post(`/api/v1/registry/practitioners/${pabloId}/certificates`, {
        data: { courseId: courses.get(code), issuedOn: day(-1) },
        headers: { 'x-csrf-token': officer.csrfToken },
      });
      expect(response.ok(), `certificate ${code}: ${response.status()}`).toBe(true);
    }
    await standing.reload();
    expect(await standing.certificateCourses()).toEqual(['data_protection', 'security_induction']);
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // Pablo may now coach sport at the Central Prison.
    await standing.eligibilityLink.click();
    const eligibility = await new EligibilityPage(page).verifyOnPage();
    await eligibility.ask('Central Prison', en.interventionTypes.sport);
    expect(await eligibility.verdict.textContent()).toBe(en.eligibility.eligible);
    expect(await eligibility.reasons.count()).toBe(0);
  });
});
