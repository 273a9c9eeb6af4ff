import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { LibraryContributePage, LibraryEditPage } from './pages/LibraryContributePage.ts';
import { LibraryMinePage } from './pages/LibraryMinePage.ts';
import { LibraryReviewEntryPage, LibraryReviewQueuePage } from './pages/LibraryReviewPage.ts';
import { LibrarySearchPage } from './pages/LibrarySearchPage.ts';
import { LibraryTranslatePage } from './pages/LibraryTranslatePage.ts';
import { describeViolations, seriousAccessibilityViolations } from './support/accessibility.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { CATALOGUES } from './support/catalogues.ts';
import { signInThroughApi } from './support/demo-accounts.ts';

// The knowledge hub's "Done when" journey through the screens, on the shared demo server: a CSO
// coordinator proposes a practice in French, the editor asks for a change, the coordinator amends,
// the editor publishes it for everyone as inspiring; signed out, a Spanish search on its theme finds
// it; after an Arabic translation, an Arabic search finds it too. Every run writes words no other
// entry holds (a random suffix), so the searches find this run's entry whatever else the server has.

const LATIN = 'bcdfghjklmnpqrstvwxz';
const ARABIC = 'بتثجحخدذرزسشصضطظعغفقكلمنه';

async function expectNoSeriousViolations(page: Page) {
  const violations = await seriousAccessibilityViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

function randomWord(letters: string, length: number): string {
  return Array.from({ length }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
}

describeInBrowser('the knowledge workflow', () => {
  const session = useBrowserSession();

  test('proposed in French, sent back, amended, published, and found in Spanish and in Arabic', async () => {
    const { page } = session;
    const word = `velor${randomWord(LATIN, 7)}`;
    const arabicWord = `سند${randomWord(ARABIC, 6)}`;
    const title = `Journées des familles ${word}`;

    // The coordinator, reading French, proposes the practice on family involvement and submits it.
    await signInThroughApi(page, 'coordinator.bridges');
    await (await LibraryMinePage.open(page)).switchLanguage('fr');
    const contribute = await LibraryContributePage.open(page);
    expect(await contribute.input('language').inputValue()).toBe('fr');
    await contribute.fill({
      title,
      summary: `Des après-midi mensuels réunissent familles et personnes détenues (${word}).`,
      approach: 'Un après-midi par mois, préparé avec les familles et encadré par deux agents formés.',
      results: 'Quarante familles participent chaque mois ; les incidents lors des visites ont diminué.',
      themes: ['family_involvement'],
    });
    const { id, edit } = await contribute.saveDraft();
    await expectNoSeriousViolations(page);
    await edit.submitForReview();
    const mine = await LibraryMinePage.open(page);
    expect(await mine.row(id).getAttribute('data-status')).toBe('in_review');

    // The editor asks for a change.
    await signInThroughApi(page, 'editor');
    const queue = await LibraryReviewQueuePage.open(page);
    await queue.switchLanguage('en');
    const review = await queue.openReview(id);
    await review.requestChanges('Please say how the fall in incidents was measured, and over what period.');
    await expect.poll(() => review.status.textContent()).toBe('Changes requested');

    // The coordinator sees what to do next, amends and resubmits.
    await signInThroughApi(page, 'coordinator.bridges');
    const sentBack = await LibraryMinePage.open(page);
    expect(await sentBack.row(id).getAttribute('data-status')).toBe('changes_requested');
    expect(await sentBack.row(id).getByTestId('mine-next').textContent()).toContain(
      CATALOGUES.en.knowledgeContribute.mine.next.changesRequested,
    );
    const amend = await LibraryEditPage.open(page, id);
    await amend.fill({
      results:
        'Quarante familles participent chaque mois ; les incidents lors des visites ont baissé de moitié en un an, selon le registre des incidents.',
      lessons: 'Commencer avec les familles volontaires.',
    });
    await amend.submitForReview();

    // The editor publishes it for everyone as an inspiring practice; the review page passes axe.
    await signInThroughApi(page, 'editor');
    const publication = await LibraryReviewEntryPage.open(page, id);
    await expectNoSeriousViolations(page);
    await publication.switchLanguage('ar');
    await expectNoSeriousViolations(page);
    expect(await publication.hasHorizontalScroll()).toBe(false);
    await publication.switchLanguage('en');
    expect(await publication.events.count()).toBeGreaterThanOrEqual(3);
    await publication.publish('inspiring', 'public');
    await expect.poll(() => publication.status.textContent()).toBe('Inspiring practice');

    // Signed out, in Spanish: the theme's Spanish name and the entry's own word find it.
    const reader = await session.newPage({ width: 1280, height: 800 });
    await (await LibrarySearchPage.open(reader)).switchLanguage('es');
    const spanish = await LibrarySearchPage.open(
      reader,
      `q=${encodeURIComponent(`participación de la familia ${word}`)}`,
    );
    await spanish.card(title).waitFor();

    // The editor adds an Arabic translation.
    const arabicTitle = `أيام الأسرة ${arabicWord}`;
    const translation = await LibraryTranslatePage.open(page, id, 'ar');
    await expectNoSeriousViolations(page);
    await translation.translate({
      title: arabicTitle,
      summary: `لقاءات شهرية تجمع الأسر والمحتجزين (${arabicWord}).`,
      approach: 'بعد ظهر يوم واحد في الشهر، يُحضَّر مع الأسر ويشرف عليه موظفان مدرَّبان.',
      results: 'تشارك أربعون أسرة كل شهر، وانخفضت الحوادث أثناء الزيارات إلى النصف خلال عام.',
    });

    // Signed out, in Arabic: a word of the Arabic text finds it, shown in Arabic.
    await spanish.switchLanguage('ar');
    const arabic = await LibrarySearchPage.open(reader, `q=${encodeURIComponent(arabicWord)}`);
    await arabic.card(arabicTitle).waitFor();
  });
});
