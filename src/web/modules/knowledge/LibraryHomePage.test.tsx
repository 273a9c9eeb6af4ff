// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../locales/catalogues';
import { caseManagerSession, json, problem } from '../../testing/fake-api';
import { openScreen } from '../../testing/open-screen';
import { libraryHome } from './knowledge-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.knowledge;
const PUBLIC_HOME = 'GET /api/v1/public/knowledge/home';
const HOME = 'GET /api/v1/knowledge/home';

describe('the library home', () => {
  it('signed out: explains the library, asks the public API and offers no proposal', async () => {
    const { api } = openScreen('/library', { [PUBLIC_HOME]: json(libraryHome()) });
    await screen.findByTestId('library-recent');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.home.heading);
    expect(screen.getByTestId('library-intro').textContent).toContain(en.home.evidence);
    expect(api.to(PUBLIC_HOME)).toHaveLength(1);
    expect(api.to(PUBLIC_HOME)[0]?.search).toBe('?language=en');
    expect(api.to(HOME)).toHaveLength(0);
    expect(screen.queryByTestId('library-propose')).toBeNull();
    await waitFor(() => expect(document.title).toContain(en.home.pageTitle));

    const featured = screen.getByTestId('library-featured');
    expect(within(featured).getByTestId('entry-card-link').textContent).toBe('Mentoring after release');
    // Themes with entries link to the search filtered by that theme; empty themes are left out.
    const themes = screen.getAllByTestId('library-theme-link');
    expect(themes.map((link) => link.getAttribute('href'))).toEqual([
      '/library/search?theme=family_involvement',
      '/library/search?theme=women',
    ]);
    expect(themes[0]?.textContent).toBe('Family involvement: 4 entries');
    expect(screen.getByTestId('library-feed').getAttribute('href')).toBe(
      '/api/v1/public/knowledge/feed.atom',
    );
    expect(screen.getByTestId('library-export').getAttribute('href')).toBe(
      '/api/v1/public/knowledge/export.json',
    );
  });

  it('signed in: asks the signed-in API and offers to propose a practice', async () => {
    const { api } = openScreen('/library', {
      'GET /api/v1/me': json(caseManagerSession()),
      [HOME]: json(libraryHome()),
    });
    await screen.findByTestId('library-recent');
    expect(api.to(HOME)).toHaveLength(1);
    expect(api.to(PUBLIC_HOME)).toHaveLength(0);
    expect(screen.getByTestId('library-propose').getAttribute('href')).toBe('/library/contribute');
  });

  it('in Arabic: right to left, the theme names from the reference lists', async () => {
    openScreen('/library', { [PUBLIC_HOME]: json(libraryHome()) }, 'ar');
    await screen.findByTestId('library-recent');
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(CATALOGUES.ar.knowledge.home.heading);
    expect(screen.getAllByTestId('library-theme-link')[1]?.textContent).toContain('النساء');
  });

  it('tells a failure apart, with a way to try again', async () => {
    openScreen('/library', { [PUBLIC_HOME]: problem(500, 'internal') });
    expect((await screen.findByTestId('library-home-load-failed')).textContent).toContain(en.home.loadFailed);
  });
});
