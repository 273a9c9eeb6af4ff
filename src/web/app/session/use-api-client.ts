import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { SignedIn } from '../../../contracts/identity';
import { type ApiClient, createApiClient } from '../api/api-client';
import { sessionQueryKey } from './session-key';

/** An API client whose CSRF token is the one of the session held in this query cache. */
export function apiClientFor(queryClient: QueryClient): ApiClient {
  return createApiClient({
    csrfToken: () => queryClient.getQueryData<SignedIn | null>(sessionQueryKey)?.csrfToken,
  });
}

export function useApiClient(): ApiClient {
  const queryClient = useQueryClient();
  return useMemo(() => apiClientFor(queryClient), [queryClient]);
}
