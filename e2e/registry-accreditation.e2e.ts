import { expect, test } from 'vitest';
import { EligibilityPage } from './pages/EligibilityPage.ts';
import { RegistryDirectoryPage } from './pages/RegistryDirectoryPage.ts';
import { RegistryOrganisationPage } from './pages/RegistryOrganisationPage.ts';
import { RegistryPractitionerPage } from './pages/RegistryPractitionerPage.ts';
import { describeViolations, seriousAccessibilityViolations } from './support/accessibility.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { CATALOGUES, formatMessage, isolated } from './support/catalogues.ts';
import { signInThroughApi } from './support/demo-accounts.ts';
import { organisationIdOf, practitionerIdOf } from './support/registry-ids.ts';

// The demo registry (docs/registry.md): Open Doors Youth Circle has applied and is under review; its
// practitioner Pablo Ortega is never vetted, has signed nothing and holds no certificate. The Central
// Prison asks regular practitioners for the security induction and data protection courses, and the
// code of conduct (version 2) and the confidentiality agreement (version 1) are in force.
// Its due diligence has two of the five checks done (registration, references).
// Accounts: coordinator.pending, security.central, director.central — nothing else changes Open Doors,
// and the page tour (shell-pages.ts) reads Bridges and Yasmin Haddad only.

const en = CATALOGUES.en.registry;
const reviewWords = CATALOGUES.en.registryReview;
const trainingWords = CATALOGUES.en.training;
const OPEN_DOORS = 'Open Doors Youth Circle · Círculo Puertas Abiertas';

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

    // The security officer completes due diligence: the five checks, each with what was looked at.
    await signInThroughApi(page, 'security.central');
    const review = await RegistryOrganisationPage.open(page, organisationId);
    await review.dueDiligenceRows.first().waitFor();
    expect((await review.dueDiligenceResults()).sanctions_screened).toBe('not_checked');
    const checks = [
      ['registrationVerified', 'Register extract MER-ASSOC-2024-1187, in force.'],
      ['referencesChecked', 'Two references: the Youth Sports League and the town hall.'],
      ['humanRightsCommitment', 'Commitment signed by the board chair.'],
      ['fundingDeclared', 'Accounts of 2025 and the list of donors.'],
      ['sanctionsScreened', 'National and UN consolidated lists (fictional): no match.'],
    ] as const;
    for (const [kind, evidence] of checks) {
      await review.recordCheck({
        kind: reviewWords.kinds[kind],
        result: reviewWords.results.satisfied,
        checkedOn: day(0),
        evidence,
      });
      await review.waitForCheckOutcome(`${reviewWords.kinds[kind]} — ${reviewWords.results.satisfied}`);
    }
    expect(new Set(Object.values(await review.dueDiligenceResults()))).toEqual(new Set(['satisfied']));
    expect(await page.getByTestId('review-due-diligence-progress').getAttribute('data-complete')).toBe(
      'true',
    );
    // Recording agreements is the director's.
    expect(await review.agreementForm.count()).toBe(0);

    // The director ends the review: accredited for the Central Prison and sport, with the agreement
    // the accreditation requires.
    await signInThroughApi(page, 'director.central');
    const direction = await RegistryOrganisationPage.open(page, organisationId);
    await direction.decide({
      status: en.accreditationStatuses.accredited,
      validFrom: day(-1),
      validUntil: day(364),
      facilities: ['Central Prison'],
      interventionTypes: [en.interventionTypes.sport],
    });
    await direction.waitForOutcome(
      formatMessage('en', (messages) => messages.registry.decisionForm.decided, {
        status: en.accreditationStatuses.accredited,
      }),
    );
    expect(await direction.accreditationStatus.textContent()).toBe(en.accreditationStatuses.accredited);
    expect(await page.getByTestId('registry-accreditation-facilities').textContent()).toBe('Central Prison');
    expect(await direction.historyRows.first().getAttribute('data-status')).toBe('accredited');
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

    // The security officer records a cleared background check and certificates of the two courses
    // the Central Prison requires, chosen from the course catalogue.
    await signInThroughApi(page, 'security.central');
    const standing = await RegistryPractitionerPage.open(page, pabloId);
    await standing.recordVetting(en.vettingOutcomes.cleared, en.vettingLevels.enhanced, day(0));
    await expect.poll(() => standing.vettingRows.count()).toBe(1);
    expect(await standing.vettingRows.first().getAttribute('data-outcome')).toBe('cleared');
    for (const course of [trainingWords.courses.securityInduction, trainingWords.courses.dataProtection]) {
      const before = await standing.certificateRows.count();
      await standing.recordCertificate(course, day(-1));
      await expect.poll(() => standing.certificateRows.count()).toBe(before + 1);
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
