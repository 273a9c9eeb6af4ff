// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../locales/catalogues';
import { json, problem } from '../../testing/fake-api';
import { openScreen } from '../../testing/open-screen';
import { BRIDGES, IDS, OPEN_DOORS, securitySession } from '../registry/registry-test-data';
import { reviewQueue } from './review-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.registryReview;
const QUEUE = 'GET /api/v1/registry/review-queue';

function openQueue(answers: Parameters<typeof openScreen>[1] = {}, language: 'en' | 'ar' = 'en') {
  return openScreen(
    '/registry/review',
    { 'GET /api/v1/me': json(securitySession()), [QUEUE]: json(reviewQueue()), ...answers },
    language,
  );
}

describe('the review queue', () => {
  it('shows the four sections with their counts, rows linked to the records', async () => {
    openQueue();
    await screen.findByTestId('review-applications-table');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.queue.heading);
    expect(screen.getByTestId('review-applications-count').textContent).toBe('(1)');
    expect(screen.getByTestId('review-accreditations-count').textContent).toBe('(1)');
    expect(screen.getByTestId('review-vetting-count').textContent).toBe('(2)');
    expect(screen.getByTestId('review-agreements-count').textContent).toBe('(0)');

    const application = screen.getByTestId('review-application-row');
    expect(within(application).getByRole('link', { name: OPEN_DOORS }).getAttribute('href')).toBe(
      `/registry/organisations/${IDS.openDoors}`,
    );
    expect(within(application).getByTestId('review-days-waiting').textContent).toBe('Waiting 40 days');
    expect(within(application).getByTestId('review-application-checks').textContent).toBe('2 of 5 satisfied');

    const accreditation = screen.getByTestId('review-accreditation-row');
    expect(within(accreditation).getByRole('link', { name: BRIDGES })).toBeTruthy();
    expect(within(accreditation).getByTestId('review-last-day').textContent).toBe(
      'Expired on November 1, 2026 Expired',
    );
    expect(within(accreditation).getByTestId('registry-expiry-badge').textContent).toBe('Expired');

    const [pablo, leila] = screen.getAllByTestId('review-vetting-row') as HTMLElement[];
    expect(
      within(pablo as HTMLElement)
        .getByRole('link', { name: 'Pablo Ortega' })
        .getAttribute('href'),
    ).toBe(`/registry/practitioners/${IDS.pablo}`);
    expect(within(pablo as HTMLElement).getByTestId('review-vetting-reason').textContent).toBe(
      en.queue.vetting.reasons.missing,
    );
    expect(within(leila as HTMLElement).getByTestId('registry-expiry-badge').textContent).toBe(
      'Expires in 42 days',
    );
    expect(screen.getByTestId('review-agreements-empty').textContent).toBe(en.queue.agreements.empty);
  });

  it('says when there is nothing to do, in Arabic', async () => {
    openQueue(
      { [QUEUE]: json(reviewQueue({ applications: [], accreditations: [], vetting: [], agreements: [] })) },
      'ar',
    );
    expect((await screen.findByTestId('review-vetting-empty')).textContent).toBe(
      CATALOGUES.ar.registryReview.queue.vetting.empty,
    );
    expect(screen.getByTestId('review-applications-empty')).toBeTruthy();
  });

  it('shows the refusal, and nothing of the queue, to a role the server refuses', async () => {
    openQueue({ [QUEUE]: problem(403, 'auth.forbidden') });
    expect(await screen.findByTestId('review-queue-forbidden')).toBeTruthy();
    expect(screen.queryByTestId('review-applications')).toBeNull();
  });
});
