import { NativeSelect } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DUE_DILIGENCE_KINDS,
  DUE_DILIGENCE_RESULTS,
  type DueDiligenceKind,
  type DueDiligenceResult,
} from '../../../contracts/registry-review';
import { dayProblem, statementProblem } from '../registry/check-registry';
import { DayField } from '../registry/DayField';
import { FieldGrid, RegistryForm } from '../registry/RegistryForm';
import { anyProblem, beforeSending, type FieldChecks, fromRefusal } from '../registry/registry-problems';
import { StatementInput } from '../registry/StatementInput';
import { useRegistryProblems } from '../registry/use-registry-problems';
import { useRecordCheck } from './review-api';
import { DUE_DILIGENCE_KIND_LABELS, DUE_DILIGENCE_RESULT_LABELS } from './review-labels';

const FIELDS = ['kind', 'result', 'checkedOn', 'evidence'] as const;
type CheckField = (typeof FIELDS)[number];

interface CheckDraft {
  kind: DueDiligenceKind | '';
  result: DueDiligenceResult | '';
  checkedOn: string;
  evidence: string;
}

const EMPTY: CheckDraft = { kind: '', result: '', checkedOn: '', evidence: '' };

/**
 * One due diligence check, recorded by the prison service: which check, its result, the day it was
 * done and what was looked at. The evidence is security information, never shown to the
 * organisation; the checker is whoever is signed in.
 */
export function CheckForm({
  organisationId,
  onRecorded,
}: {
  organisationId: string;
  onRecorded: (kind: DueDiligenceKind, result: DueDiligenceResult) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(EMPTY);
  const { problems, show, clear, formRef, alertRef } = useRegistryProblems<CheckField>();
  const record = useRecordCheck(organisationId);
  const set = (change: Partial<CheckDraft>) => setDraft((current) => ({ ...current, ...change }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const checks: FieldChecks<CheckField> = (t) => ({
      kind: draft.kind === '' ? t('registry.errors.chooseOne') : undefined,
      result: draft.result === '' ? t('registry.errors.chooseOne') : undefined,
      checkedOn: dayProblem(draft.checkedOn, { required: true }, t),
      evidence: statementProblem(draft.evidence, { required: true, max: 2000 }, t),
    });
    if (draft.kind === '' || draft.result === '' || anyProblem(checks(t))) return show(beforeSending(checks));
    clear();
    const { kind, result } = draft;
    record.mutateAsync({ kind, result, checkedOn: draft.checkedOn, evidence: draft.evidence.trim() }).then(
      () => {
        setDraft(EMPTY);
        onRecorded(kind, result);
      },
      (error: unknown) => show(fromRefusal(error, FIELDS)),
    );
  }

  return (
    <RegistryForm
      heading={t('registryReview.checkForm.heading')}
      intro={t('registryReview.checkForm.intro')}
      testId="review-check"
      formRef={formRef}
      alertRef={alertRef}
      problem={problems.form}
      onSubmit={submit}
      submitLabel={t('registryReview.checkForm.submit')}
      pending={record.isPending}
    >
      <FieldGrid>
        <NativeSelect
          label={t('registryReview.checkForm.kind')}
          size="md"
          required
          value={draft.kind}
          error={problems.fields.kind}
          onChange={(event) => set({ kind: event.currentTarget.value as DueDiligenceKind | '' })}
          data={[
            { value: '', label: t('registryReview.checkForm.chooseKind') },
            ...DUE_DILIGENCE_KINDS.map((kind) => ({
              value: kind,
              label: t(DUE_DILIGENCE_KIND_LABELS[kind].labelKey),
            })),
          ]}
          data-testid="review-check-kind"
        />
        <NativeSelect
          label={t('registryReview.checkForm.result')}
          size="md"
          required
          value={draft.result}
          error={problems.fields.result}
          onChange={(event) => set({ result: event.currentTarget.value as DueDiligenceResult | '' })}
          data={[
            { value: '', label: t('registryReview.checkForm.chooseResult') },
            ...DUE_DILIGENCE_RESULTS.map((result) => ({
              value: result,
              label: t(DUE_DILIGENCE_RESULT_LABELS[result].labelKey),
            })),
          ]}
          data-testid="review-check-result"
        />
        <DayField
          label={t('registryReview.checkForm.checkedOn')}
          required
          value={draft.checkedOn}
          error={problems.fields.checkedOn}
          onChange={(checkedOn) => set({ checkedOn })}
          testId="review-check-checked-on"
        />
      </FieldGrid>
      <StatementInput
        label={t('registryReview.checkForm.evidence')}
        description={t('registryReview.checkForm.evidenceHint')}
        required
        value={draft.evidence}
        onChange={(evidence) => set({ evidence })}
        error={problems.fields.evidence}
        testId="review-check-evidence"
      />
    </RegistryForm>
  );
}
