import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../app/api/api-error';
import { useApiClient } from '../../app/session/use-api-client';
import { AUDIT_PATHS, type AuditEventPage, type PersonAccessReport } from './audit-types';

/** The two lists of entries: the whole trail's search, and the break-glass openings. */
export type TrailListKind = 'events' | 'breakGlass';

const LIST_PATHS: Record<TrailListKind, string> = {
  events: AUDIT_PATHS.events,
  breakGlass: AUDIT_PATHS.breakGlass,
};

export const auditQueryKeys = {
  list: (kind: TrailListKind, query: string, cursor: string | null) =>
    ['audit', kind, query, cursor] as const,
  accessReport: (personId: string) => ['audit', 'access-report', personId] as const,
};

const withQuery = (path: string, query: URLSearchParams) => {
  const text = query.toString();
  return text ? `${path}?${text}` : path;
};

// Every read of the trail is itself recorded in it. Its queries therefore do not pass react-query's
// AbortSignal to fetch: a query whose signal was used is cancelled when its component unmounts and asked
// again when it mounts anew (React's StrictMode does both at once in development builds), which would
// record the same look twice. An unused signal leaves one request in flight, which the remounted page
// then shares; leaving the page does not stop the server from recording the request anyway.

/**
 * One page of entries, newest first (GET /api/v1/audit/events or /break-glass), asked for once and
 * kept: nothing refetches it behind the reader's back.
 */
export function useTrailPage(kind: TrailListKind, query: string, cursor: string | null, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: auditQueryKeys.list(kind, query, cursor),
    queryFn: () => {
      const params = new URLSearchParams(query);
      if (cursor) params.set('cursor', cursor);
      return client.get<AuditEventPage>(withQuery(LIST_PATHS[kind], params));
    },
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    // While the next page of the same search loads, the table and its buttons stay where they are.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === query ? previous : undefined,
  });
}

/** GET /api/v1/audit/people/{personId}/access-report: who has seen this person's record. */
export function useAccessReport(personId: string, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: auditQueryKeys.accessReport(personId),
    queryFn: () => client.get<PersonAccessReport>(AUDIT_PATHS.accessReport(personId)),
    enabled,
    // Opening the report is recorded (and shows in the next one): ask once per visit to the page.
    staleTime: 0,
  });
}

/** The CSV export of the same filters (an ordinary link: the browser downloads it with the session cookie). */
export function csvHrefOf(kind: TrailListKind, query: string): string {
  const params = new URLSearchParams(query);
  if (kind === 'breakGlass') params.set('breakGlass', 'true');
  return withQuery(AUDIT_PATHS.eventsCsv, params);
}

/** The server refused to show this at all (role, tenant, case team): the page shows no data. */
export function isRefusal(error: unknown): error is ApiError {
  return error instanceof ApiError && (error.status === 403 || error.status === 404);
}
