import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { IDENTITY_PATHS } from '../../../contracts/identity';
import { withCurrentCsrfToken } from './fresh-csrf';
import { SIGN_IN_PATH } from './return-path';
import { forgetSession } from './session-query';
import { useApiClient } from './use-api-client';

/**
 * After the server has ended the session: go to the sign-in page, then forget the session here.
 * In that order, and with the navigation flushed to the screen at once, so that the protected page
 * being left is gone before it could see "signed out" and redirect with a `next` back to itself.
 */
export function useLeaveSession(): () => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(async () => {
    await navigate(SIGN_IN_PATH, { replace: true, flushSync: true });
    forgetSession(queryClient);
  }, [navigate, queryClient]);
}

/** Signs out: `POST /api/v1/auth/logout`, then leaves. A failure keeps the user signed in and is returned. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const client = useApiClient();
  const leave = useLeaveSession();
  return useMutation({
    mutationFn: () =>
      withCurrentCsrfToken(queryClient, client, () => client.post<undefined>(IDENTITY_PATHS.logout)),
    onSuccess: leave,
  });
}
