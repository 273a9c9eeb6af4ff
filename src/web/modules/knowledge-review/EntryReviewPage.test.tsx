// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../../../contracts/knowledge';
import { CATALOGUES } from '../../locales/catalogues';
import { type Answer, json, problem } from '../../testing/fake-api';
import { errorOf, field, type } from '../../testing/form-fields';
import { entryInReview, translation } from '../knowledge-contribute/knowledge-test-data';
import { base, openReview } from './review-test-screen';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.knowledgeReview;
const PEER_REVIEW = {
  id: '0190c2a0-0000-7000-8000-00000000f001',
  reviewerName: 'Dr Amal Haddad',
  reviewerAffiliation: 'University of Meridia',
  reviewedOn: '2026-11-01',
  conclusion: 'Sound design; outcomes measured over two years.',
  recordedAt: '2026-11-02T09:00:00.000Z',
};

/** The entry at version 3 when first read, at version 4 with a changed title on every later read. */
function changedAfterFirstRead(overrides: Partial<Entry> = {}): Answer {
  let reads = 0;
  return (request) => {
    reads += 1;
    const shown =
      reads === 1
        ? entryInReview(overrides)
        : entryInReview({
            ...overrides,
            version: 4,
            translations: [
              translation({ title: 'Journées des familles, revues' }),
              ...(overrides.translations ?? []).slice(1),
            ],
          });
    return json(shown)(request);
  };
}

