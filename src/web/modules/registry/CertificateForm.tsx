import { NativeSelect } from '@mantine/core';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  PractitionerStanding,
  RecordCertificateRequest,
} from '../../../contracts/registry-practitioners';
import type { CourseCatalogue } from '../../../contracts/registry-training';
import { bidiIsolate } from '../../i18n/bidi';
import { useCourseCatalogue } from '../training/training-api';
import { courseName } from '../training/training-labels';
import { dayProblem, endBeforeStart } from './check-registry';
import type { Sentence } from './RecordOutcome';
import { useRecordCertificate } from './registry-mutations';
import { anyProblem, beforeSending, type FieldChecks, fromRefusal } from './registry-problems';
import classes from './registry-record.module.css';
import { useRegistryProblems } from './use-registry-problems';

const FIELDS = ['courseId', 'issuedOn', 'expiresOn'] as const;
type CertificateField = (typeof FIELDS)[number];

const EMPTY = { courseId: '', issuedOn: '', expiresOn: '' };

import { DayField } from './DayField';
import { FieldGrid, RegistryForm } from './RegistryForm';

/**
 * The courses the form offers: the tenant's catalogue, in the reader's language; until it has loaded
 * (or if it cannot be read), the courses of the certificates the standing lists, so that a renewal
 * can still be recorded.
 */
export function offeredCourses(
  standing: PractitionerStanding,
  catalogue: CourseCatalogue | undefined,
  t: TFunction,
): { id: string; name: string }[] {
  if (catalogue) return catalogue.courses.map((course) => ({ id: course.id, name: courseName(t, course) }));
  const courses = new Map<string, string>();
  for (const { course } of standing.certificates) courses.set(course.id, courseName(t, course));
  return [...courses].map(([id, name]) => ({ id, name }));
}

/**
 * A certificate of training, recorded by the prison service (POST …/certificates): the course, the
 * day it was issued and, if not the course's own validity, its expiry.
 */
export function CertificateForm({
  standing,
  onRecorded,
}: {
  standing: PractitionerStanding;
  onRecorded: (sentence: Sentence) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(EMPTY);
  const { problems, show, clear, formRef, alertRef } = useRegistryProblems<CertificateField>();
  const record = useRecordCertificate(standing.id);
  const catalogue = useCourseCatalogue();
  const courses = offeredCourses(standing, catalogue.data, t);
  const set = (change: Partial<typeof EMPTY>) => setDraft((current) => ({ ...current, ...change }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const checks: FieldChecks<CertificateField> = (t) => ({
      courseId: draft.courseId === '' ? t('registry.errors.chooseOne') : undefined,
      issuedOn: dayProblem(draft.issuedOn, { required: true }, t),
      expiresOn:
        dayProblem(draft.expiresOn, { required: false }, t) ??
        (endBeforeStart(draft.issuedOn, draft.expiresOn) ? t('registry.errors.endBeforeStart') : undefined),
    });
    if (anyProblem(checks(t))) return show(beforeSending(checks));
    clear();
    const course = courses.find((known) => known.id === draft.courseId)?.name ?? '';
    const body: RecordCertificateRequest = {
      courseId: draft.courseId,
      issuedOn: draft.issuedOn,
      ...(draft.expiresOn === '' ? {} : { expiresOn: draft.expiresOn }),
    };
    record.mutateAsync(body).then(
      () => {
        setDraft(EMPTY);
        onRecorded((t) =>
          t('registry.certificateForm.recorded', {
            name: bidiIsolate(standing.displayName),
            course: bidiIsolate(course),
          }),
        );
      },
      (error: unknown) => show(fromRefusal(error, FIELDS)),
    );
  }

  return (
    <RegistryForm
      heading={t('registry.certificateForm.heading')}
      intro={t('registry.certificateForm.intro')}
      testId="registry-certificate"
      formRef={formRef}
      alertRef={alertRef}
      problem={problems.form}
      onSubmit={submit}
      submitLabel={t('registry.certificateForm.submit')}
      pending={record.isPending}
      unavailable={
        courses.length === 0 ? (
          <p className={classes.hint} data-testid="registry-certificate-no-courses">
            {t('registry.certificateForm.noCourses')}
          </p>
        ) : undefined
      }
    >
      <FieldGrid>
        <NativeSelect
          label={t('registry.certificateForm.course')}
          size="md"
          required
          value={draft.courseId}
          error={problems.fields.courseId}
          onChange={(event) => set({ courseId: event.currentTarget.value })}
          data={[
            { value: '', label: t('registry.certificateForm.chooseCourse') },
            ...courses.map((course) => ({ value: course.id, label: course.name })),
          ]}
          data-testid="registry-certificate-course"
        />
        <DayField
          label={t('registry.certificateForm.issuedOn')}
          required
          value={draft.issuedOn}
          error={problems.fields.issuedOn}
          onChange={(issuedOn) => set({ issuedOn })}
          testId="registry-certificate-issued-on"
        />
        <DayField
          label={t('registry.certificateForm.expiresOn')}
          description={t('registry.certificateForm.expiresOnHint')}
          value={draft.expiresOn}
          error={problems.fields.expiresOn}
          onChange={(expiresOn) => set({ expiresOn })}
          testId="registry-certificate-expires-on"
        />
      </FieldGrid>
    </RegistryForm>
  );
}
