import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Entry } from '../../../contracts/knowledge';
import pageClasses from '../../app/pages/pages.module.css';
import { usePageTitle } from '../../app/pages/use-page-title';
import { Pending } from '../../app/ui/Pending';
import { directionOf } from '../../i18n/languages';
import { EntryFacts } from '../knowledge/EntryFacts';
import { EntryStatusBadge } from '../knowledge/EntryStatusBadge';
import { EntryTextSections } from '../knowledge/EntryTextSections';
import { EvidenceBadge } from '../knowledge/EvidenceBadge';
import { AttachmentsPanel } from '../knowledge-attachments/AttachmentsPanel';
import { EntryLoadFailed } from '../knowledge-contribute/EntryLoadFailed';
import { useWorkEntry } from '../knowledge-contribute/knowledge-api';
import { LIBRARY_WORK_ROUTES } from '../knowledge-contribute/library-routes';
import { PersonalDataWarnings } from '../knowledge-contribute/PersonalDataWarnings';
import { ArchivePanel } from './ArchivePanel';
import { PeerReviewPanel } from './PeerReviewPanel';
import { PublishPanel } from './PublishPanel';
import { ReviewConversation } from './ReviewConversation';
import { ReviewPanel } from './ReviewPanel';
import { TranslationsPanel } from './TranslationsPanel';
import { VersionHistory } from './VersionHistory';

function ReviewedEntry({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const original = entry.translations.find((translation) => translation.language === entry.originalLanguage);
  return (
    <>
      <Title order={1} lang={entry.originalLanguage} dir={directionOf(entry.originalLanguage)}>
        <span dir="auto">{original?.title ?? '—'}</span>
      </Title>
      <Group gap="sm" data-testid="review-entry-status">
        <EntryStatusBadge status={entry.status} />
        <EvidenceBadge level={entry.evidenceLevel} />
        {entry.staleSince && <Text data-testid="review-entry-stale">{t('knowledgeReview.queue.stale')}</Text>}
      </Group>
      <Text>
        <Anchor
          component={Link}
          underline="always"
          to={LIBRARY_WORK_ROUTES.entry(entry.id)}
          data-testid="review-open-entry"
        >
          {t('knowledgeReview.entry.openEntry')}
        </Anchor>
        {entry.actions.includes('update') && (
          <>
            {' · '}
            <Anchor
              component={Link}
              underline="always"
              to={LIBRARY_WORK_ROUTES.edit(entry.id)}
              data-testid="review-edit-entry"
            >
              {t('knowledgeReview.entry.edit')}
            </Anchor>
          </>
        )}
        {' · '}
        <Anchor component={Link} underline="always" to={LIBRARY_WORK_ROUTES.queue}>
          {t('knowledgeReview.entry.backToQueue')}
        </Anchor>
      </Text>
      <PersonalDataWarnings warnings={entry.warnings} />
      <ReviewPanel heading={t('knowledgeReview.entry.textHeading')} testId="review-entry-text">
        <EntryFacts entry={entry} />
        {original && <EntryTextSections translation={original} headingLevel={3} />}
      </ReviewPanel>
      <ReviewConversation entry={entry} />
      <PeerReviewPanel entry={entry} />
      <AttachmentsPanel entry={entry} />
      <PublishPanel entry={entry} />
      <ArchivePanel entry={entry} />
      <TranslationsPanel entry={entry} />
      <VersionHistory entry={entry} />
    </>
  );
}

/**
 * `/library/review/:entryId`: an editor reads an entry, talks with its proposer (comments, requests
 * for changes), records peer reviews, publishes, archives or restores it, marks translations reviewed
 * and reads its history. Each form shows only when the entry's `actions` allow it.
 */
export function EntryReviewPage() {
  const { t } = useTranslation();
  usePageTitle(t('knowledgeReview.entry.pageTitle'));
  const { entryId = '' } = useParams();
  const entry = useWorkEntry(entryId);
  return (
    <Stack gap="lg" className={pageClasses.widePage} data-testid="page-library-review-entry">
      {entry.data ? (
        <ReviewedEntry entry={entry.data} />
      ) : (
        <>
          <Title order={1}>{t('knowledgeReview.entry.heading')}</Title>
          {entry.isError ? (
            <EntryLoadFailed error={entry.error} onRetry={() => entry.refetch()} testId="review-entry" />
          ) : (
            <Pending label={t('knowledgeContribute.load.loading')} testId="review-entry-pending" />
          )}
        </>
      )}
    </Stack>
  );
}
