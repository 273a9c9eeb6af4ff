// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../locales/catalogues';
import { json, problem } from '../../testing/fake-api';
import { errorOf, field, type } from '../../testing/form-fields';
import { openScreen } from '../../testing/open-screen';
import {
  coordinatorSession,
  FACILITIES,
  IDS,
  openDoors,
  practitionerSummary,
  securitySession,
} from '../registry/registry-test-data';
import { CHECKER, check, checklist, coordinatorChecklist } from './review-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.registryReview;
const CHECKLIST = `GET /api/v1/registry/organisations/${IDS.openDoors}/due-diligence`;
const RECORD = `POST /api/v1/registry/organisations/${IDS.openDoors}/due-diligence`;

function openPage(answers: Parameters<typeof openScreen>[1] = {}, language: 'en' | 'ar' = 'en') {
  return openScreen(
    `/registry/organisations/${IDS.openDoors}`,
    {
      'GET /api/v1/me': json(securitySession()),
      'GET /api/v1/registry/facilities': json(FACILITIES),
      [`GET /api/v1/registry/organisations/${IDS.openDoors}`]: json(openDoors()),
      [`GET /api/v1/registry/organisations/${IDS.openDoors}/practitioners`]: json({
        items: [practitionerSummary()],
        nextCursor: null,
        actions: ['read'],
      }),
      [CHECKLIST]: json(checklist([check('registration_verified'), check('references_checked')])),
      ...answers,
    },
    language,
  );
}

const rows = () => screen.getAllByTestId('review-checklist-row');
const row = (kind: string) => rows().find((each) => each.dataset.kind === kind) as HTMLElement;

