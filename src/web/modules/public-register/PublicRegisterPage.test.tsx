// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PublicRegister } from '../../../contracts/public-register';
import { CATALOGUES } from '../../locales/catalogues';
import { json, problem } from '../../testing/fake-api';
import { openScreen } from '../../testing/open-screen';
import { formatDay } from '../registry/EligibilityAnswerView';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.publicRegister;
const REGISTER = 'GET /api/v1/public/registry/demo';
const BRIDGES = 'Bridges · Passerelles · جسور';
const HARBOUR = 'Harbour Arts Collective';

const register = (overrides: Partial<PublicRegister> = {}): PublicRegister => ({
  publisher: 'Meridia Prison Service',
  organisations: [
    {
      name: BRIDGES,
      interventionTypes: ['mentoring', 'education'],
      status: 'accredited',
      validUntil: '2027-06-30',
      otherNames: { ar: 'جسور', fr: 'Passerelles' },
      regionsServed: ['Central Meridia', 'Port Aldane'],
      expertise: ['psychologist', 'mentor'],
    },
    {
      name: HARBOUR,
      interventionTypes: ['creative_arts'],
      status: 'suspended',
      validUntil: null,
      otherNames: {},
      regionsServed: [],
      expertise: [],
    },
  ],
  ...overrides,
});

// No session: `/me` answers 401, as for any visitor.
const openPage = (answer = json(register()), language: 'en' | 'ar' = 'en') =>
  openScreen('/public/registry/demo', { [REGISTER]: answer }, language);

const rowNamed = (name: string) =>
  screen.getAllByTestId('public-register-row').find((row) => row.textContent?.includes(name)) as HTMLElement;

describe('the public register page', () => {
  it('shows the published organisations to a visitor who has not signed in', async () => {
    const { api } = openPage();

    await screen.findByTestId('public-register-table');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.page.heading);
    await waitFor(() => expect(document.title).toContain(en.page.pageTitle));
    expect(screen.getByTestId('public-register-publisher').textContent).toBe(
      'Published by \u2068Meridia Prison Service\u2069',
    );
    const bridges = rowNamed(BRIDGES);
    expect(within(bridges).getByTestId('public-register-areas').textContent).toBe('Mentoring and Education');
    // Names in other languages, each in its own language; regions; expertise in words.
    const otherNames = within(bridges).getByTestId('public-register-other-names');
    expect(otherNames.querySelector('[lang="ar"]')?.textContent).toBe('جسور');
    expect(otherNames.querySelector('[lang="fr"]')?.textContent).toBe('Passerelles');
    expect(within(bridges).getByTestId('public-register-regions').textContent).toBe(
      '\u2068Central Meridia\u2069 and \u2068Port Aldane\u2069',
    );
    expect(within(bridges).getByTestId('public-register-expertise').textContent).toBe(
      `${CATALOGUES.en.registry.actorRoles.psychologist} and ${CATALOGUES.en.registry.actorRoles.mentor}`,
    );
    expect(within(bridges).getByTestId('public-register-status').textContent).toBe(
      CATALOGUES.en.registry.accreditationStatuses.accredited,
    );
    expect(within(bridges).getByTestId('public-register-valid-until').textContent).toBe(
      formatDay('2027-06-30', 'en'),
    );
    const harbour = rowNamed(HARBOUR);
    expect(within(harbour).getByTestId('public-register-status').textContent).toBe(
      CATALOGUES.en.registry.accreditationStatuses.suspended,
    );
    expect(within(harbour).getByTestId('public-register-valid-until').textContent).toBe(en.page.notInForce);
    expect(screen.queryByTestId('sign-in-form')).toBeNull();
    expect(api.to(REGISTER)).toHaveLength(1);
  });

  it('says when no organisation is accredited', async () => {
    openPage(json(register({ organisations: [] })));
    expect((await screen.findByTestId('public-register-empty')).textContent).toBe(en.page.empty);
    expect(screen.queryByTestId('public-register-table')).toBeNull();
  });

  it('says the register is not published when the server answers 404', async () => {
    openPage(problem(404, 'not_found'));
    const notice = await screen.findByTestId('public-register-not-published');
    expect(notice.textContent).toContain(en.page.notPublishedTitle);
    expect(notice.textContent).toContain(en.page.notPublished);
    expect(screen.queryByTestId('public-register-table')).toBeNull();
    expect(screen.queryByTestId('public-register-load-failed')).toBeNull();
  });

  it('tells another failure apart, with a way to try again', async () => {
    openPage(problem(500, 'internal'));
    expect((await screen.findByTestId('public-register-load-failed')).textContent).toContain(
      en.page.loadFailedTitle,
    );
  });

  it('reads right to left in Arabic, with areas and statuses in Arabic', async () => {
    openPage(undefined, 'ar');
    await screen.findByTestId('public-register-table');
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    const ar = CATALOGUES.ar;
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(ar.publicRegister.page.heading);
    const harbour = rowNamed(HARBOUR);
    expect(within(harbour).getByTestId('public-register-areas').textContent).toBe(
      ar.registry.interventionTypes.creativeArts,
    );
    expect(within(harbour).getByTestId('public-register-status').textContent).toBe(
      ar.registry.accreditationStatuses.suspended,
    );
    expect(within(harbour).getByTestId('public-register-valid-until').textContent).toBe(
      ar.publicRegister.page.notInForce,
    );
  });
});
