import { useQuery } from '@tanstack/react-query';
import {
  type EligibilityAnswer,
  type EligibilityQuery,
  REGISTRY_PATHS,
  type RegistryFacilityList,
} from '../../../contracts/registry';
import { useApiClient } from '../../app/session/use-api-client';

export const registryQueryKeys = {
  facilities: ['registry', 'facilities'] as const,
  eligibility: (practitionerId: string, question: EligibilityQuery) =>
    ['registry', 'eligibility', practitionerId, question] as const,
};

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
