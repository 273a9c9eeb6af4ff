import { NativeSelect, Stack, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry, ReviewEvent, ReviewEventKind } from '../../../contracts/knowledge';
import { ApiError } from '../../app/api/api-error';
import { FormProblem } from '../../app/forms/FormProblem';
import { Pending } from '../../app/ui/Pending';
import { EntryLoadFailed } from '../knowledge-contribute/EntryLoadFailed';
import { isVersionConflict } from '../knowledge-contribute/entry-problems';
import { FormButton, FormButtons } from '../knowledge-contribute/FormButtons';
import { entryChanged } from '../knowledge-contribute/knowledge-api';
import { useEntryProblems } from '../knowledge-contribute/use-entry-problems';
import classes from './knowledge-review.module.css';
import { Outcome, ReviewPanel } from './ReviewPanel';
import { useAddReviewEvent, useReviewEvents } from './review-api';
import { formatMoment } from './when';

const FIELDS = ['kind', 'body'] as const;
type Kind = 'comment' | 'changes_requested';

/** What happened in the review, in words. */
function useEventKinds(): Record<ReviewEventKind, string> {
  const { t } = useTranslation();
  return {
    submitted: t('knowledgeReview.events.kinds.submitted'),
    comment: t('knowledgeReview.events.kinds.comment'),
    changes_requested: t('knowledgeReview.events.kinds.changesRequested'),
    published: t('knowledgeReview.events.kinds.published'),
    unpublished: t('knowledgeReview.events.kinds.unpublished'),
    archived: t('knowledgeReview.events.kinds.archived'),
    restored: t('knowledgeReview.events.kinds.restored'),
    flagged_stale: t('knowledgeReview.events.kinds.flaggedStale'),
  };
}

function EventList({ events }: { events: readonly ReviewEvent[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const kinds = useEventKinds();
  if (events.length === 0)
    return <p data-testid="review-events-empty">{t('knowledgeReview.events.empty')}</p>;
  // Oldest first, so the conversation reads down to the newest.
  const ordered = [...events].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <ol className={classes.events} data-testid="review-events">
      {ordered.map((event) => (
        <li key={event.id} className={classes.event} data-kind={event.kind} data-testid="review-event">
          <p className={classes.eventMeta}>
            {kinds[event.kind]} · <bdi>{event.author?.displayName ?? t('knowledgeReview.events.system')}</bdi>{' '}
            · {formatMoment(event.createdAt, language)}
          </p>
          {event.body.trim() !== '' && (
            <p className={classes.statement} dir="auto" data-testid="review-event-body">
              {event.body}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * The review conversation (newest last) and the form to add to it: a comment, or — for an editor,
 * while the entry is in review — a request for changes, which sends it back to its proposer.
 */
export function ReviewConversation({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const events = useReviewEvents(entry.id, true);
  const canRequest = entry.actions.includes('request_changes');
  const canComment = entry.actions.includes('comment');
  const [chosenKind, setKind] = useState<Kind>(canRequest ? 'changes_requested' : 'comment');
  // The entry may have moved on since the choice (sent back by another editor): only a comment is left.
  const kind: Kind = canRequest ? chosenKind : 'comment';
  const [body, setBody] = useState('');
  const [outcome, setOutcome] = useState<string | null>(null);
  const add = useAddReviewEvent(entry.id);
  const { problems, formRef, alertRef, clear, showChecks, showRefusal } = useEntryProblems(FIELDS);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => bodyRef.current?.setAttribute('dir', 'auto'), []);

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    if (body.trim() === '') return showChecks({ body: 'required' });
    if (body.length > 4000) return showChecks({ body: 'tooLong' });
    clear();
    setOutcome(null);
    const sentKind = kind;
    // On the version shown: a request for change (or a comment) is about the text the editor read.
    add.mutateAsync({ kind: sentKind, body, version: entry.version }).then(async () => {
      setBody('');
      setOutcome(
        sentKind === 'changes_requested'
          ? t('knowledgeReview.events.outcomes.changesRequested')
          : t('knowledgeReview.events.outcomes.comment'),
      );
      await entryChanged(queryClient, entry.id);
    }, refused);
  }

  function refused(error: unknown) {
    showRefusal(error);
    // On a conflict the text typed stays; the page shows the entry as it now stands.
    if (error instanceof ApiError && isVersionConflict(error)) void entryChanged(queryClient, entry.id);
  }

  return (
    <ReviewPanel heading={t('knowledgeReview.events.heading')} testId="review-conversation">
      {events.data ? (
        <EventList events={events.data} />
      ) : events.isError ? (
        <EntryLoadFailed error={events.error} onRetry={() => events.refetch()} testId="review-events" />
      ) : (
        <Pending label={t('knowledgeContribute.load.loading')} testId="review-events-pending" />
      )}
      <Outcome message={outcome} testId="review-event-outcome" />
      {(canComment || canRequest) && (
        <form
          ref={formRef}
          onSubmit={send}
          noValidate
          className={classes.form}
          aria-label={t('knowledgeReview.events.formLabel')}
          data-testid="review-event-form"
        >
          <Stack gap="md">
            <FormProblem
              ref={alertRef}
              message={problems.form}
              title={t('knowledgeContribute.errors.notSavedTitle')}
              testId="review-event-form-error"
            />
            {canRequest && (
              <NativeSelect
                label={t('knowledgeReview.events.kind')}
                size="md"
                value={kind}
                onChange={(event) => setKind(event.currentTarget.value as Kind)}
                data={[
                  { value: 'changes_requested', label: t('knowledgeReview.events.requestChanges') },
                  { value: 'comment', label: t('knowledgeReview.events.comment') },
                ]}
                data-testid="review-event-kind-input"
              />
            )}
            <Textarea
              ref={bodyRef}
              label={t('knowledgeReview.events.body')}
              description={
                kind === 'changes_requested'
                  ? t('knowledgeReview.events.bodyHintChanges')
                  : t('knowledgeReview.events.bodyHint')
              }
              size="md"
              required
              // A fixed height the reader can drag, not Mantine's autosize (it listens to document.fonts).
              rows={4}
              resize="vertical"
              value={body}
              error={problems.fields.body}
              onChange={(event) => setBody(event.currentTarget.value)}
              data-testid="review-event-body-input"
            />
            <FormButtons>
              <FormButton
                type="submit"
                label={
                  kind === 'changes_requested'
                    ? t('knowledgeReview.events.sendChanges')
                    : t('knowledgeReview.events.sendComment')
                }
                pending={add.isPending}
                testId="review-event-submit"
              />
            </FormButtons>
          </Stack>
        </form>
      )}
    </ReviewPanel>
  );
}
