import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api/api-error';
import { Notice } from '../../app/ui/Notice';
import { Pending } from '../../app/ui/Pending';
import { AuditEventsTable } from './AuditEventsTable';
import { AuditRefusal } from './AuditRefusal';
import classes from './audit.module.css';
import { csvHrefOf, type TrailListKind } from './audit-api';
import { TrailPager } from './TrailPager';
import type { FilterLink } from './trail-cells';
import type { TrailListing } from './use-trail-listing';

/** The most entries one CSV export holds (the server's export limit). */
const CSV_MAX_ROWS = 10_000;

export interface TrailResultsProps {
  kind: TrailListKind;
  listing: TrailListing;
  caption: string;
  empty: string;
  filterLink: FilterLink;
}

/** The entries a search found: how many on this page, the CSV of the whole search, the table, the pages. */
export function TrailResults({ kind, listing, caption, empty, filterLink }: TrailResultsProps) {
  const { t } = useTranslation();
  const { page } = listing;

  if (!listing.valid) return null;
  if (page.isError) {
    if (page.error instanceof ApiError && page.error.code === 'request.validation') {
      return (
        <Notice tone="error" title={t('audit.filters.refusedTitle')} data-testid="audit-filters-refused">
          <p>{t('audit.filters.refusedText')}</p>
        </Notice>
      );
    }
    return <AuditRefusal error={page.error} onRetry={() => page.refetch()} />;
  }
  if (!page.data) return <Pending label={t('audit.results.loading')} testId="audit-results-pending" />;

  const { items, nextCursor, actions } = page.data;
  return (
    <div className={classes.results} data-testid="audit-results" data-search={listing.filtersKey}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Text role="status" data-testid="audit-result-count" data-count={items.length}>
          {t('audit.results.onThisPage', { count: items.length })}
        </Text>
        {actions.includes('export') && (
          <div className={classes.export}>
            <Anchor
              href={csvHrefOf(kind, listing.query)}
              download
              underline="always"
              fw={600}
              data-testid="audit-csv-link"
            >
              {t('audit.results.downloadCsv')}
            </Anchor>
            <Text size="sm">{t('audit.results.csvHint', { max: CSV_MAX_ROWS })}</Text>
          </div>
        )}
      </Group>
      {items.length === 0 ? (
        <Notice
          tone="info"
          role="status"
          title={t('audit.results.emptyTitle')}
          data-testid="audit-results-empty"
        >
          <p>{empty}</p>
        </Notice>
      ) : (
        <AuditEventsTable
          items={items}
          variant={kind === 'events' ? 'search' : 'breakGlass'}
          caption={caption}
          filterLink={filterLink}
        />
      )}
      <TrailPager
        pageNumber={listing.pageNumber}
        hasOlder={nextCursor !== null}
        onNewer={listing.newer}
        onOlder={listing.older}
        pending={page.isPlaceholderData}
      />
    </div>
  );
}
