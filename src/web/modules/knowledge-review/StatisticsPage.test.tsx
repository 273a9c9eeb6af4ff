// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchStatistics } from '../../../contracts/knowledge-search';
import { CATALOGUES } from '../../locales/catalogues';
import { json } from '../../testing/fake-api';
import { field } from '../../testing/form-fields';
import { openScreen } from '../../testing/open-screen';
import { editorSession } from '../knowledge-contribute/knowledge-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.knowledgeReview;

const STATISTICS: SearchStatistics = {
  days: 30,
  searches: 1240,
  searchesWithoutResults: 37,
  topQueries: [{ query: 'famille', language: 'fr', searches: 88, lastResultCount: 12 }],
  notFound: [{ query: 'мусульманские капелланы', language: 'ru', searches: 5, lastResultCount: 0 }],
  byLanguage: [
    { language: 'fr', searches: 700 },
    { language: 'ar', searches: 540 },
  ],
  entries: { published: 121, inReview: 4, stale: 2, archived: 3 },
};

describe('the library statistics', () => {
  it('shows the period’s figures and the queries searched and not found, in captioned tables', async () => {
    const { api } = openScreen('/library/statistics', {
      'GET /api/v1/me': json(editorSession()),
      'GET /api/v1/knowledge/statistics': json(STATISTICS),
    });
    expect((await screen.findByTestId('statistics-searches')).textContent).toBe('1,240');
    expect(screen.getByTestId('statistics-without-results').textContent).toBe('37');
    expect(screen.getByTestId('statistics-published').textContent).toBe('121');
    const notFound = screen.getByTestId('statistics-not-found');
    expect(notFound.querySelector('caption')?.textContent).toBe(en.statistics.notFoundCaption);
    const row = within(notFound).getByTestId('statistics-not-found-row');
    expect(row.textContent).toContain('мусульманские капелланы');
    expect(row.textContent).toContain('Русский');
    expect(screen.getAllByTestId('statistics-by-language-row')).toHaveLength(2);
    expect(api.to('GET /api/v1/knowledge/statistics')[0]?.search).toBe('?days=30');

    fireEvent.change(field('statistics-period-input'), { target: { value: '7' } });
    await waitFor(() =>
      expect(api.to('GET /api/v1/knowledge/statistics').map((r) => r.search)).toContain('?days=7'),
    );
  });

  it('says when nothing went unfound', async () => {
    openScreen('/library/statistics', {
      'GET /api/v1/me': json(editorSession()),
      'GET /api/v1/knowledge/statistics': json({ ...STATISTICS, notFound: [] }),
    });
    expect((await screen.findByTestId('statistics-not-found-empty')).textContent).toBe(
      en.statistics.noneNotFound,
    );
  });
});
