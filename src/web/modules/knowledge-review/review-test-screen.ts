import type { Entry } from '../../../contracts/knowledge';
import { json } from '../../testing/fake-api';
import { openScreen } from '../../testing/open-screen';
import { ENTRY_ID, editorSession } from '../knowledge-contribute/knowledge-test-data';

// The editor's review page as its tests open it: the entry given, a short conversation and version
// history, and whatever other answers a test adds (the fake API's routes).

/** The entry's API address in these tests. */
export const base = `/api/v1/knowledge/entries/${ENTRY_ID}`;

/** Opens the review page of `reviewed` as the demo editor. */
export function openReview(reviewed: Entry, answers: Parameters<typeof openScreen>[1] = {}) {
  return openScreen(`/library/review/${ENTRY_ID}`, {
    'GET /api/v1/me': json(editorSession()),
    [`GET ${base}`]: json(reviewed),
    [`GET ${base}/review-events`]: json({
      events: [
        {
          id: '0190c2a0-0000-7000-8000-00000000a002',
          kind: 'comment',
          body: '<img src=x onerror=alert(1)> Thanks',
          author: { id: '0190c2a0-0000-7000-8000-00000000a0a0', displayName: 'Nadia Mansour' },
          createdAt: '2026-11-21T10:00:00.000Z',
        },
        {
          id: '0190c2a0-0000-7000-8000-00000000a001',
          kind: 'submitted',
          body: '',
          author: { id: '0190c2a0-0000-7000-8000-00000000a0a0', displayName: 'Nadia Mansour' },
          createdAt: '2026-11-20T10:00:00.000Z',
        },
      ],
    }),
    [`GET ${base}/versions`]: json({
      versions: [
        {
          version: 2,
          change: 'updated',
          changedBy: { id: '0190c2a0-0000-7000-8000-00000000a0a0', displayName: 'Nadia Mansour' },
          changedAt: '2026-11-20T11:00:00.000Z',
          snapshot: {
            themes: ['family_involvement', 'women'],
            translations: [{ language: 'fr', title: 'Journées des familles' }],
          },
        },
        {
          version: 1,
          change: 'proposed',
          changedBy: { id: '0190c2a0-0000-7000-8000-00000000a0a0', displayName: 'Nadia Mansour' },
          changedAt: '2026-11-20T10:00:00.000Z',
          snapshot: { themes: ['family_involvement'], translations: [{ language: 'fr', title: 'Journées' }] },
        },
      ],
    }),
    ...answers,
  });
}