describe('reviewing an entry', () => {
  it('shows the entry, the conversation oldest first with its text inert, and the history with what changed', async () => {
    openReview(entryInReview());
    await screen.findByTestId('review-entry-text');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Journées des familles');
    const events = await screen.findAllByTestId('review-event');
    expect(events.map((event) => event.getAttribute('data-kind'))).toEqual(['submitted', 'comment']);
    expect(within(events[1] as HTMLElement).getByTestId('review-event-body').textContent).toBe(
      '<img src=x onerror=alert(1)> Thanks',
    );
    expect(document.querySelector('img[src="x"]')).toBeNull();
    const versions = await screen.findAllByTestId('review-version-row');
    expect(versions).toHaveLength(2);
    const changes = within(versions[0] as HTMLElement).getByTestId('review-version-changes');
    expect(changes.textContent).toContain('themes');
    expect(changes.textContent).toContain('translations.fr.title');
  });

  it('offers peer-reviewed publication only once a peer review is recorded, and says why', async () => {
    openReview(entryInReview());
    const peerReviewed = (await screen.findByTestId(
      'review-publish-level-peer-reviewed',
    )) as HTMLInputElement;
    expect(peerReviewed.disabled).toBe(true);
    const why = (peerReviewed.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(why).toContain(en.publish.peerReviewedMissing);
    cleanup();

    openReview(entryInReview({ peerReviews: [PEER_REVIEW] }));
    const enabled = (await screen.findByTestId('review-publish-level-peer-reviewed')) as HTMLInputElement;
    expect(enabled.disabled).toBe(false);
    expect(screen.getByTestId('review-peer-review').textContent).toContain('Dr Amal Haddad');
  });

  it('publishes as public inspiring on the entry’s version', async () => {
    const { api } = openReview(entryInReview(), {
      [`POST ${base}/publication`]: json(entryInReview({ status: 'inspiring' })),
    });
    fireEvent.click(await screen.findByTestId('review-publish-submit'));
    expect((await screen.findByTestId('review-publish-outcome')).textContent).toBe(
      en.publish.publishedPublic,
    );
    expect(api.to(`POST ${base}/publication`)[0]?.body).toEqual({
      version: 3,
      level: 'inspiring',
      visibility: 'public',
    });
  });

  it('asks the editor to confirm the personal-data warnings before publishing, then sends the confirmation', async () => {
    const warned = entryInReview({
      warnings: [{ kind: 'date_of_birth', language: 'fr', field: 'approach', excerpt: 'né le 12/03/1990' }],
    });
    const { api } = openReview(warned, { [`POST ${base}/publication`]: json(warned) });
    expect(await screen.findByTestId('personal-data-warnings')).toBeTruthy();
    fireEvent.click(await screen.findByTestId('review-publish-submit'));
    await waitFor(() => expect(errorOf(field('review-publish-acknowledge'))).toBeTruthy());
    expect(api.to(`POST ${base}/publication`)).toHaveLength(0);

    fireEvent.click(field('review-publish-acknowledge'));
    fireEvent.click(screen.getByTestId('review-publish-submit'));
    await waitFor(() => expect(api.to(`POST ${base}/publication`)).toHaveLength(1));
    expect(api.to(`POST ${base}/publication`)[0]?.body).toMatchObject({ acknowledgeWarnings: true });
  });

  it('requires the text of a request for changes, then sends it', async () => {
    const { api } = openReview(entryInReview(), {
      [`POST ${base}/review-events`]: json({ id: '0190c2a0-0000-7000-8000-00000000a003' }, 201),
    });
    fireEvent.click(await screen.findByTestId('review-event-submit'));
    await waitFor(() =>
      expect(errorOf(field('review-event-body-input'))).toBe(
        CATALOGUES.en.knowledgeContribute.errors.required,
      ),
    );
    expect(api.to(`POST ${base}/review-events`)).toHaveLength(0);

    type('review-event-body-input', 'Please describe how results were measured.');
    fireEvent.click(screen.getByTestId('review-event-submit'));
    expect((await screen.findByTestId('review-event-outcome')).textContent).toBe(
      en.events.outcomes.changesRequested,
    );
    expect(api.to(`POST ${base}/review-events`)[0]?.body).toEqual({
      kind: 'changes_requested',
      body: 'Please describe how results were measured.',
      version: 3,
    });
  });

  it('on a request for change against a changed entry, says so, keeps the text, shows the entry as it now stands and asks on its new version', async () => {
    const { api } = openReview(entryInReview(), {
      [`GET ${base}`]: changedAfterFirstRead(),
      [`POST ${base}/review-events`]: (request) =>
        (request.body as { version: number }).version === 3
          ? problem(409, 'knowledge.version_conflict', {
              errors: [{ path: '/body/version', code: 'conflict', message: 'the entry is at version 4' }],
            })(request)
          : json({ id: '0190c2a0-0000-7000-8000-00000000a003' }, 201)(request),
    });
    await screen.findByTestId('review-event-body-input');
    type('review-event-body-input', 'Please describe how results were measured.');
    fireEvent.click(screen.getByTestId('review-event-submit'));
    expect((await screen.findByTestId('review-event-form-error')).textContent).toContain(
      CATALOGUES.en.knowledgeContribute.errors.versionConflict,
    );
    // The conflict names /body/version: it is not the text's fault.
    expect(errorOf(field('review-event-body-input'))).toBeFalsy();
    expect(field('review-event-body-input').value).toBe('Please describe how results were measured.');
    await waitFor(() => expect(api.to(`GET ${base}`).length).toBeGreaterThan(1));
    expect(await screen.findByText('Journées des familles, revues')).toBeTruthy();

    fireEvent.click(screen.getByTestId('review-event-submit'));
    expect((await screen.findByTestId('review-event-outcome')).textContent).toBe(
      en.events.outcomes.changesRequested,
    );
    expect(api.to(`POST ${base}/review-events`).map((request) => request.body)).toEqual([
      { kind: 'changes_requested', body: 'Please describe how results were measured.', version: 3 },
      { kind: 'changes_requested', body: 'Please describe how results were measured.', version: 4 },
    ]);
  });

  it('marks a translation reviewed, and offers no form its actions do not allow', async () => {
    const { api } = openReview(
      entryInReview({
        translations: [
          translation(),
          translation({ language: 'ar', origin: 'professional', title: 'أيام الأسرة' }),
        ],
      }),
      { [`POST ${base}/translations/ar/review`]: json({}) },
    );
    fireEvent.click(await screen.findByTestId('review-translation-mark'));
    await waitFor(() => expect(api.to(`POST ${base}/translations/ar/review`)).toHaveLength(1));
    expect(api.to(`POST ${base}/translations/ar/review`)[0]?.body).toEqual({ version: 3 });
    cleanup();

    openReview(entryInReview({ status: 'draft', actions: ['read', 'comment'] }));
    await screen.findByTestId('review-conversation');
    expect(screen.queryByTestId('review-publish')).toBeNull();
    expect(screen.queryByTestId('review-peer-review-form')).toBeNull();
    expect(screen.queryByTestId('review-archive')).toBeNull();
    expect(screen.queryByTestId('review-event-kind-input')).toBeNull();
  });

  it('does not mark reviewed a translation changed since it was shown: says so and shows it as it now stands', async () => {
    const withArabic: Partial<Entry> = {
      translations: [
        translation(),
        translation({ language: 'ar', origin: 'professional', title: 'أيام الأسرة' }),
      ],
    };
    const { api } = openReview(entryInReview(withArabic), {
      [`GET ${base}`]: changedAfterFirstRead(withArabic),
      [`POST ${base}/translations/ar/review`]: problem(409, 'knowledge.version_conflict'),
    });
    fireEvent.click(await screen.findByTestId('review-translation-mark'));
    await waitFor(() =>
      expect(screen.getByTestId('review-translations-outcome').textContent).toBe(
        CATALOGUES.en.knowledgeContribute.errors.versionConflict,
      ),
    );
    expect(api.to(`POST ${base}/translations/ar/review`)[0]?.body).toEqual({ version: 3 });
    await waitFor(() => expect(api.to(`GET ${base}`).length).toBeGreaterThan(1));
    expect(await screen.findByText('Journées des familles, revues')).toBeTruthy();
  });

  it('says when the server refuses peer-reviewed publication', async () => {
    openReview(entryInReview({ peerReviews: [PEER_REVIEW] }), {
      [`POST ${base}/publication`]: problem(422, 'knowledge.peer_review_missing', {
        errors: [
          { path: '/body/level', code: 'peer_review_missing', message: 'needs a recorded peer review' },
        ],
      }),
    });
    fireEvent.click(await screen.findByTestId('review-publish-level-peer-reviewed'));
    fireEvent.click(screen.getByTestId('review-publish-submit'));
    expect((await screen.findByTestId('review-publish-form-error')).textContent).toContain(
      CATALOGUES.en.knowledgeContribute.errors.peerReviewMissing,
    );
  });
});
