import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccessTier } from '../../../contracts/registry';
import { PRACTITIONER_PATHS, type PractitionerPage } from '../../../contracts/registry-practitioners';
import {
  type AddCourseRequest,
  type ChangeRequirementsRequest,
  type CourseCatalogue,
  type CreateSessionRequest,
  type RecordAttendanceRequest,
  type SessionDetail,
  type SessionList,
  TRAINING_PATHS,
  type UpdateCourseRequest,
} from '../../../contracts/registry-training';
import { withCurrentCsrfToken } from '../../app/session/fresh-csrf';
import { useApiClient } from '../../app/session/use-api-client';

// The training API for the screens. The catalogue is not personal data and is kept a while; the
// sessions list and a session are audited looks, asked once per visit and replaced by what each
// write answers (asking again would record a second look).

const ROOT = ['training'] as const;

export const trainingQueryKeys = {
  root: ROOT,
  catalogue: [...ROOT, 'catalogue'] as const,
  sessions: [...ROOT, 'sessions'] as const,
  session: (id: string) => [...ROOT, 'session', id] as const,
  practitioners: (organisationId: string) => [...ROOT, 'practitioners', organisationId] as const,
};

/** GET /api/v1/registry/courses: the catalogue and every facility's requirements. */
export function useCourseCatalogue() {
  const client = useApiClient();
  return useQuery({
    queryKey: trainingQueryKeys.catalogue,
    queryFn: () => client.get<CourseCatalogue>(TRAINING_PATHS.courses),
    staleTime: 60_000,
  });
}

/** GET /api/v1/registry/training-sessions: newest first. */
export function useTrainingSessions() {
  const client = useApiClient();
  return useQuery({
    queryKey: trainingQueryKeys.sessions,
    queryFn: () => client.get<SessionList>(TRAINING_PATHS.sessions),
    staleTime: 30_000,
  });
}

/** GET /api/v1/registry/training-sessions/{id}: the session and the attendance the reader may see. */
export function useTrainingSession(id: string, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: trainingQueryKeys.session(id),
    queryFn: () => client.get<SessionDetail>(TRAINING_PATHS.session(id)),
    enabled,
    staleTime: 30_000,
  });
}

/** The first page of an organisation's practitioners, to mark their attendance (none asked for ''). */
export function useOrganisationPeople(organisationId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: trainingQueryKeys.practitioners(organisationId),
    queryFn: () =>
      client.get<PractitionerPage>(`${PRACTITIONER_PATHS.ofOrganisation(organisationId)}?limit=200`),
    enabled: organisationId !== '',
    staleTime: 30_000,
  });
}

function useCatalogueWrite<Body>(send: (body: Body) => Promise<CourseCatalogue>) {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: Body) => withCurrentCsrfToken(queryClient, client, () => send(body)),
    onSuccess: (catalogue) => queryClient.setQueryData(trainingQueryKeys.catalogue, catalogue),
  });
}

export function useAddCourse() {
  const client = useApiClient();
  return useCatalogueWrite((body: AddCourseRequest) =>
    client.post<CourseCatalogue>(TRAINING_PATHS.courses, { body }),
  );
}

/** PATCH /api/v1/registry/courses/{id}: a new name or validity (administrator). */
export function useChangeCourse(courseId: string) {
  const client = useApiClient();
  return useCatalogueWrite((body: UpdateCourseRequest) =>
    client.request<CourseCatalogue>('PATCH', TRAINING_PATHS.course(courseId), { body }),
  );
}

export function useChangeRequirements(facilityId: string, accessTier: AccessTier) {
  const client = useApiClient();
  return useCatalogueWrite((body: ChangeRequirementsRequest) =>
    client.request<CourseCatalogue>('PUT', TRAINING_PATHS.requirements(facilityId, accessTier), { body }),
  );
}

export function useCreateSession() {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: CreateSessionRequest) =>
      withCurrentCsrfToken(queryClient, client, () =>
        client.post<SessionDetail>(TRAINING_PATHS.sessions, { body }),
      ),
    onSuccess: (session) => {
      queryClient.setQueryData(trainingQueryKeys.session(session.id), session);
      void queryClient.invalidateQueries({ queryKey: trainingQueryKeys.sessions });
    },
  });
}

export function useRecordAttendance(sessionId: string) {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: RecordAttendanceRequest) =>
      withCurrentCsrfToken(queryClient, client, () =>
        client.post<SessionDetail>(TRAINING_PATHS.attendance(sessionId), { body }),
      ),
    onSuccess: (session) => queryClient.setQueryData(trainingQueryKeys.session(sessionId), session),
  });
}
