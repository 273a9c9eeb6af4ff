// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EligibilityAnswer } from '../../../contracts/registry';
import { CATALOGUES } from '../../locales/catalogues';
import { caseManagerSession, json, problem } from '../../testing/fake-api';
import { openScreen } from '../../testing/open-screen';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.registry;
const PRACTITIONER = '0190c2a0-0000-7000-8000-0000000000e1';
const CENTRAL = '0190c2a0-0000-7000-8000-0000000000cc';
const ELIGIBILITY = `GET /api/v1/registry/practitioners/${PRACTITIONER}/eligibility`;
const gateSession = caseManagerSession({
  roles: [
    {
      role: 'gate_officer',
      scope: 'facility',
      facility: { id: CENTRAL, code: 'CENTRAL', name: 'Central Prison' },
      organisation: null,
    },
  ],
});
const FACILITIES = {
  facilities: [
    { id: CENTRAL, name: 'Central Prison', kind: 'men', timeZone: 'Africa/Tunis' },
    {
      id: '0190c2a0-0000-7000-8000-0000000000c2',
      name: "Women's Prison",
      kind: 'women',
      timeZone: 'Africa/Tunis',
    },
  ],
};
const NOT_ELIGIBLE: EligibilityAnswer = {
  practitioner: {
    id: PRACTITIONER,
    displayName: 'Yasmin Haddad',
    organisationId: '0190c2a0-0000-7000-8000-0000000000b2',
  },
  facility: { id: CENTRAL, name: 'Central Prison', timeZone: 'Africa/Tunis' },
  interventionType: 'family_engagement',
  accessTier: 'regular',
  eligible: false,
  basis: 'accreditation',
  day: '2026-12-01',
  reasons: [{ code: 'vetting_expired', date: '2026-09-30' }],
  validUntil: null,
};

function openPage(
  search: string,
  answers: Parameters<typeof openScreen>[1] = {},
  language: 'en' | 'ar' = 'en',
) {
  return openScreen(
    `/registry/practitioners/${PRACTITIONER}/eligibility${search}`,
    {
      'GET /api/v1/me': json(gateSession),
      'GET /api/v1/registry/facilities': json(FACILITIES),
      [ELIGIBILITY]: json(NOT_ELIGIBLE),
      ...answers,
    },
    language,
  );
}

describe('the eligibility page', () => {
  it('asks the question in its address and shows every reason in words', async () => {
    const { api } = openPage(
      `?facilityId=${CENTRAL}&on=2026-12-01&interventionType=family_engagement&accessTier=regular`,
    );
    const answer = await screen.findByTestId('eligibility-answer');
    expect(within(answer).getByTestId('eligibility-verdict').textContent).toBe(en.eligibility.notEligible);
    expect(within(answer).getByTestId('eligibility-reasons').textContent).toContain(
      'The background check expired on',
    );
    const asked = api.requests.find((request) => request.path.endsWith('/eligibility'));
    expect(new URLSearchParams(asked?.search)).toEqual(
      new URLSearchParams({
        facilityId: CENTRAL,
        interventionType: 'family_engagement',
        accessTier: 'regular',
        on: '2026-12-01',
      }),
    );
    // The form shows the question asked.
    expect((screen.getByTestId('eligibility-facility') as HTMLSelectElement).value).toBe(CENTRAL);
  });

  it('says which fields are missing and asks nothing until they are given', async () => {
    const { api } = openPage('');
    fireEvent.click(await screen.findByTestId('eligibility-ask'));
    expect(await screen.findByText(en.eligibilityPage.facilityRequired)).toBeTruthy();
    expect(screen.getByText(en.eligibilityPage.interventionTypeRequired)).toBeTruthy();
    expect(api.requests.some((request) => request.path.endsWith('/eligibility'))).toBe(false);

    fireEvent.change(screen.getByTestId('eligibility-facility'), { target: { value: CENTRAL } });
    fireEvent.change(screen.getByTestId('eligibility-intervention-type'), { target: { value: 'mentoring' } });
    fireEvent.click(screen.getByTestId('eligibility-ask'));
    await screen.findByTestId('eligibility-answer');
    const asked = api.requests.find((request) => request.path.endsWith('/eligibility'));
    expect(new URLSearchParams(asked?.search).get('interventionType')).toBe('mentoring');
    // No day given: the server answers for today at the facility.
    expect(new URLSearchParams(asked?.search).has('on')).toBe(false);
  });

  it('shows a refusal, with nothing of the practitioner, when the server answers 404', async () => {
    openPage(`?facilityId=${CENTRAL}&interventionType=mentoring&accessTier=regular`, {
      [ELIGIBILITY]: problem(404, 'not_found'),
    });
    expect((await screen.findByTestId('eligibility-not-found')).textContent).toContain(
      en.eligibilityPage.notFoundTitle,
    );
    expect(screen.queryByText(/Yasmin/)).toBeNull();
  });

  it('says that a role that never asks may not ask (403)', async () => {
    openPage(`?facilityId=${CENTRAL}&interventionType=mentoring&accessTier=regular`, {
      [ELIGIBILITY]: problem(403, 'auth.forbidden'),
    });
    expect(await screen.findByTestId('eligibility-forbidden')).toBeTruthy();
  });

  it('reads right to left in Arabic, with the names isolated', async () => {
    openPage(`?facilityId=${CENTRAL}&interventionType=family_engagement&accessTier=regular`, {}, 'ar');
    const answer = await screen.findByTestId('eligibility-answer');
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(within(answer).getByTestId('eligibility-verdict').textContent).toBe(
      CATALOGUES.ar.registry.eligibility.notEligible,
    );
    expect(within(answer).getByTestId('eligibility-question').textContent).toContain(
      '\u2068Yasmin Haddad\u2069',
    );
  });
});
