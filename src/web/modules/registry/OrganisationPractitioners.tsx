import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api/api-error';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Pending } from '../../app/ui/Pending';
import { PractitionersTable } from './PractitionersTable';
import { useOrganisationPractitioners } from './registry-api';
import classes from './registry-record.module.css';

/** The organisation's practitioners, loaded with the record; a reader the list is not for is told so. */
export function OrganisationPractitioners({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const list = useOrganisationPractitioners(organisationId);
  if (list.isError && !list.data) {
    if (list.error instanceof ApiError && (list.error.status === 403 || list.error.status === 404)) {
      return (
        <p className={classes.hint} data-testid="registry-practitioners-closed">
          {t('registry.organisation.practitioners.closed')}
        </p>
      );
    }
    return (
      <LoadFailed
        title={t('registry.organisation.practitioners.loadFailedTitle')}
        error={list.error}
        onRetry={() => list.refetch()}
        testId="registry-practitioners-load-failed"
      />
    );
  }
  if (!list.data) return <Pending label={t('registry.organisation.practitioners.loading')} />;
  const practitioners = list.data.pages.flatMap((page) => page.items);
  return (
    <>
      {practitioners.length > 0 ? (
        <PractitionersTable practitioners={practitioners} />
      ) : (
        <p className={classes.hint} data-testid="registry-practitioners-none">
          {t('registry.organisation.practitioners.none')}
        </p>
      )}
      {list.hasNextPage && (
        <div>
          <Button
            variant="outline"
            size="md"
            className={classes.action}
            loading={list.isFetchingNextPage}
            onClick={() => list.fetchNextPage()}
            data-testid="registry-practitioners-more"
          >
            {t('registry.organisation.practitioners.loadMore')}
          </Button>
        </div>
      )}
    </>
  );
}
