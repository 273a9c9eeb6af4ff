import { expect, test } from 'vitest';
import { EVIDENCE_LEVEL_NAMES, LANGUAGE_NAMES } from '../src/contracts/knowledge-taxonomy.ts';
import { DEMO_ENTRIES, SEARCH_QUERIES } from '../src/server/modules/demo/knowledge/demo-library.ts';
import { LibraryEntryPage } from './pages/LibraryEntryPage.ts';
import { LibraryHomePage } from './pages/LibraryHomePage.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { CATALOGUES, formatMessage } from './support/catalogues.ts';

// Reading the demo library without signing in, in Spanish: a query of the search-quality set finds
// its entry, a facet narrows the result, the entry shows its evidence and its demonstration label, and
// another of its translations reads in its own language and direction.

/** A Spanish query of the quality set whose expected entry is public, published and translated. */
function spanishReading() {
  for (const query of SEARCH_QUERIES.filter((candidate) => candidate.language === 'es')) {
    const entry = DEMO_ENTRIES.find(
      (candidate) =>
        candidate.key === query.expected[0] &&
        candidate.visibility === 'public' &&
        (candidate.status === 'inspiring' || candidate.status === 'peer_reviewed') &&
        (candidate.translations?.length ?? 0) > 0,
    );
    if (entry) return { query: query.query, entry };
  }
  throw new Error('the demo library has no Spanish query answered by a public, translated entry');
}

describeInBrowser('reading the knowledge library', () => {
  const session = useBrowserSession();

  test('a visitor searches in Spanish, narrows by theme, opens an entry and reads another translation', async () => {
    const { page } = session;
    const { query, entry } = spanishReading();
    const es = CATALOGUES.es.knowledge;
    // The card shows the entry in the reader's language when it has it.
    const spanishTitle =
      entry.language === 'es'
        ? entry.text.title
        : (entry.translations?.find((translation) => translation.language === 'es')?.text.title ??
          entry.text.title);

    const home = await LibraryHomePage.open(page);
    expect(await home.userMenu.count()).toBe(0);
    await home.switchLanguage('es');
    await home.heading.getByText(es.home.heading).waitFor();
    const search = await home.searchFor(query);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    await search.card(spanishTitle).waitFor();
    // Matched words are marked in the passage.
    expect(await search.card(spanishTitle).locator('mark').count()).toBeGreaterThan(0);

    // A facet: the entry's first theme. The address holds it; the entry is still found.
    const theme = entry.themes[0] as string;
    await search.toggleFacet('theme', theme);
    expect(new URL(page.url()).searchParams.getAll('theme')).toEqual([theme]);
    await search.card(spanishTitle).waitFor();
    expect(await search.resultCount.textContent()).toMatch(/\d/);
    // Back undoes the tick.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.getAll('theme').length === 0);
    await search.facet('theme', theme).and(page.locator(':not(:checked)')).waitFor();

    const reading = await search.openEntry(spanishTitle);
    expect(await reading.title.textContent()).toBe(spanishTitle);
    expect(await reading.evidenceBadge.textContent()).toBe(
      formatMessage('es', (catalogue) => catalogue.knowledge.evidence.badge, {
        level: EVIDENCE_LEVEL_NAMES[entry.evidenceLevel].es,
      }),
    );
    expect(await reading.demonstrationLabel.textContent()).toBe(es.demonstration);
    await reading.waitForTitleContaining(spanishTitle);

    // Another translation: its text in its language and direction, marked as the current one.
    const other = (entry.translations ?? []).find((translation) => translation.language !== 'es') ?? {
      language: entry.language,
      text: entry.text,
    };
    await reading.showTranslation(other.language);
    expect(await reading.title.textContent()).toBe(other.text.title);
    expect(await reading.title.getAttribute('dir')).toBe(other.language === 'ar' ? 'rtl' : 'ltr');
    expect(await reading.translationLink(other.language).getAttribute('aria-current')).toBe('page');
    expect(await reading.translationLink(other.language).textContent()).toBe(LANGUAGE_NAMES[other.language]);
    expect(new URL(page.url()).searchParams.get('lang')).toBe(other.language);

    // The interface in Arabic: right to left, the evidence in Arabic, the chosen translation kept.
    await reading.switchLanguage('ar');
    expect(await reading.documentLanguage()).toEqual({ lang: 'ar', dir: 'rtl' });
    await reading.evidenceBadge
      .getByText(
        formatMessage('ar', (catalogue) => catalogue.knowledge.evidence.badge, {
          level: EVIDENCE_LEVEL_NAMES[entry.evidenceLevel].ar,
        }),
      )
      .waitFor();
    expect(await reading.title.textContent()).toBe(other.text.title);
    expect(await reading.demonstrationLabel.textContent()).toBe(CATALOGUES.ar.knowledge.demonstration);
    // Nothing failed on the way: no console error, no refused request, no CSP violation.
    expect(session.problems.all()).toEqual([]);
  });

  test('an unknown entry reads as not found, without signing in', async () => {
    const missing = await LibraryEntryPage.open(session.page, '01950000-0000-7000-8000-00000000dead');
    expect(await missing.notFound.textContent()).toContain(CATALOGUES.en.knowledge.entry.notFound);
  });
});
