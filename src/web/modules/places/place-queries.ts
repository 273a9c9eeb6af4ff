import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ADMINISTRATION_PATHS,
  type AdminFacility,
  type AdminOrganisation,
  type CreateFacilityRequest,
  type CreateOrganisationRequest,
  type FacilityList,
  type OrganisationList,
  type UpdateFacilityRequest,
  type UpdateOrganisationRequest,
} from '../../../contracts/administration';
import { ApiError } from '../../app/api/api-error';
import { withCurrentCsrfToken } from '../../app/session/fresh-csrf';
import { useApiClient } from '../../app/session/use-api-client';

/** Every answer of these screens sits under this root, so a sign-out drops it with the rest. */
const ROOT = ['places'] as const;
export const organisationListKey = [...ROOT, 'organisations'] as const;
export const facilityListKey = [...ROOT, 'facilities'] as const;
// The user administration screens keep their own copies of both lists (for their choices of
// organisation and facility) under this root; a change here makes them ask again.
const USER_ADMINISTRATION_ROOT = ['administration'] as const;

/** GET /api/v1/admin/organisations: by kind, then name; administrators only (others 403). */
export function useOrganisationList() {
  const client = useApiClient();
  return useQuery({
    queryKey: organisationListKey,
    queryFn: ({ signal }) => client.get<OrganisationList>(ADMINISTRATION_PATHS.organisations, { signal }),
    staleTime: 0,
  });
}

/** GET /api/v1/admin/facilities: by name, then code, with the prison service running each. */
export function useFacilityList() {
  const client = useApiClient();
  return useQuery({
    queryKey: facilityListKey,
    queryFn: ({ signal }) => client.get<FacilityList>(ADMINISTRATION_PATHS.facilities, { signal }),
    staleTime: 0,
  });
}

/**
 * Puts the server's answer into the cached list at once (so the screen shows it without waiting),
 * then asks for both lists again: the server's order, and a renamed prison service in the facilities.
 */
function remember<T extends { id: string }>(
  queryClient: QueryClient,
  key: readonly string[],
  pick: 'organisations' | 'facilities',
  record: T,
): void {
  queryClient.setQueryData<Record<string, T[]>>(key, (list) => {
    if (!list) return list;
    const records = list[pick] ?? [];
    const known = records.some((entry) => entry.id === record.id);
    return {
      ...list,
      [pick]: known
        ? records.map((entry) => (entry.id === record.id ? record : entry))
        : [...records, record],
    };
  });
  askAgain(queryClient);
}

/** Marks every list naming organisations or facilities as out of date; those on screen reload. */
function askAgain(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: ROOT });
  void queryClient.invalidateQueries({ queryKey: USER_ADMINISTRATION_ROOT });
}

/** A 404 when changing: the record is gone or out of sight; the list is asked again and loses it. */
function askAgainIfGone(queryClient: QueryClient, error: unknown): void {
  if (error instanceof ApiError && error.status === 404) askAgain(queryClient);
}

/** POST /api/v1/admin/organisations. */
export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: CreateOrganisationRequest) =>
      withCurrentCsrfToken(queryClient, client, () =>
        client.post<AdminOrganisation>(ADMINISTRATION_PATHS.organisations, { body }),
      ),
    onSuccess: (created) => remember(queryClient, organisationListKey, 'organisations', created),
  });
}

/** PATCH /api/v1/admin/organisations/{id}: a new name (the kind is fixed). */
export function useRenameOrganisation() {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateOrganisationRequest }) =>
      withCurrentCsrfToken(queryClient, client, () =>
        client.request<AdminOrganisation>('PATCH', ADMINISTRATION_PATHS.organisation(id), { body }),
      ),
    onSuccess: (renamed) => remember(queryClient, organisationListKey, 'organisations', renamed),
    onError: (error) => askAgainIfGone(queryClient, error),
  });
}

/** POST /api/v1/admin/facilities. */
export function useCreateFacility() {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: CreateFacilityRequest) =>
      withCurrentCsrfToken(queryClient, client, () =>
        client.post<AdminFacility>(ADMINISTRATION_PATHS.facilities, { body }),
      ),
    onSuccess: (created) => remember(queryClient, facilityListKey, 'facilities', created),
  });
}

/** PATCH /api/v1/admin/facilities/{id}: name, kind, time zone, capacity (code and organisation are fixed). */
export function useUpdateFacility() {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateFacilityRequest }) =>
      withCurrentCsrfToken(queryClient, client, () =>
        client.request<AdminFacility>('PATCH', ADMINISTRATION_PATHS.facility(id), { body }),
      ),
    onSuccess: (updated) => remember(queryClient, facilityListKey, 'facilities', updated),
    onError: (error) => askAgainIfGone(queryClient, error),
  });
}
