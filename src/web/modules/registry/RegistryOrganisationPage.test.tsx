// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../locales/catalogues';
import { json, problem } from '../../testing/fake-api';
import { errorOf, field, type } from '../../testing/form-fields';
import { openScreen } from '../../testing/open-screen';
import {
  coordinatorSession,
  FACILITIES,
  IDS,
  OPEN_DOORS,
  openDoors,
  practitionerSummary,
  securitySession,
} from './registry-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.registry;
const RECORD = `GET /api/v1/registry/organisations/${IDS.openDoors}`;
const DECIDE = `POST /api/v1/registry/organisations/${IDS.openDoors}/decisions`;
const PROFILE = `PUT /api/v1/registry/organisations/${IDS.openDoors}/profile`;
const AGREE = `POST /api/v1/registry/organisations/${IDS.openDoors}/agreements`;
const PRACTITIONERS = `GET /api/v1/registry/organisations/${IDS.openDoors}/practitioners`;

function openPage(answers: Parameters<typeof openScreen>[1] = {}, language: 'en' | 'ar' = 'en') {
  return openScreen(
    `/registry/organisations/${IDS.openDoors}`,
    {
      'GET /api/v1/me': json(securitySession()),
      'GET /api/v1/registry/facilities': json(FACILITIES),
      [RECORD]: json(openDoors()),
      [PRACTITIONERS]: json({ items: [practitionerSummary()], nextCursor: null, actions: ['read'] }),
      ...answers,
    },
    language,
  );
}

const section = (testId: string) => screen.getByTestId(testId);

