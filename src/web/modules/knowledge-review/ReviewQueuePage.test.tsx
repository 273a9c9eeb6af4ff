// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../locales/catalogues';
import { json, problem } from '../../testing/fake-api';
import { openScreen } from '../../testing/open-screen';
import { ENTRY_ID, editorSession, OTHER_ID, summary } from '../knowledge-contribute/knowledge-test-data';
import { daysWaiting } from './waiting';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.knowledgeReview;
const QUEUE = 'GET /api/v1/knowledge/review-queue';
const DAY = 24 * 60 * 60 * 1000;

describe('the library review queue', () => {
  it('lists what waits, longest first, with its waiting time, status and language, linked to its review', async () => {
    const now = Date.now();
    openScreen('/library/review', {
      'GET /api/v1/me': json(editorSession()),
      [QUEUE]: json({
        entries: [
          summary({ status: 'in_review', updatedAt: new Date(now - 2 * DAY).toISOString() }),
          summary({
            id: OTHER_ID,
            status: 'inspiring',
            language: 'ar',
            title: 'أيام الأسرة',
            staleSince: new Date(now - 9 * DAY).toISOString(),
          }),
        ],
        actions: ['review'],
      }),
    });
    const rows = await screen.findAllByTestId('review-queue-row');
    expect(rows.map((row) => row.getAttribute('data-entry-id'))).toEqual([OTHER_ID, ENTRY_ID]);
    const [stale, inReview] = rows as [HTMLElement, HTMLElement];
    expect(within(stale).getByTestId('review-queue-waiting').textContent).toBe('9 days');
    expect(within(stale).getByTestId('review-queue-stale').textContent).toBe(en.queue.stale);
    expect(within(stale).getByText('العربية')).toBeTruthy();
    expect(within(inReview).getByRole('link').getAttribute('href')).toBe(`/library/review/${ENTRY_ID}`);
    expect(within(inReview).getByTestId('review-queue-waiting').textContent).toBe('2 days');
  });

  it('shows the refusal, and no queue, to a reader who is not an editor', async () => {
    openScreen('/library/review', {
      'GET /api/v1/me': json(editorSession()),
      [QUEUE]: problem(403, 'auth.forbidden'),
    });
    expect(await screen.findByTestId('review-queue-forbidden')).toBeTruthy();
    expect(screen.queryByTestId('review-queue-table')).toBeNull();
  });
});

describe('daysWaiting', () => {
  it('counts whole days since the flag or the last change, never below zero', () => {
    const now = Date.parse('2026-11-29T12:00:00Z');
    expect(daysWaiting({ updatedAt: '2026-11-27T13:00:00Z', staleSince: null }, now)).toBe(1);
    expect(daysWaiting({ updatedAt: '2025-01-01T00:00:00Z', staleSince: '2026-11-19T12:00:00Z' }, now)).toBe(
      10,
    );
    expect(daysWaiting({ updatedAt: '2026-11-30T00:00:00Z', staleSince: null }, now)).toBe(0);
    expect(
      daysWaiting(
        { updatedAt: '2026-11-28T12:00:00Z', staleSince: null, waitingSince: '2026-11-24T12:00:00Z' },
        now,
      ),
    ).toBe(5);
  });
});
