// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../locales/catalogues';
import { json, problem } from '../../testing/fake-api';
import { openScreen } from '../../testing/open-screen';
import { coordinatorSession, IDS, securitySession } from '../registry/registry-test-data';
import { catalogue, sessionDetail, sessionSummary, TRAINING_IDS } from './training-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.training;
const SESSIONS = 'GET /api/v1/registry/training-sessions';

describe('the training sessions', () => {
  it('lists sessions with their course in words, each leading to its page', async () => {
    openScreen('/registry/training', {
      'GET /api/v1/me': json(securitySession()),
      [SESSIONS]: json({ items: [sessionSummary()], actions: ['read', 'create'] }),
      'GET /api/v1/registry/courses': json(catalogue()),
    });
    await screen.findByTestId('training-sessions-table');
    expect(screen.getByTestId('training-session-row-course').textContent).toBe(en.courses.securityInduction);
    expect(screen.getByRole('link', { name: /2026/ }).getAttribute('href')).toBe(
      `/registry/training/${TRAINING_IDS.session}`,
    );
    expect(screen.getByTestId('training-session-form')).toBeTruthy();
  });

  it('hides the form from a coordinator, who may only read', async () => {
    openScreen('/registry/training', {
      'GET /api/v1/me': json(coordinatorSession()),
      [SESSIONS]: json({ items: [], actions: ['read'] }),
    });
    await screen.findByTestId('training-sessions-empty');
    expect(screen.queryByTestId('training-session-form')).toBeNull();
  });

  it('lists sessions to a coordinator, who is sent them without their notes', async () => {
    const { notes: _notes, ...withoutNotes } = sessionSummary({ actions: ['read'] });
    openScreen('/registry/training', {
      'GET /api/v1/me': json(coordinatorSession()),
      [SESSIONS]: json({ items: [withoutNotes], actions: ['read'] }),
    });
    await screen.findByTestId('training-sessions-table');
    expect(screen.getByTestId('training-session-row-course').textContent).toBe(en.courses.securityInduction);
    expect(screen.getByText('Карим Ахмедов')).toBeTruthy();
    expect(screen.queryByTestId('training-session-form')).toBeNull();
  });

  it('plans a session and opens its page; the server’s field errors go next to the fields', async () => {
    const { api } = openScreen('/registry/training', {
      'GET /api/v1/me': json(securitySession()),
      [SESSIONS]: json({ items: [], actions: ['read', 'create'] }),
      'GET /api/v1/registry/courses': json(catalogue()),
      'POST /api/v1/registry/training-sessions': problem(400, 'request.validation', {
        errors: [{ path: '/body/facilityId', code: 'unknown_facility', message: 'no such facility' }],
      }),
    });
    await screen.findByTestId('training-session-form');
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(2));
    fireEvent.change(screen.getByTestId('training-session-course'), {
      target: { value: TRAINING_IDS.induction },
    });
    fireEvent.change(screen.getByTestId('training-session-held-on'), { target: { value: '2026-12-10' } });
    fireEvent.change(screen.getByTestId('training-session-place'), { target: { value: 'Training room 1' } });
    fireEvent.change(screen.getByTestId('training-session-trainer'), { target: { value: 'Inès Moreau' } });
    fireEvent.change(screen.getByTestId('training-session-facility'), { target: { value: IDS.central } });
    fireEvent.click(screen.getByTestId('training-session-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('training-session-facility').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(api.to('POST /api/v1/registry/training-sessions')[0]?.body).toEqual({
      courseId: TRAINING_IDS.induction,
      heldOn: '2026-12-10',
      place: 'Training room 1',
      trainerName: 'Inès Moreau',
      facilityId: IDS.central,
    });

    api.answer('POST /api/v1/registry/training-sessions', json(sessionDetail({ attendance: [] }), 201));
    api.answer(`GET /api/v1/registry/training-sessions/${TRAINING_IDS.session}`, json(sessionDetail()));
    fireEvent.click(screen.getByTestId('training-session-submit'));
    await screen.findByTestId('page-training-session');
  });

  it('checks required fields before sending', async () => {
    const { api } = openScreen('/registry/training', {
      'GET /api/v1/me': json(securitySession()),
      [SESSIONS]: json({ items: [], actions: ['read', 'create'] }),
      'GET /api/v1/registry/courses': json(catalogue()),
    });
    await screen.findByTestId('training-session-form');
    fireEvent.click(screen.getByTestId('training-session-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('training-session-place').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(api.to('POST /api/v1/registry/training-sessions')).toHaveLength(0);
  });

  it('shows a refusal to a role that may not read sessions', async () => {
    openScreen('/registry/training', {
      'GET /api/v1/me': json(securitySession()),
      [SESSIONS]: problem(403, 'auth.forbidden'),
    });
    await screen.findByTestId('training-sessions-forbidden');
  });
});
