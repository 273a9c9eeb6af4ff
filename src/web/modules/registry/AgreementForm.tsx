import { Stack, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementRequest, RegistryOrganisation } from '../../../contracts/registry-organisations';
import { FormProblem } from '../../app/forms/FormProblem';
import { useInputDirection } from '../../app/forms/form-focus';
import { bidiIsolate } from '../../i18n/bidi';
import { dayProblem, endBeforeStart, lineProblem } from './check-registry';
import { FormPanel } from './FormPanel';
import { FormSubmit } from './FormSubmit';
import type { Sentence } from './RecordOutcome';
import { useRecordAgreement } from './registry-mutations';
import { anyProblem, beforeSending, type FieldChecks, fromRefusal } from './registry-problems';
import classes from './registry-record.module.css';
import { useRegistryProblems } from './use-registry-problems';

const FIELDS = ['title', 'startsOn', 'endsOn', 'signedOn'] as const;
type AgreementField = (typeof FIELDS)[number];

const EMPTY = { title: '', startsOn: '', endsOn: '', signedOn: '' };

/**
 * A memorandum of understanding between the prison service and the organisation: its title, first
 * day, last day (none: open-ended) and the day it was signed. The director or the administrator
 * records it; an accreditation that requires an agreement counts only while one is in force.
 */
export function AgreementForm({
  record,
  onRecorded,
}: {
  record: RegistryOrganisation;
  onRecorded: (sentence: Sentence) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(EMPTY);
  const { problems, show, clear, formRef, alertRef } = useRegistryProblems<AgreementField>();
  const titleRef = useRef<HTMLInputElement>(null);
  useInputDirection(titleRef, 'auto');
  const agree = useRecordAgreement(record.id);
  const set = (change: Partial<typeof EMPTY>) => setDraft((current) => ({ ...current, ...change }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (agree.isPending) return;
    const checks: FieldChecks<AgreementField> = (t) => ({
      title: lineProblem(draft.title, { required: true, max: 300 }, t),
      startsOn: dayProblem(draft.startsOn, { required: true }, t),
      endsOn:
        dayProblem(draft.endsOn, { required: false }, t) ??
        (endBeforeStart(draft.startsOn, draft.endsOn) ? t('registry.errors.endBeforeStart') : undefined),
      signedOn: dayProblem(draft.signedOn, { required: false }, t),
    });
    if (anyProblem(checks(t))) return show(beforeSending(checks));
    clear();
    const title = draft.title.trim();
    const body: AgreementRequest = {
      title,
      startsOn: draft.startsOn,
      endsOn: draft.endsOn === '' ? null : draft.endsOn,
      signedOn: draft.signedOn === '' ? null : draft.signedOn,
    };
    agree.mutateAsync(body).then(
      () => {
        setDraft(EMPTY);
        onRecorded((t) => t('registry.agreementForm.recorded', { title: bidiIsolate(title) }));
      },
      (error: unknown) => show(fromRefusal(error, FIELDS)),
    );
  }

  return (
    <FormPanel heading={t('registry.agreementForm.heading')}>
      {(headingId) => (
        <form
          ref={formRef}
          aria-labelledby={headingId}
          onSubmit={submit}
          noValidate
          data-testid="registry-agreement-form"
        >
          <Stack gap="md">
            <FormProblem
              ref={alertRef}
              message={problems.form}
              title={t('registry.record.notSavedTitle')}
              testId="registry-agreement-form-error"
            />
            <TextInput
              ref={titleRef}
              label={t('registry.agreementForm.title')}
              size="md"
              required
              autoComplete="off"
              value={draft.title}
              error={problems.fields.title}
              onChange={(event) => set({ title: event.currentTarget.value })}
              data-testid="registry-agreement-title-input"
            />
            <div className={classes.fieldGrid}>
              <TextInput
                type="date"
                label={t('registry.agreementForm.startsOn')}
                size="md"
                required
                value={draft.startsOn}
                error={problems.fields.startsOn}
                onChange={(event) => set({ startsOn: event.currentTarget.value })}
                data-testid="registry-agreement-starts-on"
              />
              <TextInput
                type="date"
                label={t('registry.agreementForm.endsOn')}
                description={t('registry.agreementForm.endsOnHint')}
                size="md"
                value={draft.endsOn}
                error={problems.fields.endsOn}
                onChange={(event) => set({ endsOn: event.currentTarget.value })}
                data-testid="registry-agreement-ends-on"
              />
              <TextInput
                type="date"
                label={t('registry.agreementForm.signedOn')}
                size="md"
                value={draft.signedOn}
                error={problems.fields.signedOn}
                onChange={(event) => set({ signedOn: event.currentTarget.value })}
                data-testid="registry-agreement-signed-on"
              />
            </div>
            <FormSubmit
              label={t('registry.agreementForm.submit')}
              pending={agree.isPending}
              testId="registry-agreement-submit"
            />
          </Stack>
        </form>
      )}
    </FormPanel>
  );
}