describe('the due diligence panel', () => {
  it('shows the five checks with result, day, checker and evidence, and how many hold', async () => {
    openPage();
    const progress = await screen.findByTestId('review-due-diligence-progress');
    expect(progress.textContent).toBe('2 of 5 checks satisfied.');
    expect(rows().map((each) => each.dataset.result)).toEqual([
      'satisfied',
      'satisfied',
      'not_checked',
      'not_checked',
      'not_checked',
    ]);
    expect(rows().map((each) => each.dataset.outcome)).toEqual([
      'done',
      'done',
      'outstanding',
      'outstanding',
      'outstanding',
    ]);
    const registration = row('registration_verified');
    expect(within(registration).getByRole('rowheader').textContent).toBe(en.kinds.registrationVerified);
    expect(within(registration).getByTestId('review-checklist-result').textContent).toBe(
      en.results.satisfied,
    );
    expect(within(registration).getByTestId('review-checklist-checker').textContent).toBe(
      CHECKER.displayName,
    );
    expect(within(registration).getByTestId('review-checklist-evidence').textContent).toBe(
      'Looked at for registration_verified.',
    );
    expect(within(row('sanctions_screened')).getByTestId('review-checklist-result').textContent).toBe(
      en.panel.notChecked,
    );
    expect(screen.getByTestId('review-check-form')).toBeTruthy();
  });

  it('records a check and shows the checklist the server answers', async () => {
    const { api } = openPage({
      [RECORD]: json(
        checklist([check('sanctions_screened'), check('registration_verified'), check('references_checked')]),
        201,
      ),
    });
    await screen.findByTestId('review-check-form');
    type('review-check-kind', 'sanctions_screened');
    type('review-check-result', 'satisfied');
    type('review-check-checked-on', '2026-05-04');
    type('review-check-evidence', '  National and UN lists: no match.  ');
    fireEvent.submit(screen.getByTestId('review-check-form'));

    await waitFor(() =>
      expect(screen.getByTestId('review-due-diligence-progress').textContent).toBe(
        '3 of 5 checks satisfied.',
      ),
    );
    expect(api.to(RECORD)[0]?.body).toEqual({
      kind: 'sanctions_screened',
      result: 'satisfied',
      checkedOn: '2026-05-04',
      evidence: 'National and UN lists: no match.',
    });
    expect(screen.getByTestId('review-check-outcome').textContent).toBe(
      `Check recorded: ${en.kinds.sanctionsScreened} — ${en.results.satisfied}.`,
    );
    expect(field('review-check-evidence').value).toBe('');
  });

  it('names the fields at fault before sending, and the one the server refuses', async () => {
    const { api } = openPage({
      [RECORD]: problem(400, 'request.validation', {
        errors: [{ path: '/body/checkedOn', code: 'in_future', message: 'must not be later than today' }],
      }),
    });
    await screen.findByTestId('review-check-form');
    fireEvent.submit(screen.getByTestId('review-check-form'));
    expect(errorOf(field('review-check-kind'))).toBe(CATALOGUES.en.registry.errors.chooseOne);
    expect(errorOf(field('review-check-evidence'))).toBe(CATALOGUES.en.registry.errors.required);
    expect(api.to(RECORD)).toHaveLength(0);

    type('review-check-kind', 'funding_declared');
    type('review-check-result', 'not_satisfied');
    type('review-check-checked-on', '2099-01-01');
    type('review-check-evidence', 'Accounts of 2025.');
    fireEvent.submit(screen.getByTestId('review-check-form'));
    await waitFor(() =>
      expect(errorOf(field('review-check-checked-on'))).toBe(CATALOGUES.en.registry.errors.dayInFuture),
    );
  });

  it('shows a coordinator only which checks are done and which outstanding, without result, day, checker or form', async () => {
    openPage({
      'GET /api/v1/me': json(coordinatorSession()),
      [CHECKLIST]: json(coordinatorChecklist(['registration_verified', 'references_checked'])),
    });
    const table = await screen.findByTestId('review-checklist-table');
    expect(screen.getByTestId('review-due-diligence-progress').textContent).toBe('2 of 5 checks satisfied.');
    expect(within(table).getByText(en.panel.outcomeCaption)).toBeTruthy();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([en.panel.columns.check, en.panel.columns.status]);
    expect(rows().map((each) => [each.dataset.kind, each.dataset.outcome, each.dataset.result])).toEqual([
      ['registration_verified', 'done', undefined],
      ['references_checked', 'done', undefined],
      ['human_rights_commitment', 'outstanding', undefined],
      ['funding_declared', 'outstanding', undefined],
      ['sanctions_screened', 'outstanding', undefined],
    ]);
    expect(within(row('registration_verified')).getByTestId('review-checklist-outcome').textContent).toBe(
      en.outcomes.done,
    );
    expect(within(row('sanctions_screened')).getByTestId('review-checklist-outcome').textContent).toBe(
      en.outcomes.outstanding,
    );
    for (const hidden of [
      en.results.satisfied,
      en.results.notSatisfied,
      en.panel.notChecked,
      en.panel.columns.result,
      en.panel.columns.checkedOn,
    ]) {
      expect(table.textContent).not.toContain(hidden);
    }
    expect(screen.queryByTestId('review-checklist-result')).toBeNull();
    expect(screen.queryByTestId('review-evidence-column')).toBeNull();
    expect(screen.queryByTestId('review-checklist-checker')).toBeNull();
    expect(screen.queryByTestId('review-check-form')).toBeNull();
  });

  it('shows a coordinator the words for where each check stands, in Arabic too', async () => {
    openPage(
      {
        'GET /api/v1/me': json(coordinatorSession()),
        [CHECKLIST]: json(coordinatorChecklist(['funding_declared'])),
      },
      'ar',
    );
    await screen.findByTestId('review-checklist-table');
    const ar = CATALOGUES.ar.registryReview;
    expect(within(row('funding_declared')).getByTestId('review-checklist-outcome').textContent).toBe(
      ar.outcomes.done,
    );
    expect(within(row('sanctions_screened')).getByTestId('review-checklist-outcome').textContent).toBe(
      ar.outcomes.outstanding,
    );
  });

  it('shows nothing of due diligence to a reader the server refuses', async () => {
    openPage({ [CHECKLIST]: problem(403, 'auth.forbidden') });
    await screen.findByTestId('registry-history-table');
    await waitFor(() => expect(screen.queryByTestId('review-due-diligence-pending')).toBeNull());
    expect(screen.queryByTestId('review-due-diligence-section')).toBeNull();
  });

  it('says a monitoring body needs no due diligence, in Arabic too', async () => {
    openPage({ [CHECKLIST]: json(checklist([], { required: false })) }, 'ar');
    expect((await screen.findByTestId('review-due-diligence-progress')).textContent).toBe(
      CATALOGUES.ar.registryReview.panel.notRequired,
    );
  });
});
