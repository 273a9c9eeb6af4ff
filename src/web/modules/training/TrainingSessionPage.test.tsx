// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../locales/catalogues';
import { json, problem } from '../../testing/fake-api';
import { openScreen } from '../../testing/open-screen';
import { formatDay } from '../registry/EligibilityAnswerView';
import { coordinatorSession, directoryEntry, IDS, securitySession } from '../registry/registry-test-data';
import { sessionDetail, TRAINING_IDS } from './training-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.training;
const PATH = `/registry/training/${TRAINING_IDS.session}`;
const SESSION = `GET /api/v1/registry/training-sessions/${TRAINING_IDS.session}`;
const ATTENDANCE = `POST /api/v1/registry/training-sessions/${TRAINING_IDS.session}/attendance`;
const PEOPLE = `GET /api/v1/registry/organisations/${IDS.bridges}/practitioners`;

const dmitri = {
  id: TRAINING_IDS.dmitri,
  displayName: 'Dmitri Volkov',
  roleTitle: 'Teacher',
  accessTier: 'regular' as const,
  gender: 'man' as const,
  languages: ['ru'],
  suspension: { suspended: false, since: null },
  vetting: null,
  actions: ['read' as const],
};

function openSession(answers: Parameters<typeof openScreen>[1] = {}) {
  return openScreen(PATH, {
    'GET /api/v1/me': json(securitySession()),
    [SESSION]: json(sessionDetail()),
    'GET /api/v1/registry/organisations': json({ items: [directoryEntry()], nextCursor: null }),
    [PEOPLE]: json({ items: [dmitri], nextCursor: null, actions: ['read'] }),
    ...answers,
  });
}

async function markDmitri(outcome: string) {
  const form = await screen.findByTestId('training-attendance-form');
  await waitFor(() => expect(within(form).getAllByRole('option').length).toBeGreaterThan(1));
  fireEvent.change(screen.getByTestId('training-attendance-organisation'), {
    target: { value: IDS.bridges },
  });
  const mark = await screen.findByTestId('training-attendance-mark');
  fireEvent.change(mark, { target: { value: outcome } });
  fireEvent.click(screen.getByTestId('training-attendance-submit'));
}

describe('a training session', () => {
  it('shows the session, the attendance and each certificate’s expiry', async () => {
    openSession();
    const table = await screen.findByTestId('training-attendance-table');
    expect(screen.getByTestId('training-session-course').textContent).toBe(en.courses.securityInduction);
    const row = within(table).getByTestId('training-attendance-row');
    expect(within(row).getByTestId('training-attendance-outcome').textContent).toBe(en.outcomes.completed);
    expect(within(row).getByTestId('training-attendance-certificate').textContent).toContain(
      formatDay('2028-09-30', 'en'),
    );
  });

  it('records attendance and shows the certificates issued', async () => {
    const { api } = openSession();
    api.answer(ATTENDANCE, json(sessionDetail(), 201));
    await markDmitri('completed');
    await screen.findByTestId('training-attendance-done');
    expect(api.to(ATTENDANCE)[0]?.body).toEqual({
      entries: [{ practitionerId: TRAINING_IDS.dmitri, outcome: 'completed' }],
    });
    expect(screen.getByTestId('training-attendance-done').textContent).toContain('1 certificate');
  });

  it('puts a 409 on the row of the participant at fault', async () => {
    openSession({
      [ATTENDANCE]: problem(409, 'training.attendance_already_recorded', {
        errors: [{ path: '/body/entries/0/practitionerId', code: 'already_recorded', message: 'recorded' }],
      }),
    });
    await markDmitri('absent');
    await waitFor(() => expect(screen.getByText(en.errors.alreadyRecorded)).toBeTruthy());
    expect(screen.getByTestId('training-attendance-mark').getAttribute('aria-invalid')).toBe('true');
  });

  it('says so above the form when the session is still ahead', async () => {
    openSession({
      [ATTENDANCE]: problem(400, 'training.session_not_held', {
        errors: [{ path: '/params/id', code: 'in_future', message: 'not held' }],
      }),
    });
    await markDmitri('completed');
    await waitFor(() =>
      expect(screen.getByTestId('training-attendance-form-error').textContent).toContain(
        en.errors.sessionNotHeld,
      ),
    );
  });

  it('shows a coordinator the session, sent without its notes, and no attendance form', async () => {
    // The server never sends a coordinator the notes: the page stands without them.
    const { notes: _notes, ...withoutNotes } = sessionDetail({ actions: ['read'] });
    openSession({
      'GET /api/v1/me': json(coordinatorSession()),
      [SESSION]: json(withoutNotes),
    });
    const table = await screen.findByTestId('training-attendance-table');
    expect(screen.getByTestId('training-session-course').textContent).toBe(en.courses.securityInduction);
    expect(within(table).getByTestId('training-attendance-row').textContent).toContain('Omar Said');
    expect(screen.queryByTestId('training-attendance-form')).toBeNull();
  });

  it('shows nothing of a session out of sight', async () => {
    openSession({ [SESSION]: problem(404, 'not_found') });
    await screen.findByTestId('training-session-not-found');
    expect(screen.queryByText('Omar Said')).toBeNull();
  });
});
