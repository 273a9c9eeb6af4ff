import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import {
  type EligibilityAnswer,
  type EligibilityQuery,
  REGISTRY_PATHS,
  type RegistryFacilityList,
} from '../../../contracts/registry';
import { type OrganisationDocuments, REGISTRY_DOCUMENT_PATHS } from '../../../contracts/registry-documents';
import {
  type Directory,
  type OrganisationExpiring,
  REGISTRY_ORGANISATION_PATHS,
  type RegistryOrganisation,
} from '../../../contracts/registry-organisations';
import {
  PRACTITIONER_PATHS,
  type PractitionerPage,
  type PractitionerStanding,
} from '../../../contracts/registry-practitioners';
import { useApiClient } from '../../app/session/use-api-client';

/** Every answer of the registry screens sits under this root, so a sign-out drops it with the rest. */
const ROOT = ['registry'] as const;

export const registryQueryKeys = {
  root: ROOT,
  facilities: [...ROOT, 'facilities'] as const,
  eligibility: (practitionerId: string, question: EligibilityQuery) =>
    [...ROOT, 'eligibility', practitionerId, question] as const,
  directory: [...ROOT, 'directory'] as const,
  organisation: (id: string) => [...ROOT, 'organisation', id] as const,
  practitioners: (organisationId: string) => [...ROOT, 'practitioners', organisationId] as const,
  standing: (id: string) => [...ROOT, 'standing', id] as const,
  expiring: (organisationId: string) => [...ROOT, 'expiring', organisationId] as const,
  documents: (organisationId: string) => [...ROOT, 'documents', organisationId] as const,
};

/** Rows per page of the directory and of an organisation's practitioners: the server's default. */
export const REGISTRY_PAGE_SIZE = 50;

/** GET /api/v1/registry/facilities: where a question may be about. */
export function useRegistryFacilities() {
  const client = useApiClient();
  return useQuery({
    queryKey: registryQueryKeys.facilities,
    queryFn: () => client.get<RegistryFacilityList>(REGISTRY_PATHS.facilities),
    staleTime: 5 * 60_000,
  });
}

/**
 * GET /api/v1/registry/practitioners/{id}/eligibility. Asked once per question and visit: every
 * answer is recorded in the audit trail, and the registry may change between visits (a suspension
 * counts at once), so nothing is kept for later.
 */
export function useEligibility(practitionerId: string, question: EligibilityQuery | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: registryQueryKeys.eligibility(practitionerId, question ?? ({} as EligibilityQuery)),
    queryFn: () => {
      const params = new URLSearchParams({
        facilityId: question?.facilityId ?? '',
        interventionType: question?.interventionType ?? '',
        accessTier: question?.accessTier ?? '',
      });
      if (question?.on) params.set('on', question.on);
      return client.get<EligibilityAnswer>(`${REGISTRY_PATHS.eligibility(practitionerId)}?${params}`);
    },
    enabled: question !== null,
    staleTime: 0,
    gcTime: 0,
  });
}

function pagePath(path: string, cursor: string | undefined): string {
  const query = new URLSearchParams({ limit: String(REGISTRY_PAGE_SIZE) });
  if (cursor) query.set('cursor', cursor);
  return `${path}?${query}`;
}

/**
 * GET /api/v1/registry/organisations, a page at a time, by name: every civil society organisation
 * for prison staff and the administrator, their own for a coordinator (the server decides).
 */
export function useDirectory() {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: registryQueryKeys.directory,
    queryFn: ({ pageParam, signal }) =>
      client.get<Directory>(pagePath(REGISTRY_ORGANISATION_PATHS.organisations, pageParam), { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
}

// The record, the standing and the practitioners are recorded in the audit trail as looks at them:
// they are asked without an AbortSignal (StrictMode's second mount shares the first request rather
// than cancelling and repeating it), and an answer of the last half minute is reused. A write answers
// the record as it stands after it, which replaces the cached one (registry-mutations.ts).
const AUDITED_LOOK = { staleTime: 30_000 } as const;

/** GET /api/v1/registry/organisations/{id}: profile, accreditation and its history, agreements. */
export function useRegistryOrganisation(id: string, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: registryQueryKeys.organisation(id),
    queryFn: () => client.get<RegistryOrganisation>(REGISTRY_ORGANISATION_PATHS.organisation(id)),
    enabled,
    ...AUDITED_LOOK,
  });
}

/** GET /api/v1/registry/organisations/{id}/practitioners, a page at a time, oldest first. */
export function useOrganisationPractitioners(organisationId: string) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: registryQueryKeys.practitioners(organisationId),
    queryFn: ({ pageParam }) =>
      client.get<PractitionerPage>(pagePath(PRACTITIONER_PATHS.ofOrganisation(organisationId), pageParam)),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    ...AUDITED_LOOK,
  });
}

/** GET /api/v1/registry/practitioners/{id}: details, suspension, vetting, signatures, certificates. */
export function usePractitionerStanding(id: string, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: registryQueryKeys.standing(id),
    queryFn: () => client.get<PractitionerStanding>(PRACTITIONER_PATHS.practitioner(id)),
    enabled,
    ...AUDITED_LOOK,
  });
}

/** GET /api/v1/registry/organisations/{id}/expiring: what expires within 60 days or expired lately. */
export function useOrganisationExpiring(organisationId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: registryQueryKeys.expiring(organisationId),
    queryFn: () => client.get<OrganisationExpiring>(REGISTRY_ORGANISATION_PATHS.expiring(organisationId)),
    ...AUDITED_LOOK,
  });
}

/** GET /api/v1/registry/organisations/{id}/documents: newest first, with what the reader may do. */
export function useOrganisationDocuments(organisationId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: registryQueryKeys.documents(organisationId),
    queryFn: () => client.get<OrganisationDocuments>(REGISTRY_DOCUMENT_PATHS.documents(organisationId)),
    ...AUDITED_LOOK,
  });
}
