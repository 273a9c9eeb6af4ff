import { describe, expect, it } from 'vitest';
import { listFiltersFrom, matchesLocally, paramsOf, serverFiltersOf } from './list-filters';
import { director, IDS, practitioner } from './user-test-data';

describe('the list’s filters', () => {
  it('round-trip through the address, ignoring what they do not know', () => {
    const filters = listFiltersFrom(
      new URLSearchParams('q=omar&role=director&status=inactive&organisation=x'),
    );
    expect(filters).toEqual({ search: 'omar', role: 'director', status: 'inactive', organisationId: 'x' });
    expect(paramsOf(filters).toString()).toBe('q=omar&role=director&status=inactive&organisation=x');
    expect(listFiltersFrom(new URLSearchParams('role=emperor&status=maybe'))).toEqual({
      search: '',
      role: '',
      status: 'all',
      organisationId: '',
    });
    expect(paramsOf(listFiltersFrom(new URLSearchParams())).toString()).toBe('');
  });

  it('send status and organisation to the server', () => {
    expect(serverFiltersOf({ search: 'x', role: '', status: 'all', organisationId: '' })).toEqual({});
    expect(
      serverFiltersOf({ search: '', role: 'director', status: 'active', organisationId: IDS.prison }),
    ).toEqual({
      active: true,
      organisationId: IDS.prison,
    });
  });

  it('match names and usernames without case or accents, and the role held', () => {
    const base = { search: '', role: '', status: 'all', organisationId: '' } as const;
    const leila = { ...practitioner(), displayName: 'Leïla Trabelsi', username: 'case.central' };
    expect(matchesLocally(leila, { ...base, search: 'LEILA' }, 'en')).toBe(true);
    expect(matchesLocally(leila, { ...base, search: 'case.c' }, 'en')).toBe(true);
    expect(matchesLocally(leila, { ...base, search: 'omar' }, 'en')).toBe(false);
    expect(matchesLocally(director(), { ...base, role: 'director' }, 'en')).toBe(true);
    expect(matchesLocally(practitioner(), { ...base, role: 'director' }, 'en')).toBe(false);
    expect(
      matchesLocally({ ...practitioner(), displayName: 'جسور سعيد' }, { ...base, search: 'سعيد' }, 'ar'),
    ).toBe(true);
  });
});
