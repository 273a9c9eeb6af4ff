// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../locales/catalogues';
import { caseManagerSession, json, problem } from '../../testing/fake-api';
import { openScreen } from '../../testing/open-screen';
import { ENTRY_ID, entry, OTHER_ENTRY_ID, summary } from './knowledge-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.knowledge;
const PUBLIC_ENTRY = `GET /api/v1/public/knowledge/entries/${ENTRY_ID}`;
const PUBLIC_SIMILAR = `GET /api/v1/public/knowledge/entries/${ENTRY_ID}/similar`;
const ENTRY = `GET /api/v1/knowledge/entries/${ENTRY_ID}`;
const SIMILAR = `GET /api/v1/knowledge/entries/${ENTRY_ID}/similar`;
const PATH = `/library/entries/${ENTRY_ID}`;
const similar = json({ entries: [summary({ id: OTHER_ENTRY_ID, title: 'Mentoring after release' })] });

describe('the entry page', () => {
  it('signed out: the public entry in the interface language, evidence explained, demonstration said', async () => {
    const { api } = openScreen(PATH, { [PUBLIC_ENTRY]: json(entry()), [PUBLIC_SIMILAR]: similar });
    const title = await screen.findByTestId('entry-title');
    expect(title.textContent).toBe('Family days in the visiting hall');
    expect(title.getAttribute('lang')).toBe('en');
    expect(api.to(ENTRY)).toHaveLength(0);
    await waitFor(() => expect(document.title).toContain('Family days in the visiting hall'));

    const evidence = screen.getByTestId('entry-evidence');
    expect(within(evidence).getByTestId('evidence-badge').textContent).toBe('Evidence: Descriptive');
    expect(within(evidence).getByTestId('evidence-explanation').textContent).toBe(
      en.evidence.explanation.descriptive,
    );
    expect(within(screen.getByTestId('entry-header')).getByTestId('entry-status').textContent).toBe(
      'Inspiring practice',
    );
    expect(screen.getByTestId('entry-demonstration-notice').textContent).toBe(en.entry.demonstrationNotice);
    expect(screen.getByTestId('entry-fact-publisher').textContent).toBe('Meridia Prison Service');
    expect(screen.getByTestId('entry-fact-organisation').textContent).toBe('Bridges');
    expect(screen.getByTestId('entry-fact-country').textContent).toBe('France');
    expect(screen.getByTestId('entry-fact-themes').textContent).toBe('Family involvement');
    expect(screen.getByTestId('entry-fact-period').textContent).toBe('Since January 15, 2024');
    // Sections of the text, paragraphs kept; empty sections left out.
    const approach = screen.getByTestId('entry-section-approach');
    expect(approach.querySelectorAll('p')).toHaveLength(2);
    expect(screen.queryByTestId('entry-section-legalFramework')).toBeNull();
    // The languages: English shown, marked current; Arabic machine-assisted and not yet reviewed.
    const english = screen.getByTestId('entry-language-en');
    expect(english.getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('entry-language-ar').getAttribute('aria-current')).toBeNull();
    expect(screen.getByTestId('entry-fact-translations').textContent).toContain(
      'Machine-assisted translation, not yet reviewed',
    );
    expect((screen.getByTestId('entry-share-url') as HTMLInputElement).value).toBe(
      `${globalThis.location.origin}/library/entries/${ENTRY_ID}`,
    );
    // More like this, from the public API; no actions for a visitor.
    expect(
      within(await screen.findByTestId('entry-similar')).getByTestId('entry-card-link').textContent,
    ).toBe('Mentoring after release');
    expect(api.to(PUBLIC_SIMILAR)[0]?.search).toBe('?language=en&limit=5');
    expect(screen.queryByTestId('entry-actions')).toBeNull();
  });

  it('switches to another translation: its text with its language and direction, marked current', async () => {
    const { router } = openScreen(PATH, { [PUBLIC_ENTRY]: json(entry()), [PUBLIC_SIMILAR]: similar });
    await screen.findByTestId('entry-title');
    fireEvent.click(screen.getByTestId('entry-language-ar'));
    await waitFor(() => expect(router.state.location.search).toBe('?lang=ar'));
    const title = await screen.findByText('أيام العائلة في قاعة الزيارة');
    expect(title.getAttribute('lang')).toBe('ar');
    expect(title.getAttribute('dir')).toBe('rtl');
    expect(screen.getByTestId('entry-language-ar').getAttribute('aria-current')).toBe('page');
    const summarySection = screen.getByTestId('entry-section-summary');
    expect(summarySection.querySelector('[lang="ar"][dir="rtl"]')).not.toBeNull();
    expect(screen.getByTestId('entry-shown-origin').textContent).toContain('Machine-assisted translation');
    expect((screen.getByTestId('entry-share-url') as HTMLInputElement).value).toContain('?lang=ar');
    // The interface stays English.
    expect(document.documentElement.lang).toBe('en');
  });

  it('in an Arabic interface, shows the Arabic translation first', async () => {
    openScreen(PATH, { [PUBLIC_ENTRY]: json(entry()), [PUBLIC_SIMILAR]: similar }, 'ar');
    expect((await screen.findByTestId('entry-title')).textContent).toBe('أيام العائلة في قاعة الزيارة');
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(within(screen.getByTestId('entry-evidence')).getByTestId('evidence-badge').textContent).toBe(
      'الأدلة: أدلة وصفية',
    );
  });

  it('an unknown, unpublished or restricted entry is not found, alike', async () => {
    const { api } = openScreen(PATH, { [PUBLIC_ENTRY]: problem(404, 'not_found') });
    const notice = await screen.findByTestId('entry-not-found');
    expect(notice.textContent).toContain(en.entry.notFound);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.entry.notFoundTitle);
    expect(api.to(PUBLIC_SIMILAR)).toHaveLength(0);
  });

  it('signed in: the signed-in API, with links to the work the reader may do', async () => {
    const { api } = openScreen(PATH, {
      'GET /api/v1/me': json(caseManagerSession()),
      [ENTRY]: json(entry({ actions: ['read', 'update', 'translate', 'publish'], visibility: 'restricted' })),
      [SIMILAR]: similar,
    });
    await screen.findByTestId('entry-title');
    expect(api.to(PUBLIC_ENTRY)).toHaveLength(0);
    expect(screen.getByTestId('entry-action-edit').getAttribute('href')).toBe(
      `/library/entries/${ENTRY_ID}/edit`,
    );
    expect(screen.getByTestId('entry-action-translate').getAttribute('href')).toBe(
      `/library/entries/${ENTRY_ID}/translate`,
    );
    expect(screen.getByTestId('entry-action-review').getAttribute('href')).toBe(
      `/library/review/${ENTRY_ID}`,
    );
    await screen.findByTestId('entry-similar');
    expect(api.to(SIMILAR)).toHaveLength(1);
  });

  it('signed in, a draft of the reader: its status said, not offered for sharing, no "more like this" asked', async () => {
    const { api } = openScreen(PATH, {
      'GET /api/v1/me': json(caseManagerSession()),
      [ENTRY]: json(
        entry({ status: 'draft', publishedAt: null, mine: true, actions: ['read', 'update', 'submit'] }),
      ),
    });
    await screen.findByTestId('entry-title');
    expect(within(screen.getByTestId('entry-header')).getByTestId('entry-status').textContent).toBe('Draft');
    expect(screen.queryByTestId('entry-share')).toBeNull();
    expect(screen.getByTestId('entry-action-edit')).toBeTruthy();
    expect(screen.queryByTestId('entry-action-review')).toBeNull();
    expect(api.to(SIMILAR)).toHaveLength(0);
  });

  it('an archived entry says so, with its date', async () => {
    openScreen(PATH, {
      [PUBLIC_ENTRY]: json(entry({ status: 'archived', archivedAt: '2026-04-02T09:00:00.000Z' })),
    });
    const notice = await screen.findByTestId('entry-archived');
    expect(notice.textContent).toContain(en.entry.archivedTitle);
    expect(notice.textContent).toContain('2026');
  });

  it('shows only http and https links, opening safely, and user text as text', async () => {
    openScreen(PATH, {
      [PUBLIC_ENTRY]: json(
        entry({
          links: [
            { url: 'https://example.org/report', label: 'Evaluation report' },
            { url: 'javascript:alert(1)', label: 'Bad link' },
          ],
          contact: { name: '<script>alert(1)</script>', email: 'team@example.org' },
          peerReviews: [
            {
              id: '0190c2a0-0000-7000-8000-00000000f001',
              reviewerName: 'Dr Amal Haddad',
              reviewerAffiliation: 'University of Tunis',
              reviewedOn: '2026-02-10',
              conclusion: 'Sound design.',
              recordedAt: '2026-02-11T10:00:00.000Z',
            },
          ],
          related: [{ id: OTHER_ENTRY_ID, title: 'Mentorat après la libération', language: 'fr' }],
          staleSince: '2026-01-01T00:00:00.000Z',
        }),
      ),
      [PUBLIC_SIMILAR]: json({ entries: [] }),
    });
    await screen.findByTestId('entry-title');
    const links = screen.getAllByTestId('entry-link');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe('https://example.org/report');
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByTestId('entry-contact-name').textContent).toBe('<script>alert(1)</script>');
    expect(screen.getByTestId('entry-contact').querySelector('script')).toBeNull();
    expect(screen.getByTestId('entry-peer-review').textContent).toContain('University of Tunis');
    const related = within(screen.getByTestId('entry-related')).getByRole('link');
    expect(related.getAttribute('lang')).toBe('fr');
    expect(related.getAttribute('href')).toBe(`/library/entries/${OTHER_ENTRY_ID}`);
    expect(screen.getByTestId('entry-stale').textContent).toContain(en.entry.staleTitle);
    expect(screen.queryByTestId('entry-similar')).toBeNull();
  });
});
