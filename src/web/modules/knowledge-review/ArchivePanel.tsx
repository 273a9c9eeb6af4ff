import { Stack, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../contracts/knowledge';
import { ApiError } from '../../app/api/api-error';
import { FormProblem } from '../../app/forms/FormProblem';
import { FormButton, FormButtons } from '../knowledge-contribute/FormButtons';
import { entryChanged } from '../knowledge-contribute/knowledge-api';
import { useEntryProblems } from '../knowledge-contribute/use-entry-problems';
import classes from './knowledge-review.module.css';
import { PublicationConfirmation } from './PublicationConfirmation';
import { Outcome, ReviewPanel } from './ReviewPanel';
import { useArchive, useRestore } from './review-api';

const FIELDS = ['reason', 'acknowledgeWarnings'] as const;

/**
 * Archiving takes an entry out of the search (its address stays); restoring brings it back, after
 * the editor confirms the personal-data check's warnings, as for a publication (the text may have
 * changed while it was archived).
 */
export function ArchivePanel({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<string | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  // The server may know of warnings this page has not shown yet (the text changed meanwhile).
  const [serverWarned, setServerWarned] = useState(false);
  const archive = useArchive(entry.id);
  const restore = useRestore(entry.id);
  const { problems, formRef, alertRef, clear, showChecks, showRefusal } = useEntryProblems(FIELDS);
  const canArchive = entry.actions.includes('archive');
  const canRestore = entry.actions.includes('restore');
  if (!canArchive && !canRestore) return null;
  const mustAcknowledge = canRestore && (entry.warnings.length > 0 || serverWarned);

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (archive.isPending || restore.isPending) return;
    if (reason.length > 4000) return showChecks({ reason: 'tooLong' });
    if (mustAcknowledge && !acknowledged) return showChecks({ acknowledgeWarnings: 'required' });
    clear();
    setOutcome(null);
    const done = canRestore
      ? restore
          .mutateAsync({ version: entry.version, ...(mustAcknowledge ? { acknowledgeWarnings: true } : {}) })
          .then(() => t('knowledgeReview.archive.restored'))
      : archive
          .mutateAsync({ version: entry.version, ...(reason.trim() ? { reason } : {}) })
          .then(() => t('knowledgeReview.archive.archived'));
    done.then(async (message) => {
      setReason('');
      setOutcome(message);
      await entryChanged(queryClient, entry.id);
    }, refused);
  }

  function refused(error: unknown) {
    if (error instanceof ApiError && error.code === 'knowledge.personal_data_warning') setServerWarned(true);
    showRefusal(error);
  }

  return (
    <ReviewPanel
      heading={
        canRestore ? t('knowledgeReview.archive.restoreHeading') : t('knowledgeReview.archive.heading')
      }
      intro={canRestore ? t('knowledgeReview.archive.restoreIntro') : t('knowledgeReview.archive.intro')}
      testId="review-archive"
    >
      <Outcome message={outcome} testId="review-archive-outcome" />
      <form
        ref={formRef}
        onSubmit={send}
        noValidate
        className={classes.form}
        aria-label={
          canRestore ? t('knowledgeReview.archive.restoreHeading') : t('knowledgeReview.archive.heading')
        }
        data-testid="review-archive-form"
      >
        <Stack gap="md">
          <FormProblem
            ref={alertRef}
            message={problems.form}
            title={t('knowledgeContribute.errors.notSavedTitle')}
            testId="review-archive-form-error"
          />
          {canArchive && (
            <Textarea
              label={t('knowledgeReview.archive.reason')}
              description={t('knowledgeReview.archive.reasonHint')}
              size="md"
              // A fixed height the reader can drag, not Mantine's autosize (it listens to document.fonts).
              rows={3}
              resize="vertical"
              value={reason}
              error={problems.fields.reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              data-testid="review-archive-reason-input"
            />
          )}
          {mustAcknowledge && (
            <PublicationConfirmation
              checked={acknowledged}
              error={problems.fields.acknowledgeWarnings}
              onChange={setAcknowledged}
              testId="review-restore-acknowledge"
            />
          )}
          <FormButtons>
            <FormButton
              type="submit"
              variant="outline"
              label={canRestore ? t('knowledgeReview.archive.restore') : t('knowledgeReview.archive.submit')}
              pending={archive.isPending || restore.isPending}
              testId="review-archive-submit"
            />
          </FormButtons>
        </Stack>
      </form>
    </ReviewPanel>
  );
}
