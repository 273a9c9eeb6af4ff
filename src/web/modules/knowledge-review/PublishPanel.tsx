import { Radio, Stack } from '@mantine/core';
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
import { AudienceChoices, CurrentAudience } from './PublishAudience';
import { Outcome, ReviewPanel } from './ReviewPanel';
import { usePublish } from './review-api';

const FIELDS = [
  'level',
  'visibility',
  'audienceOrganisationIds',
  'audienceTenantIds',
  'acknowledgeWarnings',
] as const;
type Level = 'inspiring' | 'peer_reviewed';
type Visibility = 'public' | 'restricted';

/** Whether an entry may be published at a level: peer-reviewed needs a recorded peer review. */
export function levelAllowed(entry: Pick<Entry, 'peerReviews'>, level: Level): boolean {
  return level === 'inspiring' || entry.peerReviews.length > 0;
}

/**
 * Publication: as inspiring, or — once a peer review is recorded — as peer-reviewed; for everyone or
 * for signed-in users only: those of the prison service (narrowed to the organisations ticked, when
 * any are) and of the other services ticked. When the personal-data check warned, the editor
 * confirms having checked before the server accepts it.
 */
export function PublishPanel({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const published = entry.status === 'inspiring' || entry.status === 'peer_reviewed';
  const [level, setLevel] = useState<Level>(entry.status === 'peer_reviewed' ? 'peer_reviewed' : 'inspiring');
  const [visibility, setVisibility] = useState<Visibility>(entry.visibility);
  const restrictedNow = entry.visibility === 'restricted';
  const [organisationIds, setOrganisationIds] = useState<string[]>(
    restrictedNow ? entry.audienceOrganisationIds : [],
  );
  const [tenantIds, setTenantIds] = useState<string[]>(restrictedNow ? entry.audienceTenantIds : []);
  const [acknowledged, setAcknowledged] = useState(false);
  // The server may know of warnings this page has not shown yet (the text changed meanwhile).
  const [serverWarned, setServerWarned] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const publish = usePublish(entry.id);
  const { problems, formRef, alertRef, clear, showChecks, showRefusal } = useEntryProblems(FIELDS);
  const peerReviewed = levelAllowed(entry, 'peer_reviewed');
  const mustAcknowledge = entry.warnings.length > 0 || serverWarned;

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (publish.isPending) return;
    if (!levelAllowed(entry, level)) return showChecks({ level: 'required' });
    if (mustAcknowledge && !acknowledged) return showChecks({ acknowledgeWarnings: 'required' });
    clear();
    setOutcome(null);
    publish
      .mutateAsync({
        version: entry.version,
        level,
        visibility,
        ...(visibility === 'restricted'
          ? { audienceOrganisationIds: organisationIds, audienceTenantIds: tenantIds }
          : {}),
        ...(mustAcknowledge ? { acknowledgeWarnings: true } : {}),
      })
      .then(
        async () => {
          setOutcome(
            visibility === 'public'
              ? t('knowledgeReview.publish.publishedPublic')
              : t('knowledgeReview.publish.publishedRestricted'),
          );
          await entryChanged(queryClient, entry.id);
        },
        (error: unknown) => {
          if (error instanceof ApiError && error.code === 'knowledge.personal_data_warning')
            setServerWarned(true);
          showRefusal(error);
        },
      );
  }

  if (!entry.actions.includes('publish')) return null;
  return (
    <ReviewPanel
      heading={published ? t('knowledgeReview.publish.headingChange') : t('knowledgeReview.publish.heading')}
      intro={t('knowledgeReview.publish.intro')}
      testId="review-publish"
    >
      <Outcome message={outcome} testId="review-publish-outcome" />
      {published && restrictedNow && <CurrentAudience entry={entry} />}
      <form
        ref={formRef}
        onSubmit={send}
        noValidate
        className={classes.form}
        aria-label={t('knowledgeReview.publish.heading')}
        data-testid="review-publish-form"
      >
        <Stack gap="md">
          <FormProblem
            ref={alertRef}
            message={problems.form}
            title={t('knowledgeReview.publish.notPublishedTitle')}
            testId="review-publish-form-error"
          />
          <Radio.Group
            label={t('knowledgeReview.publish.level')}
            size="md"
            value={level}
            onChange={(value) => setLevel(value as Level)}
            error={problems.fields.level}
            data-testid="review-publish-level"
          >
            <Stack gap="xs" mt="xs">
              <Radio
                value="inspiring"
                label={t('knowledgeReview.publish.inspiring')}
                description={t('knowledgeReview.publish.inspiringHint')}
                data-testid="review-publish-level-inspiring"
              />
              <Radio
                value="peer_reviewed"
                label={t('knowledgeReview.publish.peerReviewed')}
                description={
                  peerReviewed
                    ? t('knowledgeReview.publish.peerReviewedHint')
                    : t('knowledgeReview.publish.peerReviewedMissing')
                }
                disabled={!peerReviewed}
                data-testid="review-publish-level-peer-reviewed"
              />
            </Stack>
          </Radio.Group>
          <Radio.Group
            label={t('knowledgeReview.publish.visibility')}
            size="md"
            value={visibility}
            onChange={(value) => setVisibility(value as Visibility)}
            error={problems.fields.visibility}
            data-testid="review-publish-visibility"
          >
            <Stack gap="xs" mt="xs">
              <Radio
                value="public"
                label={t('knowledgeReview.publish.public')}
                description={t('knowledgeReview.publish.publicHint')}
                data-testid="review-publish-visibility-public"
              />
              <Radio
                value="restricted"
                label={t('knowledgeReview.publish.restricted')}
                description={t('knowledgeReview.publish.restrictedHint')}
                data-testid="review-publish-visibility-restricted"
              />
            </Stack>
          </Radio.Group>
          {visibility === 'restricted' && (
            <AudienceChoices
              organisationIds={organisationIds}
              tenantIds={tenantIds}
              onOrganisations={setOrganisationIds}
              onTenants={setTenantIds}
              problems={problems}
            />
          )}
          {mustAcknowledge && (
            <PublicationConfirmation
              checked={acknowledged}
              error={problems.fields.acknowledgeWarnings}
              onChange={setAcknowledged}
              testId="review-publish-acknowledge"
            />
          )}
          <FormButtons>
            <FormButton
              type="submit"
              label={
                published ? t('knowledgeReview.publish.submitChange') : t('knowledgeReview.publish.submit')
              }
              pending={publish.isPending}
              testId="review-publish-submit"
            />
          </FormButtons>
        </Stack>
      </form>
    </ReviewPanel>
  );
}
