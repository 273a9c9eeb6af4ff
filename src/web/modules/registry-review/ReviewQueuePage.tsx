import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import pageClasses from '../../app/pages/pages.module.css';
import { usePageTitle } from '../../app/pages/use-page-title';
import { Pending } from '../../app/ui/Pending';
import { RegistryRefusal } from '../registry/RegistryRefusal';
import { AccreditationsSection, AgreementsSection, ApplicationsSection, VettingSection } from './QueueTables';
import { useReviewQueue } from './review-api';

/**
 * `/registry/review`: the prison service's accreditation and vetting work, in four sections —
 * applications waiting, accreditations ending or ended, vetting to do, agreements ending. For
 * directors, security officers and the administrator; the server refuses everyone else, and the
 * refusal replaces the queue.
 */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  usePageTitle(t('registryReview.queue.pageTitle'));
  const queue = useReviewQueue();
  const data = queue.data;

  return (
    <Stack gap="lg" className={pageClasses.widePage} data-testid="page-review-queue">
      <Title order={1}>{t('registryReview.queue.heading')}</Title>
      {data ? (
        <>
          <Text>{t('registryReview.queue.intro')}</Text>
          <ApplicationsSection items={data.applications} />
          <AccreditationsSection items={data.accreditations} />
          <VettingSection items={data.vetting} />
          <AgreementsSection items={data.agreements} />
        </>
      ) : queue.isError ? (
        <RegistryRefusal
          error={queue.error}
          onRetry={() => queue.refetch()}
          testIdPrefix="review-queue"
          words={{
            notFoundTitle: t('registryReview.queue.loadFailedTitle'),
            notFound: t('registry.errors.gone'),
            loadFailedTitle: t('registryReview.queue.loadFailedTitle'),
          }}
        />
      ) : (
        <Pending label={t('registryReview.queue.loading')} testId="review-queue-pending" />
      )}
    </Stack>
  );
}
