import { describe, expect, it } from 'vitest';
import { scopeDirectoryOf, shortReference } from './scope-directory';
import {
  adminSession,
  BRIDGES,
  coordinatorSession,
  director,
  facilityList,
  IDS,
  organisationList,
  practitioner,
} from './user-test-data';

describe('the places the screens can name', () => {
  it('are the tenant’s lists for an administrator, sorted by name', () => {
    const places = scopeDirectoryOf(adminSession(), { ...organisationList(), ...facilityList() }, 'en');
    expect(places.organisations.map((entry) => entry.name)).toEqual([
      BRIDGES,
      'Meridia Prison Service',
      'Pathways Platform Operations',
    ]);
    expect(places.facilities).toEqual([
      { id: IDS.central, name: 'Central Prison' },
      { id: IDS.women, name: 'Women’s Prison' },
    ]);
  });

  it('are the coordinator’s own organisation and those of the accounts seen, and facilities by reference', () => {
    const places = scopeDirectoryOf(coordinatorSession(), { accounts: [practitioner(), director()] }, 'en');
    expect(places.organisations.map((entry) => entry.id)).toEqual([IDS.bridges, IDS.prison]);
    expect(places.facilities).toEqual([{ id: IDS.central, name: null }]);
  });

  it('give a place without a name a short reference from the random end of its id', () => {
    expect(shortReference('0190c2a0-0000-7000-8000-000000000c01')).toBe('00000C01');
  });
});
