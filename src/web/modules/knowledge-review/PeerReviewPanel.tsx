import { Stack, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry, PersonalDataWarning } from '../../../contracts/knowledge';
import { FormProblem } from '../../app/forms/FormProblem';
import { formatDay } from '../knowledge/place';
import type { DraftProblem } from '../knowledge-contribute/entry-draft';
import { personalDataWarningsOf } from '../knowledge-contribute/entry-problems';
import { FormButton, FormButtons } from '../knowledge-contribute/FormButtons';
import { entryChanged } from '../knowledge-contribute/knowledge-api';
import { PublishedTextCheck } from '../knowledge-contribute/PublishedTextCheck';
import { useEntryProblems } from '../knowledge-contribute/use-entry-problems';
import classes from './knowledge-review.module.css';
import { Outcome, ReviewPanel } from './ReviewPanel';
import { useRecordPeerReview } from './review-api';

const FIELDS = ['reviewerName', 'reviewerAffiliation', 'reviewedOn', 'conclusion'] as const;
type Field = (typeof FIELDS)[number];
type PeerReviewDraft = Record<Field, string>;

const EMPTY: PeerReviewDraft = { reviewerName: '', reviewerAffiliation: '', reviewedOn: '', conclusion: '' };

export function checkPeerReview(draft: PeerReviewDraft, today: string): Partial<Record<Field, DraftProblem>> {
  const found: Partial<Record<Field, DraftProblem>> = {};
  for (const field of FIELDS) if (draft[field].trim() === '') found[field] = 'required';
  if (draft.reviewerName.length > 200) found.reviewerName = 'tooLong';
  if (draft.reviewerAffiliation.length > 300) found.reviewerAffiliation = 'tooLong';
  if (draft.conclusion.length > 4000) found.conclusion = 'tooLong';
  if (draft.reviewedOn > today) found.reviewedOn = 'inFuture';
  return found;
}

/**
 * The peer reviews recorded so far, and the form an editor records one with. On a published entry a
 * new review is public at once, so the server checks its conclusion for personal data: when it
 * warns, the warnings are shown and the editor changes the conclusion or confirms it before sending
 * again.
 */
export function PeerReviewPanel({ entry }: { entry: Entry }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<PeerReviewDraft>(EMPTY);
  const [outcome, setOutcome] = useState<string | null>(null);
  // What the check found in the conclusion as sent, and the editor's confirmation of it.
  const [warnings, setWarnings] = useState<PersonalDataWarning[]>([]);
  const [acknowledged, setAcknowledged] = useState(false);
  const record = useRecordPeerReview(entry.id);
  const { problems, formRef, alertRef, clear, showChecks, showRefusal } = useEntryProblems(FIELDS);
  const set = (change: Partial<PeerReviewDraft>) => setDraft((current) => ({ ...current, ...change }));

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const found = checkPeerReview(draft, new Date().toISOString().slice(0, 10));
    if (Object.keys(found).length > 0) return showChecks(found);
    clear();
    setOutcome(null);
    record
      .mutateAsync({
        reviewerName: draft.reviewerName.trim(),
        reviewerAffiliation: draft.reviewerAffiliation.trim(),
        reviewedOn: draft.reviewedOn,
        conclusion: draft.conclusion,
        ...(acknowledged && warnings.length > 0 ? { acknowledgeWarnings: true } : {}),
      })
      .then(async () => {
        setDraft(EMPTY);
        setWarnings([]);
        setAcknowledged(false);
        setOutcome(t('knowledgeReview.peerReview.recorded'));
        await entryChanged(queryClient, entry.id);
      }, refused);
  }

  function refused(error: unknown) {
    setWarnings(personalDataWarningsOf(error, entry.originalLanguage));
    setAcknowledged(false);
    showRefusal(error);
  }

  return (
    <ReviewPanel
      heading={t('knowledgeReview.peerReview.heading')}
      intro={t('knowledgeReview.peerReview.intro')}
      testId="review-peer-reviews"
    >
      {entry.peerReviews.length === 0 ? (
        <p data-testid="review-peer-reviews-empty">{t('knowledgeReview.peerReview.none')}</p>
      ) : (
        <ul className={classes.list}>
          {entry.peerReviews.map((review) => (
            <li key={review.id} data-testid="review-peer-review">
              <bdi>{review.reviewerName}</bdi> (<bdi>{review.reviewerAffiliation}</bdi>),{' '}
              {formatDay(review.reviewedOn, language)}:{' '}
              <span className={classes.statement} dir="auto">
                {review.conclusion}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Outcome message={outcome} testId="review-peer-review-outcome" />
      {entry.actions.includes('record_peer_review') && (
        <form
          ref={formRef}
          onSubmit={send}
          noValidate
          className={classes.form}
          aria-label={t('knowledgeReview.peerReview.formLabel')}
          data-testid="review-peer-review-form"
        >
          <Stack gap="md">
            <FormProblem
              ref={alertRef}
              message={problems.form}
              title={t('knowledgeContribute.errors.notSavedTitle')}
              testId="review-peer-review-form-error"
            />
            <TextInput
              label={t('knowledgeReview.peerReview.reviewerName')}
              size="md"
              required
              autoComplete="off"
              value={draft.reviewerName}
              error={problems.fields.reviewerName}
              onChange={(event) => set({ reviewerName: event.currentTarget.value })}
              // Written in any script, whatever the page's direction.
              dir="auto"
              data-testid="review-peer-reviewer-name-input"
            />
            <TextInput
              label={t('knowledgeReview.peerReview.affiliation')}
              size="md"
              required
              autoComplete="off"
              value={draft.reviewerAffiliation}
              error={problems.fields.reviewerAffiliation}
              onChange={(event) => set({ reviewerAffiliation: event.currentTarget.value })}
              dir="auto"
              data-testid="review-peer-affiliation-input"
            />
            <TextInput
              type="date"
              label={t('knowledgeReview.peerReview.reviewedOn')}
              description={t('knowledgeReview.peerReview.reviewedOnHint')}
              size="md"
              required
              value={draft.reviewedOn}
              error={problems.fields.reviewedOn}
              onChange={(event) => set({ reviewedOn: event.currentTarget.value })}
              data-testid="review-peer-reviewed-on-input"
            />
            <Textarea
              label={t('knowledgeReview.peerReview.conclusion')}
              description={t('knowledgeReview.peerReview.conclusionHint')}
              size="md"
              required
              // A fixed height the reader can drag, not Mantine's autosize (it listens to document.fonts).
              rows={4}
              resize="vertical"
              value={draft.conclusion}
              error={problems.fields.conclusion}
              onChange={(event) => {
                set({ conclusion: event.currentTarget.value });
                // A confirmation is of the words that were checked: new words are checked anew.
                setAcknowledged(false);
              }}
              dir="auto"
              data-testid="review-peer-conclusion-input"
            />
            <PublishedTextCheck
              warnings={warnings}
              acknowledged={acknowledged}
              onAcknowledge={setAcknowledged}
              testId="review-peer-review-confirm"
            />
            <FormButtons>
              <FormButton
                type="submit"
                label={t('knowledgeReview.peerReview.submit')}
                pending={record.isPending}
                testId="review-peer-review-submit"
              />
            </FormButtons>
          </Stack>
        </form>
      )}
    </ReviewPanel>
  );
}
