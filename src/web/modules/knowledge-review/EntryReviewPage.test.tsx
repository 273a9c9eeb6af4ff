// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../../../contracts/knowledge';
import { CATALOGUES } from '../../locales/catalogues';
import { type Answer, json, problem } from '../../testing/fake-api';
import { errorOf, field, type } from '../../testing/form-fields';
import { openScreen } from '../../testing/open-screen';
import {
  ENTRY_ID,
  editorSession,
  entryInReview,
  translation,
} from '../knowledge-contribute/knowledge-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.knowledgeReview;
const base = `/api/v1/knowledge/entries/${ENTRY_ID}`;
const PEER_REVIEW = {
  id: '0190c2a0-0000-7000-8000-00000000f001',
  reviewerName: 'Dr Amal Haddad',
  reviewerAffiliation: 'University of Meridia',
  reviewedOn: '2026-11-01',
  conclusion: 'Sound design; outcomes measured over two years.',
  recordedAt: '2026-11-02T09:00:00.000Z',
};

const AUDIENCES = '/api/v1/knowledge/audiences';
const HOPE = '0190c2a0-0000-7000-8000-00000000c001';
const GUARDS = '0190c2a0-0000-7000-8000-00000000c002';
const NORTH = '0190c2a0-0000-7000-8000-00000000d001';
const AUDIENCE_CHOICES = {
  organisations: [
    { id: GUARDS, name: 'Central Prison Guards', kind: 'prison_service' },
    { id: HOPE, name: 'Hope Association', kind: 'civil_society' },
  ],
  tenants: [{ id: NORTH, name: 'Northern Prison Service' }],
};

