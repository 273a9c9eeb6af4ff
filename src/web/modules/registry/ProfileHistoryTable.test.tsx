// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProfileValues } from '../../../contracts/registry-profile';
import { CATALOGUES } from '../../locales/catalogues';
import { json } from '../../testing/fake-api';
import { openScreen } from '../../testing/open-screen';
import { FACILITIES, IDS, openDoors, securitySession } from './registry-test-data';

// The profile history opens onto what each version changed: every changed field as it was in the
// version before and as the version left it, lists in the reader's words.

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const RECORD = `GET /api/v1/registry/organisations/${IDS.openDoors}`;
const { updatedAt: _, ...first } = openDoors().profile as NonNullable<
  ReturnType<typeof openDoors>['profile']
>;
const second: ProfileValues = {
  ...first,
  interventionTypes: ['mentoring', 'sport', 'education'],
  otherNames: { ...first.otherNames, ar: 'دائرة الأبواب المفتوحة' },
  staffCount: 12,
};

function openHistory(
  language: 'en' | 'ar',
  values: { first: ProfileValues | null; second: ProfileValues | null },
) {
  return openScreen(
    `/registry/organisations/${IDS.openDoors}`,
    {
      'GET /api/v1/me': json(securitySession()),
      'GET /api/v1/registry/facilities': json(FACILITIES),
      [`GET /api/v1/registry/organisations/${IDS.openDoors}/practitioners`]: json({
        items: [],
        nextCursor: null,
        actions: ['read'],
      }),
      [RECORD]: json(
        openDoors({
          profileHistory: [
            {
              version: 2,
              changedFields: ['otherNames', 'interventionTypes', 'staffCount'],
              changedBy: { userId: IDS.director, displayName: 'Lucía Romero' },
              changedAt: '2026-02-10T09:00:00.000Z',
              values: values.second,
            },
            {
              version: 1,
              changedFields: ['mandate', 'legalName', 'interventionTypes'],
              changedBy: null,
              changedAt: '2026-01-10T09:00:00.000Z',
              values: values.first,
            },
          ],
        }),
      ),
    },
    language,
  );
}

describe('the profile history’s values', () => {
  it('shows, per version, what each changed field was before and what it became, in the reader’s words', async () => {
    openHistory('ar', { first, second });
    const ar = CATALOGUES.ar.registry;
    await screen.findByTestId('registry-profile-history-table');
    const details = screen.getAllByTestId('registry-profile-history-details');
    expect(details).toHaveLength(2);
    // A native disclosure: closed until the reader opens it, its summary naming the fields.
    expect(details[0]?.tagName).toBe('DETAILS');
    expect(details[0]?.hasAttribute('open')).toBe(false);
    expect(
      within(details[0] as HTMLElement).getByTestId('registry-profile-history-fields').textContent,
    ).toContain(ar.organisation.profile.staffCount);
    const before = screen.getByTestId('registry-profile-history-changes-2-interventionTypes-before');
    const after = screen.getByTestId('registry-profile-history-changes-2-interventionTypes-after');
    expect(before.textContent).toContain(ar.interventionTypes.mentoring);
    expect(before.textContent).not.toContain(ar.interventionTypes.education);
    expect(after.textContent).toContain(ar.interventionTypes.education);
    expect(after.textContent).toContain(ar.interventionTypes.sport);
    // A name in another language keeps its own language, for shaping and reading aloud.
    const names = screen.getByTestId('registry-profile-history-changes-2-otherNames-after');
    expect(names.querySelector('[lang="ar"]')?.textContent).toBe('دائرة الأبواب المفتوحة');
    expect(screen.getByTestId('registry-profile-history-changes-2-staffCount-before').textContent).toBe('9');
    expect(screen.getByTestId('registry-profile-history-changes-2-staffCount-after').textContent).toBe('12');
    // Only the fields the version changed are shown.
    expect(screen.queryByTestId('registry-profile-history-changes-2-mandate')).toBeNull();
    // The first version had nothing before it.
    expect(screen.getByTestId('registry-profile-history-changes-1-mandate-before').textContent).toBe(
      ar.organisation.profileHistory.noEarlier,
    );
  });

  it('shows only which fields changed to a reader the server gives no values', async () => {
    openHistory('en', { first: null, second: null });
    await screen.findByTestId('registry-profile-history-table');
    expect(screen.queryByTestId('registry-profile-history-details')).toBeNull();
    expect(screen.queryByText(CATALOGUES.en.registry.organisation.profileHistory.valuesHint)).toBeNull();
    expect(screen.getAllByTestId('registry-profile-history-fields')).toHaveLength(2);
  });
});
