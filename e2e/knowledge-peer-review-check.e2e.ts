import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { type Entry, KNOWLEDGE_PATHS, type ProposeEntryRequest } from '../src/contracts/knowledge.ts';
import { LibraryReviewEntryPage } from './pages/LibraryReviewPage.ts';
import { describeViolations, seriousAccessibilityViolations } from './support/accessibility.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { CATALOGUES } from './support/catalogues.ts';
import { signInThroughApi } from './support/demo-accounts.ts';

// A peer review recorded on a published entry is public at once, so its conclusion passes the
// personal-data check: the editor sees what was found and where, in English and in Arabic (right to
// left, axe-clean), and the review is recorded only once they confirm.

const CONCLUSION =
  'The panel met prisoner No. 5532-19, who led most of the sessions, and found the design sound.';

async function expectNoSeriousViolations(page: Page) {
  const violations = await seriousAccessibilityViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** Sends `data` as the signed-in user and answers the entry. */
async function send(page: Page, csrfToken: string, path: string, data: object, status: number) {
  const response = await page.request.post(path, { data, headers: { 'x-csrf-token': csrfToken } });
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as Entry;
}

describeInBrowser('the personal-data check on a peer review', () => {
  const session = useBrowserSession();

  test('the editor sees the warning on a published entry’s peer review, in English and Arabic, and confirms it', async () => {
    const { page } = session;
    const proposal: ProposeEntryRequest = {
      kind: 'good_practice',
      language: 'en',
      themes: ['family_involvement'],
      text: {
        title: 'Family afternoons reviewed by a panel',
        summary: 'Monthly afternoons for families and people in custody, with an outside review.',
        approach: 'One afternoon a month, prepared with the families and led by two trained officers.',
        results: 'Forty families take part each month; incidents during visits halved over a year.',
      },
    };
    const contributor = await signInThroughApi(page, 'coordinator.bridges');
    const proposed = await send(page, contributor.csrfToken, KNOWLEDGE_PATHS.entries, proposal, 201);
    await send(page, contributor.csrfToken, KNOWLEDGE_PATHS.submit(proposed.id), { version: 1 }, 200);
    const editor = await signInThroughApi(page, 'editor');
    const inReview = (await page.request
      .get(KNOWLEDGE_PATHS.entry(proposed.id))
      .then((r) => r.json())) as Entry;
    await send(
      page,
      editor.csrfToken,
      KNOWLEDGE_PATHS.publication(proposed.id),
      { version: inReview.version, level: 'inspiring', visibility: 'public', acknowledgeWarnings: true },
      200,
    );

    const review = await LibraryReviewEntryPage.open(page, proposed.id);
    const form = page.getByTestId('review-peer-review-form');
    await form.getByTestId('review-peer-reviewer-name-input').fill('Dr Lena Okafor');
    await form.getByTestId('review-peer-affiliation-input').fill('Independent evaluation panel');
    await form.getByTestId('review-peer-reviewed-on-input').fill('2026-10-01');
    await form.getByTestId('review-peer-conclusion-input').fill(CONCLUSION);
    await form.getByTestId('review-peer-review-submit').click();

    const warning = form.getByTestId('personal-data-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain(
      CATALOGUES.en.knowledgeContribute.warnings.fields.peerReviews,
    );
    expect(await warning.textContent()).toContain('No. 5532-19');
    expect(await page.getByTestId('review-peer-review').count()).toBe(0);
    await expectNoSeriousViolations(page);

    await review.switchLanguage('ar');
    expect(await review.root.getAttribute('dir')).toBe('rtl');
    await warning
      .filter({ hasText: CATALOGUES.ar.knowledgeContribute.warnings.fields.peerReviews })
      .waitFor();
    await expectNoSeriousViolations(page);

    await form.getByTestId('review-peer-review-confirm').check();
    await form.getByTestId('review-peer-review-submit').click();
    await page.getByTestId('review-peer-review').filter({ hasText: 'Dr Lena Okafor' }).waitFor();
    expect(await form.getByTestId('personal-data-warning').count()).toBe(0);
    // Chromium logs the 409 that carried the warning as a failed load; nothing else went wrong.
    expect(session.problems.all()).toEqual([expect.stringMatching(/status of 409 .*\/peer-reviews\)$/)]);
  });
});
