import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IDENTITY_PATHS, type SessionList } from '../../../../contracts/identity';
import { withCurrentCsrfToken } from '../../../app/session/fresh-csrf';
import { useApiClient } from '../../../app/session/use-api-client';

export const ownSessionsQueryKey = ['identity', 'own-sessions'] as const;

/** GET /api/v1/auth/sessions: the user's live sessions, newest first, the current one marked. */
export function useOwnSessions() {
  const client = useApiClient();
  return useQuery({
    queryKey: ownSessionsQueryKey,
    queryFn: ({ signal }) => client.get<SessionList>(IDENTITY_PATHS.sessions, { signal }),
    // "Last active" should be true when the page is opened.
    staleTime: 0,
  });
}

/** DELETE /api/v1/auth/sessions/{id}: ends one of the user's own sessions. */
export function useRevokeSession() {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation({
    mutationFn: (sessionId: string) =>
      withCurrentCsrfToken(queryClient, client, () =>
        client.delete<undefined>(`${IDENTITY_PATHS.sessions}/${encodeURIComponent(sessionId)}`),
      ),
  });
}

/** POST /api/v1/auth/sessions/revoke-all: signs out everywhere, this session included. */
export function useRevokeAllSessions() {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation({
    mutationFn: () =>
      withCurrentCsrfToken(queryClient, client, () =>
        client.post<undefined>(IDENTITY_PATHS.revokeAllSessions),
      ),
  });
}
