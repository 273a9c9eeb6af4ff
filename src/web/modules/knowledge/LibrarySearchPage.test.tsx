// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../contracts/knowledge-search';
import { CATALOGUES } from '../../locales/catalogues';
import { caseManagerSession, json } from '../../testing/fake-api';
import { openScreen } from '../../testing/open-screen';
import { hit, searchResult } from './knowledge-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.knowledge;
const PUBLIC_SEARCH = 'GET /api/v1/public/knowledge/search';
const SEARCH = 'GET /api/v1/knowledge/search';

describe('the library search', () => {
  it('signed out: runs the address search on the public API in the reader language, cards and facets', async () => {
    const { api } = openScreen(
      '/library/search?q=familia&theme=family_involvement',
      {
        [PUBLIC_SEARCH]: json(searchResult()),
      },
      'es',
    );
    await screen.findByTestId('library-results');
    expect(api.to(SEARCH)).toHaveLength(0);
    const asked = new URLSearchParams(api.to(PUBLIC_SEARCH)[0]?.search);
    expect(asked.get('q')).toBe('familia');
    expect(asked.getAll('theme')).toEqual(['family_involvement']);
    expect(asked.get('language')).toBe('es');
    expect(screen.getByTestId('library-result-count').textContent).toBe('Se encontró 1 ficha');
    expect((screen.getByTestId('library-search-input') as HTMLInputElement).value).toBe('familia');

    const card = screen.getByTestId('entry-card');
    expect(within(card).getByTestId('entry-card-link').getAttribute('href')).toBe(
      '/library/entries/0190c2a0-0000-7000-8000-00000000e001',
    );
    expect(within(card).getByTestId('entry-kind').textContent).toBe('Buena práctica');
    expect(within(card).getByTestId('evidence-badge').textContent).toBe('Evidencia: Descriptiva');
    expect(within(card).getByTestId('entry-status').textContent).toBe('Práctica inspiradora');
    expect(within(card).getByTestId('demonstration-label').textContent).toBe(
      CATALOGUES.es.knowledge.demonstration,
    );
    expect(within(card).getByTestId('entry-card-languages').textContent).toContain('العربية');
    // Facets: the ticked theme is ticked; counts beside each name.
    const theme = screen.getByTestId('facet-theme');
    expect((within(theme).getByTestId('facet-theme-family_involvement') as HTMLInputElement).checked).toBe(
      true,
    );
    expect((within(theme).getByTestId('facet-theme-women') as HTMLInputElement).checked).toBe(false);
    expect(theme.textContent).toContain('Mujeres (3)');
    // The export is for signed-in readers only.
    expect(screen.queryByTestId('library-export-results')).toBeNull();
  });

  it('ticking a facet puts it in the address and asks again; back undoes it', async () => {
    const { api, router } = openScreen('/library/search?q=family', { [PUBLIC_SEARCH]: json(searchResult()) });
    await screen.findByTestId('library-results');
    fireEvent.click(screen.getByTestId('facet-theme-women'));
    await waitFor(() => expect(router.state.location.search).toBe('?q=family&theme=women'));
    await waitFor(() => expect(api.to(PUBLIC_SEARCH)).toHaveLength(2));
    expect(new URLSearchParams(api.to(PUBLIC_SEARCH)[1]?.search).getAll('theme')).toEqual(['women']);
    await waitFor(() =>
      expect((screen.getByTestId('facet-theme-women') as HTMLInputElement).checked).toBe(true),
    );

    fireEvent.click(screen.getByTestId('facet-theme-women'));
    await waitFor(() => expect(router.state.location.search).toBe('?q=family'));
    fireEvent.click(screen.getByTestId('facet-theme-women'));
    await waitFor(() => expect(router.state.location.search).toBe('?q=family&theme=women'));
    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).toBe('?q=family'));
    await waitFor(() =>
      expect((screen.getByTestId('facet-theme-women') as HTMLInputElement).checked).toBe(false),
    );
  });

  it('a new query from the box goes into the address, back on page one', async () => {
    const { router } = openScreen('/library/search?q=family&page=2&theme=women', {
      [PUBLIC_SEARCH]: json(searchResult()),
    });
    await screen.findByTestId('library-results');
    fireEvent.change(screen.getByTestId('library-search-input'), { target: { value: 'mentoring' } });
    fireEvent.click(screen.getByTestId('library-search-submit'));
    await waitFor(() => expect(router.state.location.search).toBe('?q=mentoring&theme=women'));
  });

  it('renders the highlight as <mark> and script in it as inert text', async () => {
    const injected = `<img src=x onerror="globalThis.pwned=1"> ${HIGHLIGHT_START}<script>globalThis.pwned=2</script>${HIGHLIGHT_END} end`;
    openScreen('/library/search?q=script', {
      [PUBLIC_SEARCH]: json(searchResult({ hits: [hit({ highlight: injected, title: '<b>bold?</b>' })] })),
    });
    const passage = await screen.findByTestId('entry-card-highlight');
    const marks = passage.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.textContent).toBe('<script>globalThis.pwned=2</script>');
    expect(passage.querySelector('script, img')).toBeNull();
    expect(passage.textContent).toBe(
      '<img src=x onerror="globalThis.pwned=1"> <script>globalThis.pwned=2</script> end',
    );
    expect(screen.getByTestId('entry-card-link').textContent).toBe('<b>bold?</b>');
    expect(screen.getByTestId('entry-card-link').querySelector('b')).toBeNull();
    expect('pwned' in globalThis).toBe(false);
  });

  it('says when the query was corrected, and pages through many results', async () => {
    const { router } = openScreen('/library/search?q=famly', {
      [PUBLIC_SEARCH]: json(searchResult({ total: 45, correctedQuery: 'family' })),
    });
    expect((await screen.findByTestId('library-corrected-query')).textContent).toBe(
      'Showing results for \u2068family\u2069',
    );
    expect(screen.getByTestId('library-page-of').textContent).toBe('Page 1 of 3');
    expect(screen.queryByTestId('library-previous-page')).toBeNull();
    fireEvent.click(screen.getByTestId('library-next-page'));
    await waitFor(() => expect(router.state.location.search).toBe('?q=famly&page=2'));
  });

  it('an empty result says what to try', async () => {
    openScreen('/library/search?q=zzz&region=africa', {
      [PUBLIC_SEARCH]: json(searchResult({ total: 0, hits: [] })),
    });
    const empty = await screen.findByTestId('library-no-results');
    expect(empty.textContent).toContain('No entry matches \u2068zzz\u2069.');
    expect(empty.textContent).toContain(en.results.suggestSpelling);
    expect(empty.textContent).toContain(en.results.suggestFewerFilters);
    expect(screen.getByTestId('library-result-count').textContent).toBe('No entries found');
  });

  it('signed in: asks the signed-in API and offers the export with the same query', async () => {
    const { api } = openScreen('/library/search?q=family&theme=women&page=2', {
      'GET /api/v1/me': json(caseManagerSession()),
      [SEARCH]: json(searchResult({ total: 30, page: 2 })),
    });
    await screen.findByTestId('library-results');
    expect(api.to(SEARCH)).toHaveLength(1);
    expect(api.to(PUBLIC_SEARCH)).toHaveLength(0);
    expect(screen.getByTestId('library-export-csv').getAttribute('href')).toBe(
      '/api/v1/knowledge/search/export?q=family&theme=women&language=en&format=csv',
    );
    expect(screen.getByTestId('library-export-json').getAttribute('href')).toBe(
      '/api/v1/knowledge/search/export?q=family&theme=women&language=en&format=json',
    );
  });

  it('folds the facets behind a button that says whether they are shown', async () => {
    openScreen('/library/search', { [PUBLIC_SEARCH]: json(searchResult()) });
    const toggle = await screen.findByTestId('library-filters-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByTestId('library-facets').getAttribute('data-open')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe(en.facets.hide);
    expect(screen.getByTestId('library-facets').getAttribute('data-open')).toBe('true');
  });
});
