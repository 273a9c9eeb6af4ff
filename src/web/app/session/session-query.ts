import { type QueryClient, useQuery } from '@tanstack/react-query';
import { IDENTITY_PATHS, type SignedIn } from '../../../contracts/identity';
import type { ApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';
import { sessionQueryKey } from './session-key';
import { useApiClient } from './use-api-client';

export { sessionQueryKey };

/** The signed-in user (`GET /api/v1/me`), or null when nobody is signed in. */
export type Session = SignedIn | null;

/** Queries that hold nothing personal and survive a sign-out (the platform's public facts). */
const PUBLIC_QUERY_ROOTS: ReadonlySet<unknown> = new Set(['platform', 'session']);

/** GET /api/v1/me; a 401 means "signed out", which is an answer, not an error. */
export async function fetchSession(client: ApiClient, signal?: AbortSignal): Promise<Session> {
  try {
    return await client.get<SignedIn>(IDENTITY_PATHS.me, { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useSession() {
  const client = useApiClient();
  return useQuery({ queryKey: sessionQueryKey, queryFn: ({ signal }) => fetchSession(client, signal) });
}

/** The session the cache holds now, without asking the server (null when signed out or unknown). */
export function currentSession(queryClient: QueryClient): Session {
  return queryClient.getQueryData<Session>(sessionQueryKey) ?? null;
}

/** Records a fresh sign-in (its answer is the same as `/me`'s). */
export function rememberSession(queryClient: QueryClient, session: SignedIn): void {
  queryClient.setQueryData<Session>(sessionQueryKey, session);
}

/**
 * Marks the user signed out in this tab (the server said the session has ended). Protected pages
 * then send the user to sign in, dropping the cached data as they go (`forgetSession`).
 */
export function markSignedOut(queryClient: QueryClient): void {
  queryClient.setQueryData<Session>(sessionQueryKey, null);
}

/**
 * Forgets the session in this tab: marks the user signed out and drops every cached answer that may
 * hold personal data. Call it once the pages showing such data are gone: a page still on screen
 * would ask for its data again.
 */
export function forgetSession(queryClient: QueryClient): void {
  markSignedOut(queryClient);
  queryClient.removeQueries({ predicate: (query) => !PUBLIC_QUERY_ROOTS.has(query.queryKey[0]) });
}
