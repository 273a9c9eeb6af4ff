import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../app/api/api-error';
import { withCurrentCsrfToken } from '../../../app/session/fresh-csrf';
import { useApiClient } from '../../../app/session/use-api-client';
import { managedUserQueryKey, rememberAccount } from './user-queries';
import {
  type CreateUserRequest,
  type ManagedUser,
  type RoleRequest,
  type UpdateUserRequest,
  USER_ADMIN_PATHS,
} from './user-types';

/** A 404 means the account is gone or out of sight now: its page asks again and says so. */
function forgetIfGone(queryClient: QueryClient, id: string, error: unknown) {
  if (error instanceof ApiError && error.status === 404) {
    void queryClient.invalidateQueries({ queryKey: managedUserQueryKey(id) });
  }
}

/** POST /api/v1/admin/users: a new account with its initial password and roles. */
export function useCreateUser() {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: CreateUserRequest) =>
      withCurrentCsrfToken(queryClient, client, () =>
        client.post<ManagedUser>(USER_ADMIN_PATHS.users, { body }),
      ),
    onSuccess: (created) => rememberAccount(queryClient, created),
  });
}

/** PATCH /api/v1/admin/users/{id}: rename, deactivate (ending every session) or reactivate. */
export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: UpdateUserRequest) =>
      withCurrentCsrfToken(queryClient, client, () =>
        client.request<ManagedUser>('PATCH', USER_ADMIN_PATHS.user(id), { body }),
      ),
    onSuccess: (updated) => rememberAccount(queryClient, updated),
    onError: (error) => forgetIfGone(queryClient, id, error),
  });
}

/** PUT /api/v1/admin/users/{id}/roles: replaces the account's roles. */
export function useReplaceRoles(id: string) {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation({
    mutationFn: (roles: RoleRequest[]) =>
      withCurrentCsrfToken(queryClient, client, () =>
        client.request<ManagedUser>('PUT', USER_ADMIN_PATHS.roles(id), { body: { roles } }),
      ),
    onSuccess: (changed) => rememberAccount(queryClient, changed),
    onError: (error) => forgetIfGone(queryClient, id, error),
  });
}
