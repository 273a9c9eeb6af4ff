import { AppError } from '../../../platform/http/problem.ts';
import type { AuditAction, AuditDetail, AuditOutcome } from '../events.ts';

/** What a search looks for; every field narrows it, and none means the whole trail. */
export interface AuditFilters {
  personId?: string;
  actorUserId?: string;
  actorOrganisationId?: string;
  actions?: AuditAction[];
  outcome?: AuditOutcome;
  breakGlass?: boolean;
  /** Inclusive and exclusive bounds on occurred_at, as the client wrote them (validated ISO-8601). */
  from?: string;
  to?: string;
}

/** Where a page ends: the last entry it showed, in the search's order (occurred_at desc, seq desc). */
export interface SearchPosition {
  occurredAt: string;
  seq: number;
}

type FilterQuery = Omit<AuditFilters, 'actions'> & { action?: AuditAction[] };

const invalid = (path: string, code: string, message: string) =>
  new AppError(
    400,
    'request.validation',
    'Invalid request',
    'Some fields are missing or not valid; see errors.',
    [{ path: `/querystring/${path}`, code, message }],
  );

/** The filters of a validated query string; refuses a time range that ends before it starts. */
export function filtersOf(query: FilterQuery): AuditFilters {
  const { action, ...rest } = query;
  const filters: AuditFilters = { ...rest, ...(action ? { actions: action } : {}) };
  if (
    filters.from !== undefined &&
    filters.to !== undefined &&
    Date.parse(filters.to) <= Date.parse(filters.from)
  ) {
    throw invalid('to', 'range', 'must be later than from');
  }
  return filters;
}

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)~([1-9]\d{0,15})$/;

/** An opaque cursor for the page after `position`. */
export function encodeCursor(position: SearchPosition): string {
  return Buffer.from(`${position.occurredAt}~${position.seq}`).toString('base64url');
}

/** The position a cursor names; a 400 naming the cursor when it is not one this server made. */
export function decodeCursor(cursor: string): SearchPosition {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const occurredAt = match?.[1];
  const seq = Number(match?.[2]);
  if (occurredAt === undefined || Number.isNaN(Date.parse(occurredAt)) || !Number.isSafeInteger(seq)) {
    throw invalid('cursor', 'cursor', 'is not a cursor this search gave');
  }
  return { occurredAt, seq };
}

/**
 * What the search's own audit entry says about it: which filters were used. Values that identify a
 * person (the person, the acting user, the acting organisation) are recorded only as `true`; the
 * person searched for is the entry's `person_id` instead, so the search shows in that person's
 * access report. Actions, outcome, break-glass and the time range are recorded as given.
 */
export function searchDetails(filters: AuditFilters): Record<string, AuditDetail> {
  const details: Record<string, AuditDetail> = {};
  if (filters.personId !== undefined) details.personId = true;
  if (filters.actorUserId !== undefined) details.actorUserId = true;
  if (filters.actorOrganisationId !== undefined) details.actorOrganisationId = true;
  if (filters.actions !== undefined) details.action = filters.actions.join(',');
  if (filters.outcome !== undefined) details.outcome = filters.outcome;
  if (filters.breakGlass !== undefined) details.breakGlass = filters.breakGlass;
  if (filters.from !== undefined) details.from = new Date(filters.from).toISOString();
  if (filters.to !== undefined) details.to = new Date(filters.to).toISOString();
  return details;
}
