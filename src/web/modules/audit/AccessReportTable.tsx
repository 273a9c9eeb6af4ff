import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import tableClasses from '../../app/ui/data-table.module.css';
import { ScrollingTable } from '../../app/ui/ScrollingTable';
import { formatNumber } from '../../i18n/format';
import classes from './audit.module.css';
import { actionLabel, organisationKindLabel, roleLabel, subjectTypeLabel } from './audit-labels';
import type { AccessReportActor } from './audit-types';
import { formatInstant, Instant } from './Instant';
import { Identifier, Reason } from './trail-cells';

/**
 * One row per user and organisation that left an entry about the person: when they first and last
 * saw the record, how often, refused attempts, and each break-glass opening with its reason (the row
 * is highlighted and says so in words).
 */
export function AccessReportTable({
  actors,
  caption,
}: {
  actors: readonly AccessReportActor[];
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const none = <span className={classes.muted}>{t('audit.report.never')}</span>;

  return (
    <ScrollingTable label={caption}>
      <Table
        className={`${tableClasses.table} ${classes.table}`}
        verticalSpacing="sm"
        data-testid="access-report-table"
      >
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.report.columns.who')}</Table.Th>
            <Table.Th scope="col">{t('audit.report.columns.organisation')}</Table.Th>
            <Table.Th scope="col">{t('audit.report.columns.first')}</Table.Th>
            <Table.Th scope="col">{t('audit.report.columns.last')}</Table.Th>
            <Table.Th scope="col">{t('audit.report.columns.accesses')}</Table.Th>
            <Table.Th scope="col">{t('audit.report.columns.refused')}</Table.Th>
            <Table.Th scope="col">{t('audit.report.columns.breakGlass')}</Table.Th>
            <Table.Th scope="col">{t('audit.report.columns.kinds')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actors.map((actor) => (
            <Table.Tr
              key={`${actor.user?.id ?? ''}|${actor.organisation?.id ?? ''}`}
              className={actor.breakGlass.length > 0 ? classes.breakGlassRow : undefined}
              data-testid="access-report-row"
              data-user-id={actor.user?.id ?? ''}
              data-break-glass={actor.breakGlass.length}
            >
              <Table.Th scope="row" className={classes.rowHeader}>
                {actor.user ? (
                  <bdi data-testid="access-report-user">
                    {actor.user.displayName ?? t('audit.table.unknownUser')}
                  </bdi>
                ) : (
                  t('audit.table.anonymous')
                )}
                {actor.roles.length > 0 && (
                  <ul className={classes.plainList} aria-label={t('audit.report.rolesNow')}>
                    {actor.roles.map((role) => (
                      <li key={role} className={classes.secondary}>
                        {roleLabel(t, role)}
                      </li>
                    ))}
                  </ul>
                )}
              </Table.Th>
              <Table.Td>
                {actor.organisation ? (
                  <>
                    <bdi>{actor.organisation.name ?? t('audit.table.unknownOrganisation')}</bdi>
                    {actor.organisation.kind && (
                      <span className={classes.secondary}>
                        {organisationKindLabel(t, actor.organisation.kind)}
                      </span>
                    )}
                  </>
                ) : (
                  <span className={classes.muted}>{t('audit.table.noOrganisation')}</span>
                )}
              </Table.Td>
              <Table.Td className={classes.nowrapCell}>
                {actor.firstAccessAt ? <Instant iso={actor.firstAccessAt} /> : none}
              </Table.Td>
              <Table.Td className={classes.nowrapCell}>
                {actor.lastAccessAt ? <Instant iso={actor.lastAccessAt} /> : none}
              </Table.Td>
              <Table.Td data-testid="access-report-accesses">
                {formatNumber(actor.accesses, language)}
              </Table.Td>
              <Table.Td>
                {actor.denied.count === 0 ? (
                  <span className={classes.muted}>{t('audit.report.noRefusal')}</span>
                ) : (
                  <>
                    <span className={classes.denied}>
                      {t('audit.report.refusals', { count: actor.denied.count })}
                    </span>
                    {actor.denied.lastAt && (
                      <span className={classes.secondary}>
                        {t('audit.report.lastRefusal', {
                          date: formatInstant(actor.denied.lastAt, language),
                        })}
                      </span>
                    )}
                  </>
                )}
              </Table.Td>
              <Table.Td>
                {actor.breakGlass.length === 0 ? (
                  <span className={classes.muted}>{t('audit.report.noBreakGlass')}</span>
                ) : (
                  <ul className={classes.openings} data-testid="access-report-openings">
                    {actor.breakGlass.map((opening) => (
                      <li key={opening.seq}>
                        <span className={classes.breakGlassFlag}>{t('audit.table.breakGlassFlag')}</span>
                        <Instant iso={opening.occurredAt} />
                        {opening.subject && (
                          <span className={classes.secondary}>
                            {subjectTypeLabel(t, opening.subject.type)}
                            {opening.subject.id && <Identifier value={opening.subject.id} />}
                          </span>
                        )}
                        <Reason text={opening.reason} />
                      </li>
                    ))}
                  </ul>
                )}
              </Table.Td>
              <Table.Td>
                <ul className={classes.plainList}>
                  {actor.eventKinds.map((kind) => (
                    <li key={kind}>{actionLabel(t, kind)}</li>
                  ))}
                </ul>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollingTable>
  );
}
