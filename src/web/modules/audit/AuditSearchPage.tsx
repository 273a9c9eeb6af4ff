import { useTranslation } from 'react-i18next';
import type { FilterField } from './audit-filters';
import { TrailListPage } from './TrailListPage';

const SEARCH_FIELDS: readonly FilterField[] = [
  'personId',
  'actorUserId',
  'actorOrganisationId',
  'outcome',
  'from',
  'to',
  'action',
];

/**
 * `/audit`: the oversight monitor's search of the trail, by person, user, organisation, kind of entry,
 * outcome and days, newest first, with the same search as CSV. The search is in the address, and the
 * server records each one.
 */
export function AuditSearchPage() {
  const { t } = useTranslation();
  return (
    <TrailListPage
      kind="events"
      path="/audit"
      fields={SEARCH_FIELDS}
      testId="page-audit-search"
      text={{
        pageTitle: t('audit.search.pageTitle'),
        heading: t('audit.search.heading'),
        intro: t('audit.search.intro'),
        caption: t('audit.search.tableCaption'),
        empty: t('audit.search.empty'),
      }}
    />
  );
}
