import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isSessionEnded } from './api/api-error';
import { sessionQueryKey } from './session/session-key';
import { markSignedOut } from './session/session-query';

export interface QueryClientOptions {
  /** Tests turn retries off, so that a failure shows at once. */
  retry?: false;
}

/** Asking again helps when the network or the server failed, never when the server refused. */
function retryOnceUnlessRefused(failureCount: number, error: unknown): boolean {
  const refused = error instanceof ApiError && error.status < 500;
  return !refused && failureCount < 1;
}

/**
 * The app's query cache. Any query or mutation answered "not signed in" means the session has ended
 * (idle timeout, revoked, signed out elsewhere): the user is marked signed out, and protected pages
 * send them to sign in again, dropping what the cache holds of the ended session.
 */
export function createQueryClient(options: QueryClientOptions = {}): QueryClient {
  const onError = (error: unknown) => {
    if (isSessionEnded(error)) markSignedOut(queryClient);
    // The session may only set up a second factor: ask /me again, and RequireSession sends the user there.
    else if (error instanceof ApiError && error.code === 'auth.mfa_enrolment_required') {
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: options.retry ?? retryOnceUnlessRefused,
        refetchOnWindowFocus: false,
      },
    },
  });
  return queryClient;
}
