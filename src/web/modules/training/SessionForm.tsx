import { NativeSelect, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CreateSessionRequest } from '../../../contracts/registry-training';
import { dayProblem } from '../registry/check-registry';
import { DayField } from '../registry/DayField';
import { FieldGrid, RegistryForm } from '../registry/RegistryForm';
import { anyProblem, beforeSending, type FieldChecks } from '../registry/registry-problems';
import { useRegistryProblems } from '../registry/use-registry-problems';
import { useCourseCatalogue, useCreateSession } from './training-api';
import { courseName } from './training-labels';
import { trainingRefusal } from './training-problems';
import { TRAINING_ROUTES } from './training-routes';

const FIELDS = ['courseId', 'heldOn', 'place', 'trainerName', 'facilityId'] as const;
type SessionField = (typeof FIELDS)[number];
const EMPTY = { courseId: '', heldOn: '', place: '', trainerName: '', facilityId: '' };

/**
 * A new session (POST /api/v1/registry/training-sessions): course, day (ahead of time is fine),
 * place, trainer, and the prison holding it if any. Once saved, its page opens for attendance.
 */
export function SessionForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const catalogue = useCourseCatalogue();
  const [draft, setDraft] = useState(EMPTY);
  const { problems, show, clear, formRef, alertRef } = useRegistryProblems<SessionField>();
  const create = useCreateSession();
  const set = (change: Partial<typeof EMPTY>) => setDraft((current) => ({ ...current, ...change }));
  const courses = catalogue.data?.courses ?? [];
  const facilities = catalogue.data?.facilities ?? [];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const checks: FieldChecks<SessionField> = (t) => ({
      courseId: draft.courseId === '' ? t('registry.errors.chooseOne') : undefined,
      heldOn: dayProblem(draft.heldOn, { required: true }, t),
      place: draft.place.trim() === '' ? t('registry.errors.required') : undefined,
      trainerName: draft.trainerName.trim() === '' ? t('registry.errors.required') : undefined,
    });
    if (anyProblem(checks(t))) return show(beforeSending(checks));
    clear();
    const body: CreateSessionRequest = {
      courseId: draft.courseId,
      heldOn: draft.heldOn,
      place: draft.place.trim(),
      trainerName: draft.trainerName.trim(),
      ...(draft.facilityId === '' ? {} : { facilityId: draft.facilityId }),
    };
    create.mutateAsync(body).then(
      (session) => navigate(TRAINING_ROUTES.session(session.id)),
      (error: unknown) => show(trainingRefusal(error, FIELDS)),
    );
  }

  return (
    <RegistryForm
      heading={t('training.sessionForm.heading')}
      intro={t('training.sessionForm.intro')}
      testId="training-session"
      formRef={formRef}
      alertRef={alertRef}
      problem={problems.form}
      onSubmit={submit}
      submitLabel={t('training.sessionForm.submit')}
      pending={create.isPending}
    >
      <FieldGrid>
        <NativeSelect
          label={t('training.sessionForm.course')}
          size="md"
          required
          value={draft.courseId}
          error={problems.fields.courseId}
          onChange={(event) => set({ courseId: event.currentTarget.value })}
          data={[
            { value: '', label: t('training.sessionForm.chooseCourse') },
            ...courses.map((course) => ({ value: course.id, label: courseName(t, course) })),
          ]}
          data-testid="training-session-course"
        />
        <DayField
          label={t('training.sessionForm.heldOn')}
          description={t('training.sessionForm.heldOnHint')}
          required
          value={draft.heldOn}
          error={problems.fields.heldOn}
          onChange={(heldOn) => set({ heldOn })}
          testId="training-session-held-on"
        />
        <TextInput
          label={t('training.sessionForm.place')}
          size="md"
          required
          value={draft.place}
          error={problems.fields.place}
          onChange={(event) => set({ place: event.currentTarget.value })}
          data-testid="training-session-place"
        />
        <TextInput
          label={t('training.sessionForm.trainer')}
          size="md"
          required
          value={draft.trainerName}
          error={problems.fields.trainerName}
          onChange={(event) => set({ trainerName: event.currentTarget.value })}
          data-testid="training-session-trainer"
        />
        <NativeSelect
          label={t('training.sessionForm.facility')}
          size="md"
          value={draft.facilityId}
          error={problems.fields.facilityId}
          onChange={(event) => set({ facilityId: event.currentTarget.value })}
          data={[
            { value: '', label: t('training.sessionForm.noFacility') },
            ...facilities.map((facility) => ({ value: facility.id, label: facility.name })),
          ]}
          data-testid="training-session-facility"
        />
      </FieldGrid>
    </RegistryForm>
  );
}
