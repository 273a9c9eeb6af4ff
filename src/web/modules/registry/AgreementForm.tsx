import { TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementRequest, RegistryOrganisation } from '../../../contracts/registry-organisations';
import { useInputDirection } from '../../app/forms/form-focus';
import { bidiIsolate } from '../../i18n/bidi';
import { dayProblem, endBeforeStart, lineProblem } from './check-registry';
import type { Sentence } from './RecordOutcome';
import { useRecordAgreement } from './registry-mutations';
import { anyProblem, beforeSending, type FieldChecks, fromRefusal } from './registry-problems';
import { useRegistryProblems } from './use-registry-problems';

const FIELDS = ['title', 'startsOn', 'endsOn', 'signedOn'] as const;
type AgreementField = (typeof FIELDS)[number];

const EMPTY = { title: '', startsOn: '', endsOn: '', signedOn: '' };

import { DayField } from './DayField';
import { FieldGrid, RegistryForm } from './RegistryForm';

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
    <RegistryForm
      heading={t('registry.agreementForm.heading')}
      testId="registry-agreement"
      formRef={formRef}
      alertRef={alertRef}
      problem={problems.form}
      onSubmit={submit}
      submitLabel={t('registry.agreementForm.submit')}
      pending={agree.isPending}
    >
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
      <FieldGrid>
        <DayField
          label={t('registry.agreementForm.startsOn')}
          required
          value={draft.startsOn}
          error={problems.fields.startsOn}
          onChange={(startsOn) => set({ startsOn })}
          testId="registry-agreement-starts-on"
        />
        <DayField
          label={t('registry.agreementForm.endsOn')}
          description={t('registry.agreementForm.endsOnHint')}
          value={draft.endsOn}
          error={problems.fields.endsOn}
          onChange={(endsOn) => set({ endsOn })}
          testId="registry-agreement-ends-on"
        />
        <DayField
          label={t('registry.agreementForm.signedOn')}
          value={draft.signedOn}
          error={problems.fields.signedOn}
          onChange={(signedOn) => set({ signedOn })}
          testId="registry-agreement-signed-on"
        />
      </FieldGrid>
    </RegistryForm>
  );
}