describe('an organisation’s registry record', () => {
  it('shows the profile, the accreditation, its history and the practitioners in words', async () => {
    openPage();

    await screen.findByTestId('registry-history-table');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(OPEN_DOORS);
    expect(screen.getByTestId('registry-profile-mandate').textContent).toBe(en.mandates.serviceProvider);
    expect(screen.getByTestId('registry-profile-country').textContent).toMatch(/Tunisia \(TN\)/);
    expect(screen.getByTestId('registry-accreditation-status').textContent).toBe(
      en.accreditationStatuses.underReview,
    );
    const history = screen.getAllByTestId('registry-history-row');
    expect(history.map((row) => row.dataset.status)).toEqual(['under_review', 'applied']);
    expect(within(history[0] as HTMLElement).getByTestId('registry-history-decided-by').textContent).toBe(
      'Amina Benali',
    );
    expect(within(history[1] as HTMLElement).getByTestId('registry-history-decided-by').textContent).toBe(
      en.record.notRecorded,
    );
    expect(within(history[1] as HTMLElement).getByTestId('registry-history-reasons').textContent).toContain(
      'football',
    );
    expect(section('registry-history-section').textContent).toContain('shown in the record’s history');
    expect(screen.getByTestId('registry-agreements-none')).toBeTruthy();

    const practitioner = await screen.findByTestId('registry-practitioner-row');
    expect(within(practitioner).getByRole('link', { name: 'Pablo Ortega' }).getAttribute('href')).toBe(
      `/registry/practitioners/${IDS.pablo}`,
    );
    expect(
      within(practitioner)
        .getByRole('link', { name: 'Ask whether \u2068Pablo Ortega\u2069 may work at a facility' })
        .getAttribute('href'),
    ).toBe(`/registry/practitioners/${IDS.pablo}/eligibility`);
    expect(within(practitioner).getByTestId('registry-practitioner-vetting').textContent).toBe(
      en.organisation.practitioners.neverVetted,
    );
    // A security officer decides; the profile is the organisation's own.
    expect(screen.getByTestId('registry-decision-form')).toBeTruthy();
    expect(screen.queryByTestId('registry-profile-form')).toBeNull();
    expect(screen.queryByTestId('registry-apply-form')).toBeNull();
    expect(screen.queryByTestId('registry-agreement-form')).toBeNull();
  });

  it('accredits with the period, facilities by name and kinds of intervention, and shows the new record', async () => {
    const accredited = openDoors({
      accreditation: {
        ...(openDoors().accreditation as NonNullable<ReturnType<typeof openDoors>['accreditation']>),
        id: '0190c2a0-0000-7000-8000-00000000dd03',
        status: 'accredited',
        validFrom: '2026-03-01',
        validUntil: '2027-02-28',
        facilityIds: [IDS.central],
        interventionTypes: ['sport'],
      },
      nextStatuses: ['accredited', 'suspended', 'revoked'],
    });
    const { api } = openPage({ [DECIDE]: json(accredited, 201) });
    await screen.findByTestId('registry-decision-form');

    type('registry-decision-status', 'accredited');
    type('registry-decision-valid-from', '2026-03-01');
    type('registry-decision-valid-until', '2027-02-28');
    fireEvent.click(within(section('registry-decision-facilities')).getByLabelText('Central Prison'));
    fireEvent.click(within(section('registry-decision-intervention-types')).getByLabelText('Sport'));
    type('registry-decision-conditions', 'Sessions in the sports hall only.');
    fireEvent.click(screen.getByTestId('registry-decision-submit'));

    await waitFor(() =>
      expect(screen.getByTestId('registry-outcome').textContent).toBe(
        'The decision has been recorded: Accredited.',
      ),
    );
    expect(api.to(DECIDE)[0]?.body).toEqual({
      status: 'accredited',
      validFrom: '2026-03-01',
      validUntil: '2027-02-28',
      facilityIds: [IDS.central],
      interventionTypes: ['sport'],
      requiresAgreement: true,
      conditions: 'Sessions in the sports hall only.',
    });
    expect(api.to(DECIDE)[0]?.headers.get('x-csrf-token')).toBe('csrf-token-of-this-session');
    expect(screen.getByTestId('registry-accreditation-status').textContent).toBe(
      en.accreditationStatuses.accredited,
    );
    expect(screen.getByTestId('registry-accreditation-facilities').textContent).toBe('Central Prison');
    // The record came with the answer: it is not asked for again (each look is audited).
    expect(api.to(RECORD)).toHaveLength(1);
  });

  it('says what is missing before sending, and the server’s field errors next to their fields', async () => {
    const { api } = openPage({
      [DECIDE]: problem(400, 'request.validation', {
        errors: [
          { path: '/body/facilityIds/0', code: 'unknown_facility', message: 'no such facility' },
          { path: '/body/validUntil', code: 'before_valid_from', message: 'must be on or after validFrom' },
        ],
      }),
    });
    await screen.findByTestId('registry-decision-form');

    type('registry-decision-status', 'refused');
    fireEvent.click(screen.getByTestId('registry-decision-submit'));
    await waitFor(() => expect(errorOf(field('registry-decision-reasons'))).toBe(en.errors.required));
    expect(api.to(DECIDE)).toHaveLength(0);

    type('registry-decision-status', 'accredited');
    type('registry-decision-valid-from', '2026-03-01');
    type('registry-decision-valid-until', '2026-04-01');
    fireEvent.click(within(section('registry-decision-facilities')).getByLabelText("Women's Prison"));
    fireEvent.click(within(section('registry-decision-intervention-types')).getByLabelText('Sport'));
    fireEvent.click(screen.getByTestId('registry-decision-submit'));

    expect((await screen.findByTestId('registry-decision-facilities-error')).textContent).toBe(
      en.errors.unknownFacility,
    );
    expect(errorOf(field('registry-decision-valid-until'))).toBe(en.errors.endBeforeStart);
    expect(screen.getByTestId('registry-decision-form-error').textContent).toContain(en.errors.checkFields);
    // Nothing typed is lost.
    expect(field('registry-decision-valid-from').value).toBe('2026-03-01');
    expect(
      (within(section('registry-decision-facilities')).getByLabelText("Women's Prison") as HTMLInputElement)
        .checked,
    ).toBe(true);
  });

  it('lets the coordinator write the profile, with a taken registration number next to its field', async () => {
    const mine = openDoors({ actions: ['read', 'update_profile'], nextStatuses: [] });
    const { api } = openPage({
      'GET /api/v1/me': json(coordinatorSession()),
      [RECORD]: json(mine),
      [PROFILE]: problem(409, 'registry.registration_number_taken', {
        errors: [
          {
            path: '/body/registrationNumber',
            code: 'taken',
            message: 'another organisation has this number',
          },
        ],
      }),
    });
    await screen.findByTestId('registry-profile-form');
    expect(screen.queryByTestId('registry-decision-form')).toBeNull();

    type('registry-profile-registration-number-input', ' MER-ASSOC-2019-0412 ');
    type('registry-profile-country-input', 'es');
    fireEvent.click(screen.getByTestId('registry-profile-submit'));

    await waitFor(() =>
      expect(errorOf(field('registry-profile-registration-number-input'))).toBe(
        en.errors.registrationNumberTaken,
      ),
    );
    expect(api.to(PROFILE)[0]?.body).toEqual({
      mandate: 'service_provider',
      legalName: 'Open Doors Youth Circle',
      registrationNumber: 'MER-ASSOC-2019-0412',
      registrationRegistry: 'Meridia Register of Associations (fictional)',
      country: 'ES',
      otherNames: { es: 'Círculo Juvenil Puertas Abiertas' },
      regionsServed: ['Port Aldane'],
      expertise: ['teacher_trainer', 'mentor'],
      interventionTypes: ['mentoring', 'sport'],
      languages: ['es', 'en'],
      staffCount: 9,
      contacts: [
        { name: 'Lucía Romero', role: 'Coordinator', email: 'lucia.romero@example.org', phone: null },
      ],
    });
    expect(field('registry-profile-registration-number-input').value).toBe(' MER-ASSOC-2019-0412 ');
    expect(field('registry-profile-legal-name-input').getAttribute('dir')).toBe('auto');
  });

  it('lets the coordinator apply when the lifecycle allows it', async () => {
    const refused = openDoors({ actions: ['read', 'update_profile', 'apply'], nextStatuses: ['applied'] });
    const { api } = openPage({
      'GET /api/v1/me': json(coordinatorSession()),
      [RECORD]: json(refused),
      [DECIDE]: json(openDoors({ actions: ['read', 'update_profile'], nextStatuses: [] }), 201),
    });

    fireEvent.click(await screen.findByTestId('registry-apply-submit'));

    await waitFor(() =>
      expect(screen.getByTestId('registry-outcome').textContent).toBe(en.applyForm.applied),
    );
    expect(api.to(DECIDE)[0]?.body).toEqual({ status: 'applied' });
    expect(screen.queryByTestId('registry-apply-form')).toBeNull();
  });

  it('lets the director record an agreement, and says a last day before the first next to it', async () => {
    const { api, i18n } = openPage({
      [RECORD]: json(openDoors({ actions: ['read', 'decide', 'record_agreement'] })),
      [AGREE]: problem(400, 'request.validation', {
        errors: [{ path: '/body/endsOn', code: 'before_start', message: 'must be on or after startsOn' }],
      }),
    });
    await screen.findByTestId('registry-agreement-form');

    fireEvent.click(screen.getByTestId('registry-agreement-submit'));
    await waitFor(() => expect(errorOf(field('registry-agreement-title-input'))).toBe(en.errors.required));
    expect(api.to(AGREE)).toHaveLength(0);
    // A reader who switches language reads the messages in the new one.
    await act(() => i18n.changeLanguage('fr'));
    expect(errorOf(field('registry-agreement-title-input'))).toBe(CATALOGUES.fr.registry.errors.required);
    await act(() => i18n.changeLanguage('en'));

    type('registry-agreement-title-input', 'Memorandum on youth sport');
    type('registry-agreement-starts-on', '2026-03-01');
    fireEvent.click(screen.getByTestId('registry-agreement-submit'));

    await waitFor(() => expect(errorOf(field('registry-agreement-ends-on'))).toBe(en.errors.endBeforeStart));
    expect(api.to(AGREE)[0]?.body).toEqual({
      title: 'Memorandum on youth sport',
      startsOn: '2026-03-01',
      endsOn: null,
      signedOn: null,
    });
  });

  it('shows a refusal and nothing of the record when the organisation is out of sight (404)', async () => {
    openPage({ [RECORD]: problem(404, 'not_found') });

    expect((await screen.findByTestId('registry-organisation-not-found')).textContent).toContain(
      en.organisation.notFoundTitle,
    );
    expect(screen.queryByText(OPEN_DOORS)).toBeNull();
    expect(screen.queryByTestId('registry-profile-section')).toBeNull();
  });

  it('shows the registry’s refusal to a role that never reads it (403)', async () => {
    openPage({ [RECORD]: problem(403, 'auth.forbidden') });

    expect((await screen.findByTestId('registry-organisation-forbidden')).textContent).toContain(
      en.record.forbiddenTitle,
    );
    expect(screen.queryByTestId('registry-decision-form')).toBeNull();
  });

  it('reads right to left in Arabic, the name isolated in its own direction', async () => {
    openPage({}, 'ar');

    await screen.findByTestId('registry-history-table');
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    const ar = CATALOGUES.ar.registry;
    expect(screen.getByRole('heading', { level: 1 }).querySelector('bdi')?.textContent).toBe(OPEN_DOORS);
    expect(screen.getByTestId('registry-accreditation-status').textContent).toBe(
      ar.accreditationStatuses.underReview,
    );
    expect(screen.getByTestId('registry-decision-submit').textContent).toBe(ar.decisionForm.submit);
  });
});
