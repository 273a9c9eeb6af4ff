// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../locales/catalogues';
import { json, problem } from '../../testing/fake-api';
import { field } from '../../testing/form-fields';
import { entryInReview } from '../knowledge-contribute/knowledge-test-data';
import { base, openReview } from './review-test-screen';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.knowledgeReview;

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

describe('choosing who may read a restricted entry', () => {
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
});
