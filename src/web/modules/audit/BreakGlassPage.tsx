import { useTranslation } from 'react-i18next';
import type { FilterField } from './audit-filters';
import { TrailListPage } from './TrailListPage';

const BREAK_GLASS_FIELDS: readonly FilterField[] = [
  'from',
  'to',
  'personId',
  'actorUserId',
  'actorOrganisationId',
];

/**
 * `/audit/break-glass`: every opening of a record by a user outside its scope, with the reason they
 * gave, for the oversight monitor's review (design rule 4): newest first, by period, with its CSV.
 */
export function BreakGlassPage() {
  const { t } = useTranslation();
  return (
    <TrailListPage
      kind="breakGlass"
      path="/audit/break-glass"
      fields={BREAK_GLASS_FIELDS}
      testId="page-audit-break-glass"
      text={{
        pageTitle: t('audit.breakGlass.pageTitle'),
        heading: t('audit.breakGlass.heading'),
        intro: t('audit.breakGlass.intro'),
        caption: t('audit.breakGlass.tableCaption'),
        empty: t('audit.breakGlass.empty'),
      }}
    />
  );
}
