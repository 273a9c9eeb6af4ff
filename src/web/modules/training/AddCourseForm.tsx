import { NumberInput, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COURSE_CODE_PATTERN } from '../../../contracts/registry-training';
import { FieldGrid, RegistryForm } from '../registry/RegistryForm';
import { anyProblem, beforeSending, type FieldChecks } from '../registry/registry-problems';
import { useRegistryProblems } from '../registry/use-registry-problems';
import { useAddCourse } from './training-api';
import { trainingRefusal } from './training-problems';

const FIELDS = ['code', 'name', 'validityMonths'] as const;
type CourseField = (typeof FIELDS)[number];
const EMPTY = { code: '', name: '', validityMonths: '' as string | number };

/** The administrator adds a course (POST /api/v1/registry/courses): a code, a name, a validity. */
export function AddCourseForm() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(EMPTY);
  const [added, setAdded] = useState<string | null>(null);
  const { problems, show, clear, formRef, alertRef } = useRegistryProblems<CourseField>();
  const add = useAddCourse();
  const set = (change: Partial<typeof EMPTY>) => setDraft((current) => ({ ...current, ...change }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const months = draft.validityMonths === '' ? undefined : Number(draft.validityMonths);
    const checks: FieldChecks<CourseField> = (t) => ({
      code: new RegExp(COURSE_CODE_PATTERN).test(draft.code) ? undefined : t('training.errors.codePattern'),
      name: draft.name.trim() === '' ? t('registry.errors.required') : undefined,
      validityMonths:
        months === undefined || (Number.isInteger(months) && months >= 1 && months <= 120)
          ? undefined
          : t('training.errors.validityRange'),
    });
    if (anyProblem(checks(t))) return show(beforeSending(checks));
    clear();
    const name = draft.name.trim();
    add
      .mutateAsync({ code: draft.code, name, ...(months === undefined ? {} : { validityMonths: months }) })
      .then(
        () => {
          setDraft(EMPTY);
          setAdded(name);
        },
        (error: unknown) => show(trainingRefusal(error, FIELDS)),
      );
  }

  return (
    <RegistryForm
      heading={t('training.addCourse.heading')}
      intro={t('training.addCourse.intro')}
      testId="training-add-course"
      formRef={formRef}
      alertRef={alertRef}
      problem={problems.form}
      onSubmit={submit}
      submitLabel={t('training.addCourse.submit')}
      pending={add.isPending}
    >
      {added && (
        <p role="status" data-testid="training-add-course-done">
          {t('training.addCourse.added', { name: added })}
        </p>
      )}
      <FieldGrid>
        <TextInput
          label={t('training.addCourse.code')}
          description={t('training.addCourse.codeHint')}
          size="md"
          required
          dir="ltr"
          value={draft.code}
          error={problems.fields.code}
          onChange={(event) => set({ code: event.currentTarget.value })}
          data-testid="training-add-course-code"
        />
        <TextInput
          label={t('training.addCourse.name')}
          size="md"
          required
          value={draft.name}
          error={problems.fields.name}
          onChange={(event) => set({ name: event.currentTarget.value })}
          data-testid="training-add-course-name"
        />
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
          data-testid="training-add-course-validity"
        />
      </FieldGrid>
    </RegistryForm>
  );
}
