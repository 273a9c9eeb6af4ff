import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistryOrganisation } from '../../../contracts/registry-organisations';
import type { Sentence } from './RecordOutcome';
import { RegistryForm } from './RegistryForm';
import { useRecordDecision } from './registry-mutations';
import { fromRefusal } from './registry-problems';
import { useRegistryProblems } from './use-registry-problems';

/**
 * The organisation's side of the lifecycle: applying for accreditation (POST a decision of status
 * `applied`), offered only when the record's actions and next statuses allow it (a profile first).
 * What the organisation asks for is settled in the review, so the application carries nothing else.
 */
export function ApplyForm({
  record,
  onApplied,
}: {
  record: RegistryOrganisation;
  onApplied: (sentence: Sentence) => void;
}) {
  const { t } = useTranslation();
  const { problems, show, clear, formRef, alertRef } = useRegistryProblems<never>();
  const apply = useRecordDecision(record.id);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (apply.isPending) return;
    clear();
    apply.mutateAsync({ status: 'applied' }).then(
      () => onApplied((t) => t('registry.applyForm.applied')),
      // The status is not a field here: every refusal is said above the button.
      (error: unknown) => show(fromRefusal(error, [])),
    );
  }

  return (
    <RegistryForm
      heading={t('registry.applyForm.heading')}
      intro={t('registry.applyForm.intro')}
      testId="registry-apply"
      formRef={formRef}
      alertRef={alertRef}
      problem={problems.form}
      onSubmit={submit}
      submitLabel={t('registry.applyForm.submit')}
      pending={apply.isPending}
    />
  );
}
