// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../locales/catalogues';
import { json } from '../../testing/fake-api';
import { openScreen } from '../../testing/open-screen';
import { coordinatorSession, ENTRY_ID, OTHER_ID, summary } from './knowledge-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.knowledgeContribute;

describe('my contributions', () => {
  it('lists each entry with its status and the next step, with the link that takes it', async () => {
    const { api } = openScreen('/library/mine', {
      'GET /api/v1/me': json(coordinatorSession()),
      'GET /api/v1/knowledge/my-entries': json({
        entries: [
          summary({ status: 'changes_requested' }),
          summary({ id: OTHER_ID, status: 'inspiring', title: '<b>Mentoring</b>', language: 'en' }),
        ],
        actions: ['propose'],
      }),
    });
    const rows = await screen.findAllByTestId('mine-row');
    expect(rows).toHaveLength(2);
    const [amend, published] = rows as [HTMLElement, HTMLElement];
    expect(within(amend).getByTestId('mine-next').textContent).toContain(en.mine.next.changesRequested);
    expect(within(amend).getByTestId('mine-edit').getAttribute('href')).toBe(
      `/library/entries/${ENTRY_ID}/edit`,
    );
    expect(within(amend).getByTestId('mine-status').textContent).toBe('Changes requested');
    expect(within(published).getByTestId('mine-translate').getAttribute('href')).toBe(
      `/library/entries/${OTHER_ID}/translate`,
    );
    // A title is text, never markup.
    expect(within(published).getByText('<b>Mentoring</b>')).toBeTruthy();
    expect(published.querySelector('b')).toBeNull();
    expect(api.to('GET /api/v1/knowledge/my-entries')[0]?.search).toBe('?language=en');
  });

  it('says when there is nothing yet, with the way to propose', async () => {
    openScreen('/library/mine', {
      'GET /api/v1/me': json(coordinatorSession()),
      'GET /api/v1/knowledge/my-entries': json({ entries: [], actions: ['propose'] }),
    });
    expect((await screen.findByTestId('mine-empty')).textContent).toBe(en.mine.empty);
    expect(screen.getByTestId('mine-propose').getAttribute('href')).toBe('/library/contribute');
  });
});
