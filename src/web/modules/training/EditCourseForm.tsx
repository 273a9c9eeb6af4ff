import { NumberInput, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Course, UpdateCourseRequest } from '../../../contracts/registry-training';
import { bidiIsolate } from '../../i18n/bidi';
import { FieldGrid, RegistryForm } from '../registry/RegistryForm';
import { anyProblem, beforeSending, type FieldChecks } from '../registry/registry-problems';
import { useRegistryProblems } from '../registry/use-registry-problems';
import { useChangeCourse } from './training-api';
import { courseName } from './training-labels';
import { trainingRefusal } from './training-problems';

const FIELDS = ['name', 'validityMonths'] as const;
type CourseField = (typeof FIELDS)[number];

/**
 * The administrator changes one course (PATCH /api/v1/registry/courses/{id}): the name of a course
 * an administrator added (a standard course is named by the translations, so its stored name is not
 * offered), and how long its certificates last. Only what changed is sent; certificates already
 * issued keep the expiry they were given, which the intro says so nobody expects them to move.
 */
export function EditCourseForm({ course }: { course: Course }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({
    name: course.name,
    validityMonths: (course.validityMonths ?? '') as string | number,
  });
  const [saved, setSaved] = useState(false);
  const { problems, show, clear, formRef, alertRef } = useRegistryProblems<CourseField>();
  const change = useChangeCourse(course.id);
  const set = (values: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...values }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    setSaved(false);
    const months = draft.validityMonths === '' ? null : Number(draft.validityMonths);
    const name = draft.name.trim();
    const checks: FieldChecks<CourseField> = (t) => ({
      name: !course.standard && name === '' ? t('registry.errors.required') : undefined,
      validityMonths:
        months === null || (Number.isInteger(months) && months >= 1 && months <= 120)
          ? undefined
          : t('training.errors.validityRange'),
    });
    if (anyProblem(checks(t))) return show(beforeSending(checks));
    const body: UpdateCourseRequest = {
      ...(course.standard || name === course.name ? {} : { name }),
      ...(months === course.validityMonths ? {} : { validityMonths: months }),
    };
    // The API asks for at least one change; saying so here spares a round trip and a vague refusal.
    if (Object.keys(body).length === 0)
      return show((t) => ({ fields: {}, form: t('training.editCourse.unchanged') }));
    clear();
    change.mutateAsync(body).then(
      () => setSaved(true),
      (error: unknown) => show(trainingRefusal(error, FIELDS)),
    );
  }

  const testId = `training-edit-course-${course.code}`;
  return (
    <RegistryForm
      heading={t('training.editCourse.heading', { course: bidiIsolate(courseName(t, course)) })}
      intro={t('training.editCourse.intro')}
      testId={testId}
      formRef={formRef}
      alertRef={alertRef}
      problem={problems.form}
      onSubmit={submit}
      submitLabel={t('training.editCourse.submit')}
      pending={change.isPending}
    >
      {saved && (
        <p role="status" data-testid={`${testId}-saved`}>
          {t('training.editCourse.saved')}
        </p>
      )}
      <FieldGrid>
        {!course.standard && (
          <TextInput
            label={t('training.addCourse.name')}
            size="md"
            required
            value={draft.name}
            error={problems.fields.name}
            onChange={(event) => set({ name: event.currentTarget.value })}
            data-testid={`${testId}-name`}
          />
        )}
        <NumberInput
          label={t('training.addCourse.validityMonths')}
          description={t('training.addCourse.validityHint')}
          size="md"
          min={1}
          max={120}
          allowDecimal={false}
          value={draft.validityMonths}
          error={problems.fields.validityMonths}
          onChange={(value) => set({ validityMonths: value })}
          data-testid={`${testId}-validity`}
        />
      </FieldGrid>
    </RegistryForm>
  );
}
