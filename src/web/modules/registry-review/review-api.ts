import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type DueDiligenceChecklist,
  REVIEW_PATHS,
  type RecordCheckRequest,
  type ReviewQueue,
} from '../../../contracts/registry-review';
import { ApiError } from '../../app/api/api-error';
import { withCurrentCsrfToken } from '../../app/session/fresh-csrf';
import { useApiClient } from '../../app/session/use-api-client';
import { registryQueryKeys } from '../registry/registry-api';

// Under the registry's root key, so a sign-out drops these answers with the rest of the registry.
export const reviewQueryKeys = {
  checklist: (organisationId: string) =>
    [...registryQueryKeys.root, 'due-diligence', organisationId] as const,
  queue: [...registryQueryKeys.root, 'review-queue'] as const,
};

// Both reads are recorded in the audit trail as looks: asked without an AbortSignal (StrictMode's
// second mount shares the first request) and reused for half a minute, as the registry's records are.
const AUDITED_LOOK = { staleTime: 30_000 } as const;

/** GET /api/v1/registry/organisations/{id}/due-diligence. */
export function useDueDiligence(organisationId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: reviewQueryKeys.checklist(organisationId),
    queryFn: () => client.get<DueDiligenceChecklist>(REVIEW_PATHS.dueDiligence(organisationId)),
    // A refusal (a gate officer, say) is an answer, not a failure to try again.
    retry: false,
    ...AUDITED_LOOK,
  });
}

/** GET /api/v1/registry/review-queue, counted from the server's today. */
export function useReviewQueue() {
  const client = useApiClient();
  return useQuery({
    queryKey: reviewQueryKeys.queue,
    queryFn: () => client.get<ReviewQueue>(REVIEW_PATHS.reviewQueue),
    ...AUDITED_LOOK,
  });
}

/**
 * POST …/due-diligence. The answer is the checklist as it stands after the check, which replaces
 * the cached one; the queue (which counts the checks) is asked again next time it is opened.
 */
export function useRecordCheck(organisationId: string) {
  const queryClient = useQueryClient();
  const client = useApiClient();
  const key = reviewQueryKeys.checklist(organisationId);
  return useMutation({
    mutationFn: (body: RecordCheckRequest) =>
      withCurrentCsrfToken(queryClient, client, () =>
        client.post<DueDiligenceChecklist>(REVIEW_PATHS.dueDiligence(organisationId), { body }),
      ),
    onSuccess: (checklist) => {
      queryClient.setQueryData(key, checklist);
      void queryClient.invalidateQueries({ queryKey: reviewQueryKeys.queue });
    },
    onError: (error) => {
      if (error instanceof ApiError && (error.status === 404 || error.status === 409)) {
        void queryClient.invalidateQueries({ queryKey: key });
      }
    },
  });
}
