import { describe, expect, it } from 'vitest';
import {
  apiQueryOf,
  checkFilters,
  EMPTY_FILTERS,
  FILTER_FIELDS,
  fieldOfProblemPath,
  filtersFromSearchParams,
  searchParamsOf,
  startOfDay,
} from './audit-filters';
import { AUDIT_ACTIONS } from './audit-types';

const ID = '0190C2A0-0000-7000-8000-000000000001';

describe('audit filters in the address', () => {
  it('read back what they wrote, only the filters set, ids in lower case, actions in the trail’s order', () => {
    const params = searchParamsOf({
      ...EMPTY_FILTERS,
      personId: ` ${ID} `,
      actions: ['access.denied', 'auth.sign_in'],
      outcome: 'denied',
      from: '2026-03-01',
    });
    expect(params.toString()).toBe(
      `personId=${ID.toLowerCase()}&action=auth.sign_in&action=access.denied&outcome=denied&from=2026-03-01`,
    );
    expect(filtersFromSearchParams(params)).toEqual({
      ...EMPTY_FILTERS,
      personId: ID.toLowerCase(),
      actions: ['auth.sign_in', 'access.denied'],
      outcome: 'denied',
      from: '2026-03-01',
    });
  });

  it('leave out actions and outcomes this version does not know (an old or edited link)', () => {
    const filters = filtersFromSearchParams(
      new URLSearchParams('action=record.shredded&action=record.read&action=record.read&outcome=maybe'),
    );
    expect(filters.actions).toEqual(['record.read']);
    expect(filters.outcome).toBe('');
  });
});

describe('checking the filters before searching', () => {
  it('accepts no filter at all, and complete ids in either case', () => {
    expect(checkFilters(EMPTY_FILTERS, FILTER_FIELDS)).toEqual({});
    expect(checkFilters({ ...EMPTY_FILTERS, actorUserId: ID }, FILTER_FIELDS)).toEqual({});
  });

  it('names each field at fault', () => {
    const problems = checkFilters(
      {
        ...EMPTY_FILTERS,
        personId: '42',
        actorUserId: 'Leïla',
        actorOrganisationId: `${ID}0`,
        actions: AUDIT_ACTIONS.slice(0, 11),
        from: '2026-02-31',
        to: 'yesterday',
      },
      FILTER_FIELDS,
    );
    expect(problems).toEqual({
      personId: 'notAnId',
      actorUserId: 'notAnId',
      actorOrganisationId: 'notAnId',
      action: 'tooManyActions',
      from: 'notADate',
      to: 'notADate',
    });
  });

  it('refuses an end before the start, and accepts a single day', () => {
    expect(checkFilters({ ...EMPTY_FILTERS, from: '2026-03-05', to: '2026-03-01' }, FILTER_FIELDS)).toEqual({
      to: 'toBeforeFrom',
    });
    expect(checkFilters({ ...EMPTY_FILTERS, from: '2026-03-05', to: '2026-03-05' }, FILTER_FIELDS)).toEqual(
      {},
    );
  });

  it('checks only the fields the list offers', () => {
    expect(checkFilters({ ...EMPTY_FILTERS, personId: '42' }, ['from', 'to'])).toEqual({});
  });
});

describe('the API query', () => {
  it('sends whole days in the reader’s time zone as instants: from inclusive, to exclusive (the day after)', () => {
    const query = apiQueryOf(
      { ...EMPTY_FILTERS, actorUserId: ID, actions: ['access.denied'], from: '2026-03-01', to: '2026-03-31' },
      FILTER_FIELDS,
    );
    expect(query.get('actorUserId')).toBe(ID.toLowerCase());
    expect(query.getAll('action')).toEqual(['access.denied']);
    expect(query.get('from')).toBe(new Date(2026, 2, 1).toISOString());
    expect(query.get('to')).toBe(new Date(2026, 3, 1).toISOString());
    // No "+" that a query string would read as a space: instants are in UTC.
    expect(query.toString()).not.toContain('%2B');
  });

  it('leaves out the fields the list does not offer', () => {
    const query = apiQueryOf({ ...EMPTY_FILTERS, outcome: 'denied', from: '2026-03-01' }, ['from', 'to']);
    expect([...query.keys()]).toEqual(['from']);
  });

  it('rolls a day over month and year ends', () => {
    expect(startOfDay('2026-12-31', 1)?.getTime()).toBe(new Date(2027, 0, 1).getTime());
    expect(startOfDay('2026-02-29')).toBeNull();
    expect(startOfDay('2028-02-29')?.getDate()).toBe(29);
  });
});

describe('the server’s field errors', () => {
  it('are mapped to the filter they name', () => {
    expect(fieldOfProblemPath('/querystring/to')).toBe('to');
    expect(fieldOfProblemPath('/querystring/action/0')).toBe('action');
    expect(fieldOfProblemPath('/querystring/cursor')).toBeNull();
    expect(fieldOfProblemPath('/body/username')).toBeNull();
  });
});
