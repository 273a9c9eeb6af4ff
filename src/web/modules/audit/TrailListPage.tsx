import { Stack, Text, Title } from '@mantine/core';
import pageClasses from '../../app/pages/pages.module.css';
import { usePageTitle } from '../../app/pages/use-page-title';
import { AuditFilterForm } from './AuditFilterForm';
import { AuditRefusal } from './AuditRefusal';
import { AuditViews } from './AuditViews';
import { isRefusal, type TrailListKind } from './audit-api';
import type { FilterField } from './audit-filters';
import { filterLinkTo, refusedFieldsOf } from './list-page-parts';
import { TrailResults } from './TrailResults';
import { useTrailListing } from './use-trail-listing';

export interface TrailListPageProps {
  kind: TrailListKind;
  /** The page's own address, which holds its filters. */
  path: string;
  fields: readonly FilterField[];
  testId: string;
  /** The page's words, already translated. */
  text: { pageTitle: string; heading: string; intro: string; caption: string; empty: string };
}

/**
 * A list of trail entries with its filters: the search of the whole trail and the break-glass list.
 * A refusal (the server answers 403 to everyone but oversight monitors) replaces everything under the
 * heading, so such a page shows no data and no form.
 */
export function TrailListPage({ kind, path, fields, testId, text }: TrailListPageProps) {
  usePageTitle(text.pageTitle);
  const listing = useTrailListing(kind, fields);
  const { page } = listing;

  const refused = isRefusal(page.error);

  return (
    <Stack gap="lg" data-testid={testId} className={pageClasses.widePage}>
      {!refused && <AuditViews />}
      <Title order={1}>{text.heading}</Title>
      {refused ? (
        <AuditRefusal error={page.error} onRetry={() => page.refetch()} />
      ) : (
        <>
          <Text>{text.intro}</Text>
          <AuditFilterForm
            key={listing.filtersKey}
            fields={fields}
            initial={listing.filters}
            problems={listing.problems}
            refused={refusedFieldsOf(page.error)}
            onSearch={listing.search}
          />
          <TrailResults
            kind={kind}
            listing={listing}
            caption={text.caption}
            empty={text.empty}
            filterLink={filterLinkTo(path)}
          />
        </>
      )}
    </Stack>
  );
}
