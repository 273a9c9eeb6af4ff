import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import pageClasses from '../../app/pages/pages.module.css';
import { usePageTitle } from '../../app/pages/use-page-title';
import { Notice } from '../../app/ui/Notice';
import { Pending } from '../../app/ui/Pending';
import { AccessReportTable } from './AccessReportTable';
import { AuditRefusal } from './AuditRefusal';
import classes from './audit.module.css';
import { useAccessReport } from './audit-api';
import { EMPTY_FILTERS, isUuid, searchParamsOf } from './audit-filters';
import { formatInstant } from './Instant';
import { Identifier } from './trail-cells';

/**
 * `/audit/people/:personId`: who has seen this person's record — every user and organisation that
 * left an entry about them, break-glass openings highlighted with their reasons. The server decides
 * who may see it (oversight monitors; the person's case managers once case teams exist) and records
 * each viewing, which then shows in the next report.
 */
export function AccessReportPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  usePageTitle(t('audit.report.pageTitle'));
  const personId = (useParams().personId ?? '').toLowerCase();
  const valid = isUuid(personId);
  const report = useAccessReport(personId, valid);
  const searchLink = `/audit?${searchParamsOf({ ...EMPTY_FILTERS, personId }).toString()}`;

  return (
    <Stack gap="lg" data-testid="page-access-report" className={pageClasses.widePage}>
      <Title order={1}>{t('audit.report.heading')}</Title>
      <Text data-testid="access-report-person">
        {t('audit.report.personLabel')} <Identifier value={personId} />
      </Text>
      {!valid ? (
        <Notice tone="error" title={t('audit.report.invalidTitle')} data-testid="access-report-invalid">
          <p>{t('audit.report.invalid')}</p>
        </Notice>
      ) : report.isError ? (
        <AuditRefusal error={report.error} onRetry={() => report.refetch()} />
      ) : !report.data ? (
        <Pending label={t('audit.report.loading')} testId="access-report-pending" />
      ) : (
        <>
          <Text>{t('audit.report.intro')}</Text>
          <Text className={classes.secondary} data-testid="access-report-generated">
            {t('audit.report.generatedAt', { date: formatInstant(report.data.generatedAt, language) })}
          </Text>
          <ReportSummary actors={report.data.actors.length} openings={countOpenings(report.data.actors)} />
          {report.data.truncated && (
            <Notice tone="info" role="status" title={t('audit.report.truncatedTitle')}>
              <p>{t('audit.report.truncated')}</p>
            </Notice>
          )}
          {report.data.actors.length === 0 ? (
            <Notice
              tone="info"
              role="status"
              title={t('audit.report.emptyTitle')}
              data-testid="access-report-empty"
            >
              <p>{t('audit.report.empty')}</p>
            </Notice>
          ) : (
            <AccessReportTable actors={report.data.actors} caption={t('audit.report.tableCaption')} />
          )}
          <Anchor
            component={Link}
            to={searchLink}
            underline="always"
            fw={600}
            data-testid="access-report-search"
          >
            {t('audit.report.searchTrail')}
          </Anchor>
        </>
      )}
    </Stack>
  );
}

const countOpenings = (actors: readonly { breakGlass: readonly unknown[] }[]) =>
  actors.reduce((sum, actor) => sum + actor.breakGlass.length, 0);

function ReportSummary({ actors, openings }: { actors: number; openings: number }) {
  const { t } = useTranslation();
  return (
    <ul className={classes.summary} data-testid="access-report-summary">
      <li data-count={actors}>{t('audit.report.actorCount', { count: actors })}</li>
      <li data-count={openings} className={openings > 0 ? classes.breakGlassSummary : undefined}>
        {t('audit.report.breakGlassCount', { count: openings })}
      </li>
    </ul>
  );
}
