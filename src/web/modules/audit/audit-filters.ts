import { AUDIT_ACTIONS, type AuditAction, type AuditOutcome, MAX_ACTIONS_PER_SEARCH } from './audit-types';

// A search of the trail lives in the page's address (`/audit?actorUserId=…&action=access.denied&from=
// 2026-03-01`), so that it can be bookmarked, shared with a colleague and reopened with Back. Dates are
// whole days in the reader's time zone; the API gets them as instants (`from` inclusive, `to` exclusive).

export const FILTER_FIELDS = [
  'personId',
  'actorUserId',
  'actorOrganisationId',
  'action',
  'outcome',
  'from',
  'to',
] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

export interface AuditFilterValues {
  personId: string;
  actorUserId: string;
  actorOrganisationId: string;
  actions: AuditAction[];
  outcome: AuditOutcome | '';
  /** A day, `YYYY-MM-DD`, from its first moment. */
  from: string;
  /** A day, `YYYY-MM-DD`, up to its last moment (the search includes the whole day). */
  to: string;
}

export const EMPTY_FILTERS: AuditFilterValues = {
  personId: '',
  actorUserId: '',
  actorOrganisationId: '',
  actions: [],
  outcome: '',
  from: '',
  to: '',
};

/** Why a filter cannot be used, said next to its field. */
export type FilterProblem = 'notAnId' | 'notADate' | 'toBeforeFrom' | 'tooManyActions' | 'refused';
export type FilterProblems = Partial<Record<FilterField, FilterProblem>>;

const ID_FIELDS = ['personId', 'actorUserId', 'actorOrganisationId'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isUuid = (text: string) => UUID.test(text);

const isAction = (text: string): text is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(text);

/** The filters an address names. Unknown actions and outcomes (an old link) are left out. */
export function filtersFromSearchParams(params: URLSearchParams): AuditFilterValues {
  const text = (name: string) => params.get(name)?.trim() ?? '';
  const outcome = text('outcome');
  return {
    personId: text('personId'),
    actorUserId: text('actorUserId'),
    actorOrganisationId: text('actorOrganisationId'),
    actions: [...new Set(params.getAll('action').filter(isAction))],
    outcome: outcome === 'allowed' || outcome === 'denied' ? outcome : '',
    from: text('from'),
    to: text('to'),
  };
}

/** The address's query for these filters: only those set, ids in lower case, actions in the trail's order. */
export function searchParamsOf(values: AuditFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of ID_FIELDS) {
    const value = values[field].trim();
    if (value) params.set(field, value.toLowerCase());
  }
  for (const action of AUDIT_ACTIONS) if (values.actions.includes(action)) params.append('action', action);
  if (values.outcome) params.set('outcome', values.outcome);
  if (values.from) params.set('from', values.from);
  if (values.to) params.set('to', values.to);
  return params;
}

/** The first moment of a day in the reader's time zone; null when the text is not a real day. */
export function startOfDay(day: string, dayOffset = 0): Date | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = new Date(year, month - 1, date);
  // new Date rolls 2026-02-31 over into March: such a day does not exist.
  if (start.getFullYear() !== year || start.getMonth() !== month - 1 || start.getDate() !== date) return null;
  return dayOffset === 0 ? start : new Date(year, month - 1, date + dayOffset);
}

/** What is wrong with the filters of `fields`, by field; empty when they can be searched. */
export function checkFilters(values: AuditFilterValues, fields: readonly FilterField[]): FilterProblems {
  const problems: FilterProblems = {};
  for (const field of ID_FIELDS) {
    if (fields.includes(field) && values[field] && !isUuid(values[field])) problems[field] = 'notAnId';
  }
  if (fields.includes('action') && values.actions.length > MAX_ACTIONS_PER_SEARCH) {
    problems.action = 'tooManyActions';
  }
  const from = fields.includes('from') && values.from ? startOfDay(values.from) : undefined;
  const to = fields.includes('to') && values.to ? startOfDay(values.to) : undefined;
  if (from === null) problems.from = 'notADate';
  if (to === null) problems.to = 'notADate';
  if (from && to && to < from) problems.to = 'toBeforeFrom';
  return problems;
}

export const hasProblems = (problems: FilterProblems) => Object.keys(problems).length > 0;

/**
 * The API's query string for filters already checked: ids, actions and outcome as given, days as
 * instants in UTC (`from` at the start of its day, `to` at the start of the day after).
 */
export function apiQueryOf(values: AuditFilterValues, fields: readonly FilterField[]): URLSearchParams {
  const query = new URLSearchParams();
  for (const field of ID_FIELDS) {
    if (fields.includes(field) && values[field]) query.set(field, values[field].toLowerCase());
  }
  if (fields.includes('action')) {
    for (const action of AUDIT_ACTIONS) if (values.actions.includes(action)) query.append('action', action);
  }
  if (fields.includes('outcome') && values.outcome) query.set('outcome', values.outcome);
  const from = fields.includes('from') && values.from ? startOfDay(values.from) : null;
  const to = fields.includes('to') && values.to ? startOfDay(values.to, 1) : null;
  if (from) query.set('from', from.toISOString());
  if (to) query.set('to', to.toISOString());
  return query;
}

/** The filter a server's field error names (`/querystring/action/0` → `action`), if it is one. */
export function fieldOfProblemPath(path: string): FilterField | null {
  const name = /^\/querystring\/([A-Za-z]+)/.exec(path)?.[1];
  return name && (FILTER_FIELDS as readonly string[]).includes(name) ? (name as FilterField) : null;
}
