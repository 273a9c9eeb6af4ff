import { type QueryClient, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import {
  ADMINISTRATION_PATHS,
  type FacilityList,
  type OrganisationList,
} from '../../../../contracts/administration';
import { useApiClient } from '../../../app/session/use-api-client';
import { type ManagedUser, type ManagedUserPage, USER_ADMIN_PATHS, type UserListFilters } from './user-types';

/** Every answer of these screens sits under this root, so a sign-out drops it with the rest. */
const ROOT = ['administration', 'users'] as const;
export const userListQueryRoot = [...ROOT, 'list'] as const;
export const managedUserQueryKey = (id: string) => [...ROOT, 'one', id] as const;
const placesQueryRoot = [...ROOT, 'places'] as const;

/** Accounts per page of the list; the server's default. */
export const USER_LIST_PAGE_SIZE = 50;

function listPath(filters: UserListFilters, cursor?: string): string {
  const query = new URLSearchParams({ limit: String(USER_LIST_PAGE_SIZE) });
  if (filters.active !== undefined) query.set('active', String(filters.active));
  if (filters.organisationId) query.set('organisationId', filters.organisationId);
  if (cursor) query.set('cursor', cursor);
  return `${USER_ADMIN_PATHS.users}?${query}`;
}

/**
 * GET /api/v1/admin/users, a page at a time (cursor paging, oldest first), with the server's own
 * filters (active or not, organisation). Each account carries the actions the caller may take.
 */
export function useUserList(filters: UserListFilters) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: [...userListQueryRoot, filters],
    queryFn: ({ pageParam, signal }) => client.get<ManagedUserPage>(listPath(filters, pageParam), { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
}

/**
 * GET /api/v1/admin/users/{id}: one account and the actions the caller may take. Each answer is
 * recorded in the audit trail as a look at the account, so the request is not cancelled and repeated
 * (no AbortSignal: StrictMode's second mount shares the first request) and an answer seen in the last
 * half minute is reused; changes made here replace it at once (`rememberAccount`).
 */
export function useManagedUser(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: managedUserQueryKey(id),
    queryFn: () => client.get<ManagedUser>(USER_ADMIN_PATHS.user(id)),
    staleTime: 30_000,
  });
}

/**
 * The tenant's organisations and facilities, for an administrator's choices and for naming the places
 * of roles (GET /api/v1/admin/organisations and /facilities, administrators only). A coordinator's
 * one organisation comes from `/me`, and coordinators give no facility roles.
 */
export function usePlaces(enabled: boolean) {
  const client = useApiClient();
  const organisations = useQuery({
    queryKey: [...placesQueryRoot, 'organisations'],
    queryFn: ({ signal }) => client.get<OrganisationList>(ADMINISTRATION_PATHS.organisations, { signal }),
    enabled,
  });
  const facilities = useQuery({
    queryKey: [...placesQueryRoot, 'facilities'],
    queryFn: ({ signal }) => client.get<FacilityList>(ADMINISTRATION_PATHS.facilities, { signal }),
    enabled,
  });
  return {
    organisations: organisations.data?.organisations,
    facilities: facilities.data?.facilities,
    /** True when not wanted, or once both have answered. */
    ready: !enabled || (organisations.isSuccess && facilities.isSuccess),
    error: organisations.error ?? facilities.error,
    retry: () => Promise.all([organisations.refetch(), facilities.refetch()]),
  };
}

/**
 * Records an account as the server answered a change: its page shows the new state at once, and the
 * list pages are asked again.
 */
export async function rememberAccount(queryClient: QueryClient, account: ManagedUser): Promise<void> {
  queryClient.setQueryData(managedUserQueryKey(account.id), account);
  await queryClient.invalidateQueries({ queryKey: userListQueryRoot });
}
