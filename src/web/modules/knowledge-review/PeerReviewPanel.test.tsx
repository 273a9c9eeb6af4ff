// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, problem } from '../../testing/fake-api';
import { field } from '../../testing/form-fields';
import { entryInReview } from '../knowledge-contribute/knowledge-test-data';
import en from '../knowledge-contribute/locales/en.json';
import { base, openReview } from './review-test-screen';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const CONCLUSION = 'The reviewers met prisoner No. 5532-19, who led the sessions.';
const PEER_REVIEW = {
  id: '01900000-0000-7000-8000-0000000000c1',
  reviewerName: 'Dr Amal Haddad',
  reviewerAffiliation: 'Evaluation panel',
  reviewedOn: '2026-10-01',
  conclusion: CONCLUSION,
  recordedAt: '2026-10-02T09:00:00.000Z',
};

function fillPeerReview() {
  fireEvent.change(field('review-peer-reviewer-name-input'), { target: { value: 'Dr Amal Haddad' } });
  fireEvent.change(field('review-peer-affiliation-input'), { target: { value: 'Evaluation panel' } });
  fireEvent.change(field('review-peer-reviewed-on-input'), { target: { value: '2026-10-01' } });
  fireEvent.change(field('review-peer-conclusion-input'), { target: { value: CONCLUSION } });
}

describe('recording a peer review on a published entry', () => {
  it('shows the warnings of the conclusion and sends the confirmation only once ticked', async () => {
    const published = entryInReview({ status: 'inspiring', actions: ['record_peer_review'] });
    let answered = 0;
    const { api } = openReview(published, {
      [`POST ${base}/peer-reviews`]: (request) => {
        answered += 1;
        return answered === 1
          ? problem(409, 'knowledge.personal_data_warning', {
              errors: [{ path: '/peerReviews', code: 'identity_number', message: 'prisoner No. 5532-19' }],
            })(request)
          : json(PEER_REVIEW, 201)(request);
      },
    });
    await screen.findByTestId('review-peer-review-form');
    expect(screen.queryByTestId('review-peer-review-confirm')).toBeNull();
    fillPeerReview();
    fireEvent.click(screen.getByTestId('review-peer-review-submit'));

    const warning = await screen.findByTestId('personal-data-warning');
    // Where it was found, in the entry's original language, and the words around it.
    expect(warning.textContent).toContain(en.warnings.fields.peerReviews);
    expect(warning.textContent).toContain('prisoner No. 5532-19');
    expect(api.to(`POST ${base}/peer-reviews`)[0]?.body).not.toHaveProperty('acknowledgeWarnings');

    fireEvent.click(field('review-peer-review-confirm'));
    fireEvent.click(screen.getByTestId('review-peer-review-submit'));
    await waitFor(() => expect(api.to(`POST ${base}/peer-reviews`)).toHaveLength(2));
    expect(api.to(`POST ${base}/peer-reviews`)[1]?.body).toMatchObject({
      conclusion: CONCLUSION,
      acknowledgeWarnings: true,
    });
    await waitFor(() => expect(screen.queryByTestId('review-peer-review-confirm')).toBeNull());
  });

  it('asks again for the confirmation when the conclusion changes after it was ticked', async () => {
    const published = entryInReview({ status: 'inspiring', actions: ['record_peer_review'] });
    const { api } = openReview(published, {
      [`POST ${base}/peer-reviews`]: problem(409, 'knowledge.personal_data_warning', {
        errors: [{ path: '/peerReviews', code: 'identity_number', message: 'prisoner No. 5532-19' }],
      }),
    });
    await screen.findByTestId('review-peer-review-form');
    fillPeerReview();
    fireEvent.click(screen.getByTestId('review-peer-review-submit'));
    fireEvent.click(await screen.findByTestId('review-peer-review-confirm'));
    expect(field('review-peer-review-confirm').checked).toBe(true);

    fireEvent.change(field('review-peer-conclusion-input'), {
      target: { value: 'The reviewers met prisoner No. 7781-22 in his cell.' },
    });
    expect(field('review-peer-review-confirm').checked).toBe(false);
    fireEvent.click(screen.getByTestId('review-peer-review-submit'));
    await waitFor(() => expect(api.to(`POST ${base}/peer-reviews`)).toHaveLength(2));
    expect(api.to(`POST ${base}/peer-reviews`)[1]?.body).not.toHaveProperty('acknowledgeWarnings');
  });
});
