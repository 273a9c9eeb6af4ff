import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DueDiligenceKind, DueDiligenceResult } from '../../../contracts/registry-review';
import { ApiError } from '../../app/api/api-error';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Pending } from '../../app/ui/Pending';
import { RecordSection } from '../registry/RecordSection';
import classes from '../registry/registry-record.module.css';
import { CheckForm } from './CheckForm';
import { ChecklistTable } from './ChecklistTable';
import { useDueDiligence } from './review-api';
import { DUE_DILIGENCE_KIND_LABELS, DUE_DILIGENCE_RESULT_LABELS } from './review-labels';

type Sentence = (t: TFunction) => string;

/**
 * The organisation's due diligence on its registry record: the five checks with where each stands
 * (for the organisation's coordinator, only whether each is done or outstanding), and, for those
 * who record them (administrator, director, security officer), the form. The server
 * says who may see it; a reader it refuses (a gate officer) sees no section at all, since the
 * checks are none of their business.
 */
export function DueDiligencePanel({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const checklist = useDueDiligence(organisationId);
  const [sentence, setSentence] = useState<Sentence | null>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);

  if (checklist.isError && !checklist.data) {
    if (checklist.error instanceof ApiError && [403, 404].includes(checklist.error.status)) return null;
    return (
      <RecordSection heading={t('registryReview.panel.heading')} testId="review-due-diligence-section">
        <LoadFailed
          title={t('registryReview.panel.loadFailedTitle')}
          error={checklist.error}
          onRetry={() => checklist.refetch()}
          testId="review-due-diligence-load-failed"
        />
      </RecordSection>
    );
  }

  function recorded(kind: DueDiligenceKind, result: DueDiligenceResult) {
    setSentence(
      () => (t: TFunction) =>
        t('registryReview.checkForm.recorded', {
          check: t(DUE_DILIGENCE_KIND_LABELS[kind].labelKey),
          result: t(DUE_DILIGENCE_RESULT_LABELS[result].labelKey),
        }),
    );
    requestAnimationFrame(() => outcomeRef.current?.focus());
  }

  const data = checklist.data;
  return (
    <RecordSection heading={t('registryReview.panel.heading')} testId="review-due-diligence-section">
      {!data ? (
        <Pending label={t('registryReview.panel.loading')} testId="review-due-diligence-pending" />
      ) : (
        <>
          <p className={classes.hint}>{t('registryReview.panel.intro')}</p>
          <p data-testid="review-due-diligence-progress" data-complete={data.complete}>
            {!data.required
              ? t('registryReview.panel.notRequired')
              : data.complete
                ? t('registryReview.panel.complete')
                : t('registryReview.panel.progress', { satisfied: data.satisfied, total: data.items.length })}
          </p>
          <ChecklistTable checklist={data} />
          <p
            ref={outcomeRef}
            role="status"
            tabIndex={-1}
            className={classes.outcome}
            data-testid="review-check-outcome"
          >
            {sentence ? sentence(t) : ''}
          </p>
          {data.actions.includes('record_check') && (
            <CheckForm organisationId={organisationId} onRecorded={recorded} />
          )}
        </>
      )}
    </RecordSection>
  );
}