function openReview(reviewed: Entry, answers: Parameters<typeof openScreen>[1] = {}) {
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

  it('offers the organisations and other services once restricted is chosen, and sends the ones ticked', async () => {
    const { api } = openReview(entryInReview(), {
      [`GET ${AUDIENCES}`]: json(AUDIENCE_CHOICES),
      [`POST ${base}/publication`]: json(entryInReview({ status: 'inspiring', visibility: 'restricted' })),
    });
    await screen.findByTestId('review-publish-visibility-public');
    expect(screen.queryByTestId('review-publish-organisations')).toBeNull();
    expect(api.to(`GET ${AUDIENCES}`)).toHaveLength(0);

    fireEvent.click(field('review-publish-visibility-restricted'));
    const organisations = await screen.findByTestId('review-publish-organisations');
    // A fieldset named by its legend: a screen reader hears the question on every tick.
    expect(screen.getByRole('group', { name: en.publish.audienceOrganisations })).toBe(organisations);
    expect(screen.getByRole('group', { name: en.publish.audienceTenants })).toBeTruthy();
    expect(organisations.textContent).toContain('Hope Association');
    expect(screen.getByTestId('review-publish-tenants').textContent).toContain('Northern Prison Service');
    fireEvent.click(field(`review-publish-organisations-${HOPE}`));
    fireEvent.click(field(`review-publish-tenants-${NORTH}`));
    fireEvent.click(screen.getByTestId('review-publish-submit'));
    expect((await screen.findByTestId('review-publish-outcome')).textContent).toBe(
      en.publish.publishedRestricted,
    );
    expect(api.to(`POST ${base}/publication`)[0]?.body).toEqual({
      version: 3,
      level: 'inspiring',
      visibility: 'restricted',
      audienceOrganisationIds: [HOPE],
      audienceTenantIds: [NORTH],
    });
  });

  it('names and preselects the audience of an entry published restricted, and shows the server’s refusal on its field', async () => {
    const restricted = entryInReview({
      status: 'inspiring',
      visibility: 'restricted',
      audienceOrganisationIds: [HOPE],
      audienceTenantIds: [NORTH],
    });
    const { api } = openReview(restricted, {
      [`GET ${AUDIENCES}`]: json(AUDIENCE_CHOICES),
      [`POST ${base}/publication`]: problem(400, 'request.validation', {
        errors: [
          { path: '/body/audienceTenantIds', code: 'unknown', message: 'names a tenant that does not exist' },
        ],
      }),
    });
    const now = await screen.findByTestId('review-publish-audience-now');
    expect(screen.getByTestId('review-publish-audience-now-organisations').textContent).toContain(
      'Hope Association',
    );
    expect(screen.getByTestId('review-publish-audience-now-tenants').textContent).toContain(
      'Northern Prison Service',
    );
    expect(now.textContent).not.toContain(HOPE);
    expect(field(`review-publish-organisations-${HOPE}`).checked).toBe(true);
    expect(field(`review-publish-organisations-${GUARDS}`).checked).toBe(false);
    expect(field(`review-publish-tenants-${NORTH}`).checked).toBe(true);

    fireEvent.click(field(`review-publish-organisations-${GUARDS}`));
    fireEvent.click(screen.getByTestId('review-publish-submit'));
    expect((await screen.findByTestId('review-publish-tenants-error')).textContent).toBe(
      CATALOGUES.en.knowledgeContribute.errors.fieldInvalid,
    );
    expect(screen.queryByTestId('review-publish-organisations-error')).toBeNull();
    expect(api.to(`POST ${base}/publication`)[0]?.body).toMatchObject({
      audienceOrganisationIds: [GUARDS, HOPE],
      audienceTenantIds: [NORTH],
    });
  });

  it('says when the choices cannot be loaded, and still publishes for the whole service', async () => {
    const { api } = openReview(entryInReview(), {
      [`GET ${AUDIENCES}`]: problem(503, 'unavailable'),
      [`POST ${base}/publication`]: json(entryInReview({ status: 'inspiring', visibility: 'restricted' })),
    });
    fireEvent.click(await screen.findByTestId('review-publish-visibility-restricted'));
    expect((await screen.findByTestId('review-publish-audiences-failed')).textContent).toBe(
      en.publish.audiencesFailed,
    );
    fireEvent.click(screen.getByTestId('review-publish-submit'));
    await waitFor(() => expect(api.to(`POST ${base}/publication`)).toHaveLength(1));
    expect(api.to(`POST ${base}/publication`)[0]?.body).toMatchObject({
      visibility: 'restricted',
      audienceOrganisationIds: [],
      audienceTenantIds: [],
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

  it('asks the editor to confirm the personal-data warnings before restoring an archived entry', async () => {
    const archived = entryInReview({
      status: 'archived',
      actions: ['restore'],
      warnings: [{ kind: 'identity_number', language: 'fr', field: 'approach', excerpt: 'n° 4471-22' }],
    });
    const { api } = openReview(archived, {
      [`POST ${base}/restore`]: json(entryInReview({ status: 'inspiring', actions: ['archive'] })),
    });
    fireEvent.click(await screen.findByTestId('review-archive-submit'));
    await waitFor(() => expect(errorOf(field('review-restore-acknowledge'))).toBeTruthy());
    expect(api.to(`POST ${base}/restore`)).toHaveLength(0);

    fireEvent.click(field('review-restore-acknowledge'));
    fireEvent.click(screen.getByTestId('review-archive-submit'));
    await waitFor(() => expect(api.to(`POST ${base}/restore`)).toHaveLength(1));
    expect(api.to(`POST ${base}/restore`)[0]?.body).toEqual({ version: 3, acknowledgeWarnings: true });
  });

  it('offers the confirmation when the server finds warnings the page did not show', async () => {
    const archived = entryInReview({ status: 'archived', actions: ['restore'], warnings: [] });
    const { api } = openReview(archived, {
      [`POST ${base}/restore`]: problem(409, 'knowledge.personal_data_warning', {
        errors: [{ path: '/translations/fr/approach', code: 'identity_number', message: 'n° 4471-22' }],
      }),
    });
    expect(screen.queryByTestId('review-restore-acknowledge')).toBeNull();
    fireEvent.click(await screen.findByTestId('review-archive-submit'));
    expect(await screen.findByTestId('review-restore-acknowledge')).toBeTruthy();
    expect(api.to(`POST ${base}/restore`)[0]?.body).toEqual({ version: 3 });
  });
});
