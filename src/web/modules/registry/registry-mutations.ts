import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrganisationDocumentKind } from '../../../contracts/registry-documents';
import {
  type AgreementRequest,
  type DecisionRequest,
  type ProfileRequest,
  REGISTRY_ORGANISATION_PATHS,
  type RegistryOrganisation,
} from '../../../contracts/registry-organisations';
import {
  type AddPractitionerRequest,
  PRACTITIONER_PATHS,
  type PractitionerStanding,
  type RecordCertificateRequest,
  type RecordSignatureRequest,
  type RecordVettingRequest,
} from '../../../contracts/registry-practitioners';
import { ApiError } from '../../app/api/api-error';
import { withCurrentCsrfToken } from '../../app/session/fresh-csrf';
import { useApiClient } from '../../app/session/use-api-client';
import { sendDocument } from './document-upload';
import { registryQueryKeys } from './registry-api';

// Every write answers the record as it stands after it: that answer replaces the cached record at
// once (asking again would record a second look in the audit trail), and the lists that summarise it
// (the directory, an organisation's practitioners) are asked again. A 404 or a 409 means the record
// changed or went out of sight meanwhile: it is asked again, so the page shows where it stands now.

function organisationChanged(queryClient: QueryClient, record: RegistryOrganisation) {
  queryClient.setQueryData(registryQueryKeys.organisation(record.id), record);
  void queryClient.invalidateQueries({ queryKey: registryQueryKeys.directory });
}

function standingChanged(queryClient: QueryClient, standing: PractitionerStanding) {
  queryClient.setQueryData(registryQueryKeys.standing(standing.id), standing);
  void queryClient.invalidateQueries({ queryKey: registryQueryKeys.practitioners(standing.organisation.id) });
}

function askAgainIfStale(queryClient: QueryClient, key: readonly string[], error: unknown) {
  if (error instanceof ApiError && (error.status === 404 || error.status === 409)) {
    void queryClient.invalidateQueries({ queryKey: key });
  }
}

function useOrganisationWrite<Body>(id: string, send: (body: Body) => Promise<RegistryOrganisation>) {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: Body) => withCurrentCsrfToken(queryClient, client, () => send(body)),
    onSuccess: (record) => organisationChanged(queryClient, record),
    onError: (error) => askAgainIfStale(queryClient, registryQueryKeys.organisation(id), error),
  });
}

function usePractitionerWrite<Body>(id: string, send: (body: Body) => Promise<PractitionerStanding>) {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: Body) => withCurrentCsrfToken(queryClient, client, () => send(body)),
    onSuccess: (standing) => standingChanged(queryClient, standing),
    onError: (error) => askAgainIfStale(queryClient, registryQueryKeys.standing(id), error),
  });
}

/** PUT /api/v1/registry/organisations/{id}/profile: creates or replaces the profile. */
export function useUpdateProfile(id: string) {
  const client = useApiClient();
  return useOrganisationWrite(id, (body: ProfileRequest) =>
    client.request<RegistryOrganisation>('PUT', REGISTRY_ORGANISATION_PATHS.profile(id), { body }),
  );
}

/** POST /api/v1/registry/organisations/{id}/decisions: applying, or the prison service's next decision. */
export function useRecordDecision(id: string) {
  const client = useApiClient();
  return useOrganisationWrite(id, (body: DecisionRequest) =>
    client.post<RegistryOrganisation>(REGISTRY_ORGANISATION_PATHS.decisions(id), { body }),
  );
}

/** POST /api/v1/registry/organisations/{id}/agreements. */
export function useRecordAgreement(id: string) {
  const client = useApiClient();
  return useOrganisationWrite(id, (body: AgreementRequest) =>
    client.post<RegistryOrganisation>(REGISTRY_ORGANISATION_PATHS.agreements(id), { body }),
  );
}

/** POST /api/v1/registry/practitioners/{id}/vetting. */
export function useRecordVetting(id: string) {
  const client = useApiClient();
  return usePractitionerWrite(id, (body: RecordVettingRequest) =>
    client.post<PractitionerStanding>(PRACTITIONER_PATHS.vetting(id), { body }),
  );
}

/** POST /api/v1/registry/practitioners/{id}/certificates. */
export function useRecordCertificate(id: string) {
  const client = useApiClient();
  return usePractitionerWrite(id, (body: RecordCertificateRequest) =>
    client.post<PractitionerStanding>(PRACTITIONER_PATHS.certificates(id), { body }),
  );
}

/** POST /api/v1/registry/practitioners/{id}/signatures. */
export function useRecordSignature(id: string) {
  const client = useApiClient();
  return usePractitionerWrite(id, (body: RecordSignatureRequest) =>
    client.post<PractitionerStanding>(PRACTITIONER_PATHS.signatures(id), { body }),
  );
}

/** PUT (with a reason) or DELETE /api/v1/registry/practitioners/{id}/suspension. */
export function useChangeSuspension(id: string) {
  const client = useApiClient();
  return usePractitionerWrite(id, (change: { suspend: true; reason: string } | { suspend: false }) =>
    change.suspend
      ? client.request<PractitionerStanding>('PUT', PRACTITIONER_PATHS.suspension(id), {
          body: { reason: change.reason },
        })
      : client.delete<PractitionerStanding>(PRACTITIONER_PATHS.suspension(id)),
  );
}

/**
 * POST /api/v1/registry/organisations/{id}/practitioners: the list and what expires are asked again
 * (the answer is the new standing, which neither of them is).
 */
export function useAddPractitioner(organisationId: string) {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: AddPractitionerRequest) =>
      withCurrentCsrfToken(queryClient, client, () =>
        client.post<PractitionerStanding>(PRACTITIONER_PATHS.ofOrganisation(organisationId), { body }),
      ),
    onSuccess: (standing) => {
      queryClient.setQueryData(registryQueryKeys.standing(standing.id), standing);
      void queryClient.invalidateQueries({ queryKey: registryQueryKeys.practitioners(organisationId) });
      void queryClient.invalidateQueries({ queryKey: registryQueryKeys.expiring(organisationId) });
    },
  });
}

/** POST /api/v1/registry/organisations/{id}/documents, the file as the body; the list is asked again. */
export function useUploadDocument(organisationId: string) {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation({
    mutationFn: (upload: { kind: OrganisationDocumentKind; file: File }) =>
      withCurrentCsrfToken(queryClient, client, () => sendDocument(queryClient, organisationId, upload)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registryQueryKeys.documents(organisationId) }),
  });
}

// The forms use `mutateAsync(…).then(done, refused)` rather than `mutate`'s callbacks: a change can
// remove the form that made it (a decision taken leaves another to take, or none), and react-query
// drops `mutate`'s callbacks once their component is gone, while the promise still settles.
