// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../locales/catalogues';
import { json, problem } from '../../testing/fake-api';
import { openScreen } from '../../testing/open-screen';
import { formatDay } from './EligibilityAnswerView';
import { BRIDGES, directoryEntry, IDS, OPEN_DOORS, securitySession } from './registry-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.registry;
const DIRECTORY = 'GET /api/v1/registry/organisations';

function openPage(answers: Parameters<typeof openScreen>[1] = {}, language: 'en' | 'ar' = 'en') {
  return openScreen(
    '/registry/organisations',
    {
      'GET /api/v1/me': json(securitySession()),
      [DIRECTORY]: json({
        items: [
          directoryEntry(),
          directoryEntry({
            id: IDS.openDoors,
            name: OPEN_DOORS,
            status: null,
            validUntil: null,
            facilityIds: [],
            interventionTypes: [],
          }),
        ],
        nextCursor: null,
      }),
      ...answers,
    },
    language,
  );
}

const rowOf = (id: string) =>
  screen
    .getAllByTestId('registry-directory-row')
    .find((row) => row.dataset.organisationId === id) as HTMLElement;

describe('the registry directory', () => {
  it('lists each organisation with its accreditation in words, until when, where and for what', async () => {
    const { api } = openPage();

    await screen.findByTestId('registry-directory-table');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.directory.heading);
    await waitFor(() => expect(document.title).toContain(en.directory.pageTitle));
    const bridges = rowOf(IDS.bridges);
    expect(within(bridges).getByTestId('registry-directory-status').textContent).toBe(
      en.accreditationStatuses.accredited,
    );
    expect(within(bridges).getByTestId('registry-directory-valid-until').textContent).toBe(
      formatDay('2027-06-30', 'en'),
    );
    expect(within(bridges).getByTestId('registry-directory-facilities').textContent).toBe('2 facilities');
    expect(within(bridges).getByTestId('registry-directory-intervention-types').textContent).toBe(
      'Mentoring and Education',
    );
    expect(within(bridges).getByRole('link', { name: BRIDGES }).getAttribute('href')).toBe(
      `/registry/organisations/${IDS.bridges}`,
    );
    const openDoors = rowOf(IDS.openDoors);
    expect(within(openDoors).getByTestId('registry-directory-status').textContent).toBe(
      en.directory.noApplication,
    );
    expect(within(openDoors).getByTestId('registry-directory-facilities').textContent).toBe(en.record.none);
    expect(new URLSearchParams(api.to(DIRECTORY)[0]?.search).get('limit')).toBe('50');
  });

  it('loads the next page with the cursor of the last one', async () => {
    const { api } = openPage({
      [DIRECTORY]: (request) =>
        json(
          new URLSearchParams(request.search).get('cursor') === 'after-bridges'
            ? { items: [directoryEntry({ id: IDS.openDoors, name: OPEN_DOORS })], nextCursor: null }
            : { items: [directoryEntry()], nextCursor: 'after-bridges' },
        )(request),
    });

    fireEvent.click(await screen.findByTestId('registry-directory-more'));

    await waitFor(() => expect(screen.getAllByTestId('registry-directory-row')).toHaveLength(2));
    expect(api.to(DIRECTORY).map((request) => new URLSearchParams(request.search).get('cursor'))).toEqual([
      null,
      'after-bridges',
    ]);
    expect(screen.queryByTestId('registry-directory-more')).toBeNull();
  });

  it('refuses a role that never reads the registry (403) and shows nothing of it', async () => {
    openPage({ [DIRECTORY]: problem(403, 'auth.forbidden') });

    const refusal = await screen.findByTestId('registry-directory-forbidden');
    expect(refusal.textContent).toContain(en.record.forbidden);
    expect(screen.queryByTestId('registry-directory-table')).toBeNull();
    expect(screen.queryByText(BRIDGES)).toBeNull();
  });

  it('reads right to left in Arabic, statuses and counts in Arabic', async () => {
    openPage({}, 'ar');

    await screen.findByTestId('registry-directory-table');
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    const ar = CATALOGUES.ar.registry;
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(ar.directory.heading);
    expect(within(rowOf(IDS.bridges)).getByTestId('registry-directory-status').textContent).toBe(
      ar.accreditationStatuses.accredited,
    );
    expect(within(rowOf(IDS.bridges)).getByTestId('registry-directory-facilities').textContent).toBe(
      'مؤسستان',
    );
    expect(within(rowOf(IDS.openDoors)).getByTestId('registry-directory-status').textContent).toBe(
      ar.directory.noApplication,
    );
  });
});
