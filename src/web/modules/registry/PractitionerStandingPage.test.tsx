// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VettingCheck } from '../../../contracts/registry-practitioners';
import { CATALOGUES } from '../../locales/catalogues';
import { json, problem } from '../../testing/fake-api';
import { errorOf, field, type } from '../../testing/form-fields';
import { openScreen } from '../../testing/open-screen';
import { formatDay } from './EligibilityAnswerView';
import { coordinatorSession, IDS, OPEN_DOORS, pablo, securitySession } from './registry-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.registry;
const BASE = `/api/v1/registry/practitioners/${IDS.pablo}`;
const STANDING = `GET ${BASE}`;

const CHECK: VettingCheck = {
  id: '0190c2a0-0000-7000-8000-0000000000a9',
  level: 'enhanced',
  outcome: 'cleared',
  checkedOn: '2026-02-01',
  expiresOn: '2027-01-31',
  findings: 'Nothing of concern.',
  recordedAt: '2026-02-02T08:00:00.000Z',
};

function openPage(answers: Parameters<typeof openScreen>[1] = {}, language: 'en' | 'ar' = 'en') {
  return openScreen(
    `/registry/practitioners/${IDS.pablo}`,
    { 'GET /api/v1/me': json(securitySession()), [STANDING]: json(pablo()), ...answers },
    language,
  );
}

