import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ENTRY_KIND_NAMES, LANGUAGE_NAMES } from '../../../contracts/knowledge-taxonomy';
import pageClasses from '../../app/pages/pages.module.css';
import { usePageTitle } from '../../app/pages/use-page-title';
import { CaptionedTable } from '../../app/ui/CaptionedTable';
import { Pending } from '../../app/ui/Pending';
import { EntryStatusBadge } from '../knowledge/EntryStatusBadge';
import { EntryLoadFailed } from '../knowledge-contribute/EntryLoadFailed';
import { nameIn } from '../knowledge-contribute/knowledge-words';
import { LIBRARY_WORK_ROUTES } from '../knowledge-contribute/library-routes';
import { useKnowledgeReviewQueue } from './review-api';
import { byWaiting, daysWaiting } from './waiting';

/**
 * `/library/review`: what waits for a knowledge editor — entries in review, entries whose changes
 * were requested, published entries flagged as not updated — the longest waiting first.
 */
export function ReviewQueuePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  usePageTitle(t('knowledgeReview.queue.pageTitle'));
  const queue = useKnowledgeReviewQueue(language);
  const now = Date.now();

  return (
    <Stack gap="lg" className={pageClasses.widePage} data-testid="page-library-review-queue">
      <Title order={1}>{t('knowledgeReview.queue.heading')}</Title>
      <Text>{t('knowledgeReview.queue.intro')}</Text>
      <Text>
        <Anchor
          component={Link}
          underline="always"
          to={LIBRARY_WORK_ROUTES.statistics}
          data-testid="review-queue-statistics"
        >
          {t('knowledgeReview.queue.statisticsLink')}
        </Anchor>
        {' · '}
        <Anchor
          component={Link}
          underline="always"
          to={LIBRARY_WORK_ROUTES.import}
          data-testid="review-queue-import"
        >
          {t('knowledgeReview.queue.importLink')}
        </Anchor>
      </Text>
      {queue.data ? (
        queue.data.entries.length === 0 ? (
          <Text data-testid="review-queue-empty">{t('knowledgeReview.queue.empty')}</Text>
        ) : (
          <CaptionedTable
            caption={t('knowledgeReview.queue.caption')}
            testId="review-queue-table"
            columns={[
              { key: 'entry', label: t('knowledgeReview.queue.columns.entry') },
              { key: 'status', label: t('knowledgeReview.queue.columns.status') },
              { key: 'waiting', label: t('knowledgeReview.queue.columns.waiting') },
              { key: 'language', label: t('knowledgeReview.queue.columns.language') },
            ]}
          >
            {byWaiting(queue.data.entries, now).map((entry) => (
              <Table.Tr
                key={entry.id}
                data-testid="review-queue-row"
                data-status={entry.status}
                data-entry-id={entry.id}
              >
                <Table.Th scope="row">
                  <Anchor
                    component={Link}
                    underline="always"
                    to={LIBRARY_WORK_ROUTES.review(entry.id)}
                    lang={entry.language}
                    dir="auto"
                  >
                    {entry.title}
                  </Anchor>
                  <Text size="sm">{nameIn(ENTRY_KIND_NAMES, entry.kind, language)}</Text>
                </Table.Th>
                <Table.Td>
                  <EntryStatusBadge status={entry.status} />
                  {entry.staleSince && (
                    <Text size="sm" data-testid="review-queue-stale">
                      {t('knowledgeReview.queue.stale')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td data-testid="review-queue-waiting">
                  {t('knowledgeReview.queue.days', { count: daysWaiting(entry, now) })}
                </Table.Td>
                <Table.Td>{LANGUAGE_NAMES[entry.language]}</Table.Td>
              </Table.Tr>
            ))}
          </CaptionedTable>
        )
      ) : queue.isError ? (
        <EntryLoadFailed error={queue.error} onRetry={() => queue.refetch()} testId="review-queue" />
      ) : (
        <Pending label={t('knowledgeContribute.load.loading')} testId="review-queue-pending" />
      )}
    </Stack>
  );
}
