import { NativeSelect } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VETTING_OUTCOMES, type VettingOutcome } from '../../../contracts/registry';
import {
  type PractitionerStanding,
  type RecordVettingRequest,
  VETTING_LEVELS,
  type VettingLevel,
} from '../../../contracts/registry-practitioners';
import { bidiIsolate } from '../../i18n/bidi';
import { dayProblem, endBeforeStart, statementProblem } from './check-registry';
import type { Sentence } from './RecordOutcome';
import { codeOptions, VETTING_LEVEL_LABELS, VETTING_OUTCOME_LABELS } from './registry-labels';
import { useRecordVetting } from './registry-mutations';
import { anyProblem, beforeSending, type FieldChecks, fromRefusal } from './registry-problems';
import { StatementInput } from './StatementInput';
import { useRegistryProblems } from './use-registry-problems';

const FIELDS = ['level', 'outcome', 'checkedOn', 'expiresOn', 'findings'] as const;
type VettingField = (typeof FIELDS)[number];

interface VettingDraft {
  level: VettingLevel | '';
  outcome: VettingOutcome | '';
  checkedOn: string;
  expiresOn: string;
  findings: string;
}

const EMPTY: VettingDraft = { level: '', outcome: '', checkedOn: '', expiresOn: '', findings: '' };

import { DayField } from './DayField';
import { FieldGrid, RegistryForm } from './RegistryForm';

/**
 * A background check's result, recorded by the prison service (POST …/vetting): level, outcome, the
 * day it was done and, if not the default, its expiry (a clearance runs a year); findings are
 * security information, never shown to the organisation.
 */
export function VettingForm({
  standing,
  onRecorded,
}: {
  standing: PractitionerStanding;
  onRecorded: (sentence: Sentence) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(EMPTY);
  const { problems, show, clear, formRef, alertRef } = useRegistryProblems<VettingField>();
  const record = useRecordVetting(standing.id);
  const set = (change: Partial<VettingDraft>) => setDraft((current) => ({ ...current, ...change }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const checks: FieldChecks<VettingField> = (t) => ({
      level: draft.level === '' ? t('registry.errors.chooseOne') : undefined,
      outcome: draft.outcome === '' ? t('registry.errors.chooseOne') : undefined,
      checkedOn: dayProblem(draft.checkedOn, { required: true }, t),
      expiresOn:
        dayProblem(draft.expiresOn, { required: false }, t) ??
        (endBeforeStart(draft.checkedOn, draft.expiresOn) ? t('registry.errors.endBeforeStart') : undefined),
      findings: statementProblem(draft.findings, { required: false, max: 4000 }, t),
    });
    if (draft.level === '' || draft.outcome === '' || anyProblem(checks(t)))
      return show(beforeSending(checks));
    clear();
    const outcome = draft.outcome;
    const body: RecordVettingRequest = {
      level: draft.level,
      outcome,
      checkedOn: draft.checkedOn,
      ...(draft.expiresOn === '' ? {} : { expiresOn: draft.expiresOn }),
      ...(draft.findings.trim() === '' ? {} : { findings: draft.findings.trim() }),
    };
    record.mutateAsync(body).then(
      () => {
        setDraft(EMPTY);
        onRecorded((t) =>
          t('registry.vettingForm.recorded', {
            name: bidiIsolate(standing.displayName),
            outcome: t(VETTING_OUTCOME_LABELS[outcome].labelKey),
          }),
        );
      },
      (error: unknown) => show(fromRefusal(error, FIELDS)),
    );
  }

  return (
    <RegistryForm
      heading={t('registry.vettingForm.heading')}
      testId="registry-vetting"
      formRef={formRef}
      alertRef={alertRef}
      problem={problems.form}
      onSubmit={submit}
      submitLabel={t('registry.vettingForm.submit')}
      pending={record.isPending}
    >
      <FieldGrid>
        <NativeSelect
          label={t('registry.vettingForm.outcome')}
          size="md"
          required
          value={draft.outcome}
          error={problems.fields.outcome}
          onChange={(event) => set({ outcome: event.currentTarget.value as VettingOutcome | '' })}
          data={codeOptions(
            t,
            t('registry.vettingForm.chooseOutcome'),
            VETTING_OUTCOMES,
            VETTING_OUTCOME_LABELS,
          )}
          data-testid="registry-vetting-outcome"
        />
        <NativeSelect
          label={t('registry.vettingForm.level')}
          size="md"
          required
          value={draft.level}
          error={problems.fields.level}
          onChange={(event) => set({ level: event.currentTarget.value as VettingLevel | '' })}
          data={codeOptions(t, t('registry.vettingForm.chooseLevel'), VETTING_LEVELS, VETTING_LEVEL_LABELS)}
          data-testid="registry-vetting-level"
        />
        <DayField
          label={t('registry.vettingForm.checkedOn')}
          required
          value={draft.checkedOn}
          error={problems.fields.checkedOn}
          onChange={(checkedOn) => set({ checkedOn })}
          testId="registry-vetting-checked-on"
        />
        <DayField
          label={t('registry.vettingForm.expiresOn')}
          description={t('registry.vettingForm.expiresOnHint')}
          value={draft.expiresOn}
          error={problems.fields.expiresOn}
          onChange={(expiresOn) => set({ expiresOn })}
          testId="registry-vetting-expires-on"
        />
      </FieldGrid>
      <StatementInput
        label={t('registry.vettingForm.findings')}
        description={t('registry.vettingForm.findingsHint')}
        value={draft.findings}
        onChange={(findings) => set({ findings })}
        error={problems.fields.findings}
        testId="registry-vetting-findings-input"
      />
    </RegistryForm>
  );
}
