// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Certificate, VettingCheck } from '../../../contracts/registry-practitioners';
import { CATALOGUES } from '../../locales/catalogues';
import { json } from '../../testing/fake-api';
import { openScreen } from '../../testing/open-screen';
import { formatDay } from './EligibilityAnswerView';
import { expiryStanding } from './expiry';
import {
  coordinatorSession,
  FACILITIES,
  IDS,
  openDoors,
  pablo,
  practitionerSummary,
} from './registry-test-data';

// Expiries marked in words where they are shown: the standing page's vetting and certificates, and
// the organisation's list of practitioners ("cleared, valid until" said of a lapsed clearance misled).

const TODAY = '2026-11-29';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T10:00:00`));
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.registry;

const check = (overrides: Partial<VettingCheck>): VettingCheck => ({
  id: '0190c2a0-0000-7000-8000-0000000000a9',
  level: 'enhanced',
  outcome: 'cleared',
  checkedOn: '2025-09-30',
  expiresOn: '2026-09-29',
  recordedAt: '2025-09-30T08:00:00.000Z',
  ...overrides,
});

const certificate = (overrides: Partial<Certificate>): Certificate => ({
  id: '0190c2a0-0000-7000-8000-0000000000a1',
  course: { id: IDS.course, code: 'security_induction', name: 'Security induction' },
  issuedOn: '2025-03-01',
  expiresOn: '2026-12-19',
  recordedAt: '2025-03-02T08:00:00.000Z',
  ...overrides,
});

describe('where an expiry stands', () => {
  it.each([
    ['2026-11-28', 'expired', -1],
    ['2026-11-29', 'expires_soon', 0],
    ['2027-01-28', 'expires_soon', 60],
    ['2027-01-29', 'valid', 61],
  ] as const)('%s is %s (%i days)', (day, state, daysLeft) => {
    expect(expiryStanding(day, TODAY)).toEqual({ state, daysLeft });
  });
});

describe('a practitioner’s standing', () => {
  it('marks a lapsed clearance “expired on”, and a certificate near its end “expires in N days”', async () => {
    const older = certificate({
      id: '0190c2a0-0000-7000-8000-0000000000a2',
      issuedOn: '2023-03-01',
      expiresOn: '2025-02-28',
    });
    openScreen(`/registry/practitioners/${IDS.pablo}`, {
      'GET /api/v1/me': json(coordinatorSession()),
      [`GET /api/v1/registry/practitioners/${IDS.pablo}`]: json(
        pablo({
          vetting: [
            check({
              id: '0190c2a0-0000-7000-8000-0000000000b9',
              outcome: 'pending',
              expiresOn: null,
              checkedOn: '2026-11-01',
            }),
            check({}),
          ],
          certificates: [certificate({}), older],
        }),
      ),
    });
    const vetting = await screen.findByTestId('registry-vetting-expiry');
    expect(vetting.dataset.expiry).toBe('expired');
    expect(vetting.textContent).toContain(`Expired on ${formatDay('2026-09-29', 'en')}`);
    expect(within(vetting).getByTestId('registry-expiry-badge').textContent).toBe(en.expiry.expired);

    const [current, renewed] = screen.getAllByTestId('registry-certificate-row') as [
      HTMLElement,
      HTMLElement,
    ];
    const soon = within(current).getByTestId('registry-certificate-expiry');
    expect(soon.dataset.expiry).toBe('expires_soon');
    expect(within(soon).getByTestId('registry-expiry-badge').textContent).toBe('Expires in 20 days');
    // An older certificate of the same course was renewed: its end is history, not news.
    expect(within(renewed).queryByTestId('registry-expiry-badge')).toBeNull();
  });

  it('says nothing more of an expiry far off', async () => {
    openScreen(`/registry/practitioners/${IDS.pablo}`, {
      'GET /api/v1/me': json(coordinatorSession()),
      [`GET /api/v1/registry/practitioners/${IDS.pablo}`]: json(
        pablo({
          vetting: [check({ expiresOn: '2027-09-29' })],
          certificates: [certificate({ expiresOn: null })],
        }),
      ),
    });
    const vetting = await screen.findByTestId('registry-vetting-expiry');
    expect(vetting.textContent).toBe(formatDay('2027-09-29', 'en'));
    expect(screen.queryByTestId('registry-expiry-badge')).toBeNull();
    expect(screen.getByTestId('registry-certificate-row').textContent).toContain(en.record.noExpiry);
  });
});

describe('the organisation’s practitioners', () => {
  it('says a lapsed clearance expired, with a badge, rather than “valid until”', async () => {
    openScreen(`/registry/organisations/${IDS.openDoors}`, {
      'GET /api/v1/me': json(coordinatorSession()),
      'GET /api/v1/registry/facilities': json(FACILITIES),
      [`GET /api/v1/registry/organisations/${IDS.openDoors}`]: json(openDoors()),
      [`GET /api/v1/registry/organisations/${IDS.openDoors}/practitioners`]: json({
        items: [
          practitionerSummary({
            vetting: {
              level: 'enhanced',
              outcome: 'cleared',
              checkedOn: '2025-09-30',
              expiresOn: '2026-09-29',
            },
          }),
        ],
        nextCursor: null,
        actions: ['read'],
      }),
    });
    const cell = await screen.findByTestId('registry-practitioner-vetting');
    expect(cell.textContent).toContain(`Cleared, expired on ${formatDay('2026-09-29', 'en')}`);
    expect(cell.textContent).not.toContain('valid until');
    expect(within(cell).getByTestId('registry-expiry-badge').textContent).toBe(en.expiry.expired);
  });
});
