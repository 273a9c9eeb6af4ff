// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, problem } from '../../testing/fake-api';
import { errorOf, field } from '../../testing/form-fields';
import { entryInReview } from '../knowledge-contribute/knowledge-test-data';
import { base, openReview } from './review-test-screen';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('restoring an archived entry', () => {
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
