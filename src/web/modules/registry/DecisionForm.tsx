import { Checkbox, NativeSelect } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AccreditationStatus,
  INTERVENTION_TYPES,
  type InterventionType,
} from '../../../contracts/registry';
import type { RegistryOrganisation } from '../../../contracts/registry-organisations';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Pending } from '../../app/ui/Pending';
import { ChoiceList } from './ChoiceList';
import { DayField } from './DayField';
import {
  DECISION_FIELDS,
  type DecisionDraft,
  type DecisionField,
  decidableStatuses,
  decisionProblems,
  decisionRequestOf,
  initialDecision,
  NEEDS_REASONS,
} from './decision-draft';
import type { Sentence } from './RecordOutcome';
import { FieldGrid, RegistryForm } from './RegistryForm';
import { useRegistryFacilities } from './registry-api';
import { ACCREDITATION_STATUS_LABELS, INTERVENTION_TYPE_LABELS } from './registry-labels';
import { useRecordDecision } from './registry-mutations';
import { fromRefusal } from './registry-problems';
import { StatementInput } from './StatementInput';
import { useRegistryProblems } from './use-registry-problems';

/**
 * The prison service's next accreditation decision, among the statuses the record says may follow:
 * to accredit, the period, facilities, kinds of intervention, whether an agreement is required and
 * any conditions; to refuse, suspend or revoke, the reasons. The server's field errors are said next
 * to their fields; nothing typed is lost on an error.
 */
export function DecisionForm({
  record,
  onDecided,
}: {
  record: RegistryOrganisation;
  onDecided: (sentence: Sentence) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<DecisionDraft>(() => initialDecision(record));
  const { problems, show, clear, formRef, alertRef } = useRegistryProblems<DecisionField>();
  const facilities = useRegistryFacilities();
  const decide = useRecordDecision(record.id);
  const set = (change: Partial<DecisionDraft>) => setDraft((current) => ({ ...current, ...change }));
  const statuses = decidableStatuses(record);
  const statusWords = (status: AccreditationStatus) => t(ACCREDITATION_STATUS_LABELS[status].labelKey);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (decide.isPending) return;
    if (draft.status === '' || decisionProblems(draft, t).form)
      return show((t) => decisionProblems(draft, t));
    clear();
    const status = draft.status;
    decide.mutateAsync(decisionRequestOf({ ...draft, status })).then(
      (decided) => {
        setDraft(initialDecision(decided));
        onDecided((t) =>
          t('registry.decisionForm.decided', {
            status: t(ACCREDITATION_STATUS_LABELS[status].labelKey),
          }),
        );
      },
      (error: unknown) => show(fromRefusal(error, DECISION_FIELDS)),
    );
  }

  const accrediting = draft.status === 'accredited';
  const reasonsRequired = draft.status !== '' && NEEDS_REASONS.includes(draft.status);
  return (
    <RegistryForm
      heading={t('registry.decisionForm.heading')}
      intro={t('registry.decisionForm.intro')}
      testId="registry-decision"
      formRef={formRef}
      alertRef={alertRef}
      problem={problems.form}
      onSubmit={submit}
      submitLabel={t('registry.decisionForm.submit')}
      pending={decide.isPending}
    >
      <NativeSelect
        label={t('registry.decisionForm.status')}
        size="md"
        required
        value={draft.status}
        error={problems.fields.status}
        onChange={(event) => set({ status: event.currentTarget.value as AccreditationStatus | '' })}
        data={[
          { value: '', label: t('registry.decisionForm.chooseStatus') },
          ...statuses.map((status) => ({ value: status, label: statusWords(status) })),
        ]}
        data-testid="registry-decision-status"
      />
      {accrediting && (
        <>
          <FieldGrid>
            <DayField
              label={t('registry.decisionForm.validFrom')}
              required
              value={draft.validFrom}
              error={problems.fields.validFrom}
              onChange={(validFrom) => set({ validFrom })}
              testId="registry-decision-valid-from"
            />
            <DayField
              label={t('registry.decisionForm.validUntil')}
              required
              value={draft.validUntil}
              error={problems.fields.validUntil}
              onChange={(validUntil) => set({ validUntil })}
              testId="registry-decision-valid-until"
            />
          </FieldGrid>
          {facilities.data ? (
            <ChoiceList
              legend={t('registry.decisionForm.facilities')}
              choices={facilities.data.facilities.map((facility) => ({
                value: facility.id,
                label: facility.name,
              }))}
              value={draft.facilityIds}
              onChange={(facilityIds) => set({ facilityIds })}
              error={problems.fields.facilityIds}
              testId="registry-decision-facilities"
            />
          ) : facilities.isError ? (
            <LoadFailed
              title={t('registry.record.facilitiesFailedTitle')}
              error={facilities.error}
              onRetry={() => facilities.refetch()}
              testId="registry-decision-facilities-failed"
            />
          ) : (
            <Pending label={t('registry.eligibilityPage.facilitiesLoading')} />
          )}
          <ChoiceList
            legend={t('registry.decisionForm.interventionTypes')}
            choices={INTERVENTION_TYPES.map((type) => ({
              value: type,
              label: t(INTERVENTION_TYPE_LABELS[type].labelKey),
            }))}
            value={draft.interventionTypes}
            onChange={(types) => set({ interventionTypes: types as InterventionType[] })}
            error={problems.fields.interventionTypes}
            testId="registry-decision-intervention-types"
          />
          <Checkbox
            size="md"
            label={t('registry.decisionForm.requiresAgreement')}
            checked={draft.requiresAgreement}
            error={problems.fields.requiresAgreement}
            onChange={(event) => set({ requiresAgreement: event.currentTarget.checked })}
            data-testid="registry-decision-requires-agreement"
          />
          <StatementInput
            label={t('registry.decisionForm.conditions')}
            description={t('registry.decisionForm.conditionsHint')}
            value={draft.conditions}
            onChange={(conditions) => set({ conditions })}
            error={problems.fields.conditions}
            testId="registry-decision-conditions"
          />
        </>
      )}
      <StatementInput
        label={t('registry.decisionForm.reasons')}
        description={
          reasonsRequired
            ? t('registry.decisionForm.reasonsRequiredHint')
            : t('registry.decisionForm.reasonsOptionalHint')
        }
        required={reasonsRequired}
        value={draft.reasons}
        onChange={(reasons) => set({ reasons })}
        error={problems.fields.reasons}
        testId="registry-decision-reasons"
      />
    </RegistryForm>
  );
}
