import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';
import { sessionQueryKey } from './session-key';
import { fetchSession } from './session-query';

/**
 * Runs a state-changing call; when the server refuses its CSRF token (the cookie changed under this
 * tab, e.g. after signing in again in another tab), reloads `/me` for the current token and tries
 * once more. A second refusal reaches the caller.
 */
export async function withCurrentCsrfToken<T>(
  queryClient: QueryClient,
  client: ApiClient,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'auth.csrf')) throw error;
    await queryClient.fetchQuery({
      queryKey: sessionQueryKey,
      queryFn: ({ signal }) => fetchSession(client, signal),
      staleTime: 0,
    });
    return call();
  }
}
