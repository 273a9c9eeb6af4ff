import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api/api-error';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Pending } from '../../app/ui/Pending';
import { AddPractitionerForm } from './AddPractitionerForm';
import { PractitionersTable } from './PractitionersTable';
import type { Sentence } from './RecordOutcome';
import { useOrganisationPractitioners } from './registry-api';
import classes from './registry-record.module.css';

/**
 * The organisation's practitioners, loaded with the record, and the form to add one when the list's
 * `actions` include `create` (the coordinator, the administrator); a reader the list is not for is
 * told so.
 */
export function OrganisationPractitioners({
  organisationId,
  onAdded,
}: {
  organisationId: string;
  onAdded: (sentence: Sentence) => void;
}) {
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
  const mayAdd = list.data.pages[0]?.actions.includes('create') === true;
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
      {mayAdd && <AddPractitionerForm organisationId={organisationId} onAdded={onAdded} />}
    </>
  );
}