describe('a practitioner’s standing', () => {
  it('shows details, suspension, vetting with findings, signatures and certificates in words', async () => {
    openPage({ [STANDING]: json(pablo({ vetting: [CHECK] })) });

    await screen.findByTestId('registry-practitioner-details');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Pablo Ortega');
    expect(screen.getByTestId('registry-practitioner-organisation').textContent).toBe(OPEN_DOORS);
    expect(
      within(screen.getByTestId('registry-practitioner-organisation')).getByRole('link').getAttribute('href'),
    ).toBe(`/registry/organisations/${IDS.openDoors}`);
    expect(screen.getByTestId('registry-practitioner-access-tier').textContent).toBe(en.accessTiers.regular);
    expect(screen.getByTestId('registry-practitioner-languages').textContent).toBe('Spanish and English');
    expect(screen.getByTestId('registry-suspension-status').textContent).toBe(
      '\u2068Pablo Ortega\u2069 is not suspended.',
    );
    const check = screen.getByTestId('registry-vetting-row');
    expect(within(check).getByRole('rowheader').textContent).toBe(en.vettingOutcomes.cleared);
    expect(check.textContent).toContain(formatDay('2027-01-31', 'en'));
    expect(within(check).getByTestId('registry-vetting-findings').textContent).toBe('Nothing of concern.');
    expect(screen.getByTestId('registry-signatures-none')).toBeTruthy();
    expect(screen.getByTestId('registry-certificate-row').textContent).toContain('Security induction');
    expect(screen.getByTestId('registry-practitioner-eligibility-link').getAttribute('href')).toBe(
      `/registry/practitioners/${IDS.pablo}/eligibility`,
    );
    // Prison staff vet, certify and suspend; signatures are the organisation's to record.
    expect(screen.getByTestId('registry-vetting-form')).toBeTruthy();
    expect(screen.getByTestId('registry-certificate-form')).toBeTruthy();
    expect(screen.getByTestId('registry-suspend')).toBeTruthy();
    expect(screen.queryByTestId('registry-signature-form')).toBeNull();
  });

  it('shows no findings column when the answer carries none (the organisation’s view)', async () => {
    const { findings: _hidden, ...withoutFindings } = CHECK;
    openPage({
      'GET /api/v1/me': json(coordinatorSession()),
      [STANDING]: json(pablo({ vetting: [withoutFindings], actions: ['read', 'record_signature'] })),
    });

    await screen.findByTestId('registry-vetting-table');
    expect(screen.queryByTestId('registry-vetting-findings-column')).toBeNull();
    expect(screen.queryByTestId('registry-vetting-form')).toBeNull();
    expect(screen.getByTestId('registry-signature-form')).toBeTruthy();
  });

  it('records a background check, with a future date refused next to its field', async () => {
    const { api } = openPage({
      [`POST ${BASE}/vetting`]: problem(400, 'request.validation', {
        errors: [{ path: '/body/checkedOn', code: 'in_future', message: 'must not be later than today' }],
      }),
    });
    await screen.findByTestId('registry-vetting-form');

    fireEvent.click(screen.getByTestId('registry-vetting-submit'));
    await waitFor(() => expect(errorOf(field('registry-vetting-outcome'))).toBe(en.errors.chooseOne));
    expect(api.to(`POST ${BASE}/vetting`)).toHaveLength(0);

    type('registry-vetting-outcome', 'cleared');
    type('registry-vetting-level', 'enhanced');
    type('registry-vetting-checked-on', '2099-01-01');
    type('registry-vetting-findings-input', '  Nothing of concern.  ');
    fireEvent.click(screen.getByTestId('registry-vetting-submit'));

    await waitFor(() => expect(errorOf(field('registry-vetting-checked-on'))).toBe(en.errors.dayInFuture));
    expect(api.to(`POST ${BASE}/vetting`)[0]?.body).toEqual({
      level: 'enhanced',
      outcome: 'cleared',
      checkedOn: '2099-01-01',
      findings: 'Nothing of concern.',
    });
    expect(field('registry-vetting-findings-input').value).toBe('  Nothing of concern.  ');
  });

  it('records a certificate of a course on record, and shows the new standing', async () => {
    const renewed = pablo({
      certificates: [
        {
          id: '0190c2a0-0000-7000-8000-0000000000a2',
          course: { id: IDS.course, code: 'security_induction', name: 'Security induction' },
          issuedOn: '2026-03-01',
          expiresOn: '2028-02-29',
          recordedAt: '2026-03-01T08:00:00.000Z',
        },
        ...pablo().certificates,
      ],
    });
    const { api } = openPage({ [`POST ${BASE}/certificates`]: json(renewed, 201) });
    await screen.findByTestId('registry-certificate-form');

    type('registry-certificate-course', IDS.course);
    type('registry-certificate-issued-on', '2026-03-01');
    fireEvent.click(screen.getByTestId('registry-certificate-submit'));

    await waitFor(() => expect(screen.getAllByTestId('registry-certificate-row')).toHaveLength(2));
    expect(api.to(`POST ${BASE}/certificates`)[0]?.body).toEqual({
      courseId: IDS.course,
      issuedOn: '2026-03-01',
    });
    expect(screen.getByTestId('registry-outcome').textContent).toBe(
      'The certificate of \u2068Pablo Ortega\u2069 for the course \u2068Security induction\u2069 has been recorded.',
    );
    expect(api.to(STANDING)).toHaveLength(1);
  });

  it('says when no course can be offered, the catalogue being empty', async () => {
    openPage({
      [STANDING]: json(pablo({ certificates: [] })),
      'GET /api/v1/registry/courses': json({ courses: [], facilities: [], actions: [] }),
    });

    expect((await screen.findByTestId('registry-certificate-no-courses')).textContent).toBe(
      en.certificateForm.noCourses,
    );
    expect(screen.queryByTestId('registry-certificate-form')).toBeNull();
  });

  it('offers every course of the catalogue, a standard course in the reader’s language', async () => {
    const dataProtection = '0190c2a0-0000-7000-8000-0000000000f2';
    const added = '0190c2a0-0000-7000-8000-0000000000f3';
    const course = (id: string, code: string, name: string) => ({
      id,
      code,
      name,
      validityMonths: 24,
      standard: code !== 'prison_gardening',
      requiredBy: [],
      actions: [],
    });
    openPage(
      {
        [STANDING]: json(pablo({ certificates: [] })),
        'GET /api/v1/registry/courses': json({
          courses: [
            course(dataProtection, 'data_protection', 'Data protection'),
            course(added, 'prison_gardening', 'Jardinage en détention'),
          ],
          facilities: [],
          actions: [],
        }),
      },
      'ar',
    );

    const select = await screen.findByTestId('registry-certificate-course');
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(3));
    const labels = within(select)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(labels.slice(1)).toEqual([
      CATALOGUES.ar.training.courses.dataProtection,
      'Jardinage en détention',
    ]);
  });

  it('lets the coordinator record a signature, with a version never issued next to its field', async () => {
    const { api } = openPage({
      'GET /api/v1/me': json(coordinatorSession()),
      [STANDING]: json(pablo({ actions: ['read', 'record_signature'] })),
      [`POST ${BASE}/signatures`]: problem(400, 'request.validation', {
        errors: [
          { path: '/body/version', code: 'unknown_version', message: 'no such version of this document' },
        ],
      }),
    });
    await screen.findByTestId('registry-signature-form');

    type('registry-signature-document', 'code_of_conduct');
    type('registry-signature-version', '9');
    type('registry-signature-signed-on', '2026-03-01');
    fireEvent.click(screen.getByTestId('registry-signature-submit'));

    await waitFor(() => expect(errorOf(field('registry-signature-version'))).toBe(en.errors.unknownVersion));
    expect(api.to(`POST ${BASE}/signatures`)[0]?.body).toEqual({
      document: 'code_of_conduct',
      version: '9',
      signedOn: '2026-03-01',
    });
    expect(field('registry-signature-version').value).toBe('9');
  });

  it('suspends only with a reason and after asking, focus on Cancel', async () => {
    const suspended = pablo({
      suspension: { suspended: true, since: '2026-03-01T10:00:00.000Z', reason: 'Under investigation.' },
      actions: ['read', 'record_vetting', 'record_certificate', 'reinstate'],
    });
    const { api } = openPage({ [`PUT ${BASE}/suspension`]: json(suspended) });

    fireEvent.click(await screen.findByTestId('registry-suspend'));
    await waitFor(() => expect(errorOf(field('registry-suspension-reason-input'))).toBe(en.errors.required));
    expect(screen.queryByTestId('registry-suspension-confirmation')).toBeNull();

    type('registry-suspension-reason-input', 'Under investigation.');
    fireEvent.click(screen.getByTestId('registry-suspend'));
    const question = await screen.findByTestId('registry-suspension-confirmation');
    expect(question.textContent).toContain('Suspend \u2068Pablo Ortega\u2069 now?');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByTestId('registry-suspension-cancel')),
    );
    expect(api.to(`PUT ${BASE}/suspension`)).toHaveLength(0);

    fireEvent.click(screen.getByTestId('registry-suspension-confirm'));

    await waitFor(() =>
      expect(screen.getByTestId('registry-suspension-status').dataset.suspended).toBe('true'),
    );
    expect(api.to(`PUT ${BASE}/suspension`)[0]?.body).toEqual({ reason: 'Under investigation.' });
    expect(screen.getByTestId('registry-suspension-reason').textContent).toContain('Under investigation.');
    expect(screen.getByTestId('registry-reinstate')).toBeTruthy();
  });

  it('reinstates after asking (DELETE)', async () => {
    const { api } = openPage({
      [STANDING]: json(
        pablo({
          suspension: { suspended: true, since: '2026-03-01T10:00:00.000Z', reason: 'Under investigation.' },
          actions: ['read', 'reinstate'],
        }),
      ),
      [`DELETE ${BASE}/suspension`]: json(pablo({ actions: ['read', 'suspend'] })),
    });

    fireEvent.click(await screen.findByTestId('registry-reinstate'));
    fireEvent.click(await screen.findByTestId('registry-suspension-confirm'));

    await waitFor(() =>
      expect(screen.getByTestId('registry-outcome').textContent).toBe(
        '\u2068Pablo Ortega\u2069 has been reinstated.',
      ),
    );
    expect(api.to(`DELETE ${BASE}/suspension`)).toHaveLength(1);
  });

  it('shows a refusal and nothing of the practitioner when out of sight (404)', async () => {
    openPage({ [STANDING]: problem(404, 'not_found') });

    expect((await screen.findByTestId('registry-practitioner-not-found')).textContent).toContain(
      en.practitioner.notFoundTitle,
    );
    expect(screen.queryByText(/Pablo/)).toBeNull();
  });

  it('reads right to left in Arabic', async () => {
    openPage({}, 'ar');

    await screen.findByTestId('registry-practitioner-details');
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    const ar = CATALOGUES.ar.registry;
    expect(screen.getByTestId('registry-practitioner-access-tier').textContent).toBe(ar.accessTiers.regular);
    expect(screen.getByTestId('registry-vetting-none').textContent).toBe(ar.practitioner.vetting.none);
    expect(screen.getByTestId('registry-practitioner-eligibility-link').textContent).toContain(
      '\u2068Pablo Ortega\u2069',
    );
  });
});
