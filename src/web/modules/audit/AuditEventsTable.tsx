import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import tableClasses from '../../app/ui/data-table.module.css';
import { ScrollingTable } from '../../app/ui/ScrollingTable';
import classes from './audit.module.css';
import { actionLabel } from './audit-labels';
import type { AuditEventItem } from './audit-types';
import { Instant } from './Instant';
import { ActorCell, type FilterLink, OrganisationCell, PersonCell, Reason, SubjectCell } from './trail-cells';

export interface AuditEventsTableProps {
  items: readonly AuditEventItem[];
  /** `search`: every column; `breakGlass`: the openings, their reasons foremost. */
  variant: 'search' | 'breakGlass';
  caption: string;
  filterLink: FilterLink;
}

/**
 * Entries of the trail, newest first. Outcome and break-glass are said in words (and marked by
 * colour as well); a break-glass row is highlighted, with the reason as the user typed it.
 */
export function AuditEventsTable({ items, variant, caption, filterLink }: AuditEventsTableProps) {
  const { t } = useTranslation();
  const search = variant === 'search';
  return (
    <ScrollingTable label={caption}>
      <Table
        className={`${tableClasses.table} ${classes.table}`}
        verticalSpacing="sm"
        data-testid="audit-events-table"
      >
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.table.when')}</Table.Th>
            <Table.Th scope="col">{t('audit.table.who')}</Table.Th>
            <Table.Th scope="col">{t('audit.table.organisation')}</Table.Th>
            {search && <Table.Th scope="col">{t('audit.table.action')}</Table.Th>}
            <Table.Th scope="col">{t('audit.table.subject')}</Table.Th>
            <Table.Th scope="col">{t('audit.table.person')}</Table.Th>
            {search && <Table.Th scope="col">{t('audit.table.outcome')}</Table.Th>}
            <Table.Th scope="col">{search ? t('audit.table.breakGlass') : t('audit.table.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr
              key={item.id}
              className={item.breakGlass ? classes.breakGlassRow : undefined}
              data-testid="audit-event-row"
              data-event-id={item.id}
              data-action={item.action}
              data-outcome={item.outcome}
              data-break-glass={item.breakGlass}
            >
              <Table.Td className={classes.nowrapCell}>
                <Instant iso={item.occurredAt} />
              </Table.Td>
              <Table.Td>
                <ActorCell item={item} filterLink={filterLink} />
              </Table.Td>
              <Table.Td>
                <OrganisationCell item={item} filterLink={filterLink} />
              </Table.Td>
              {search && <Table.Td data-testid="audit-event-action">{actionLabel(t, item.action)}</Table.Td>}
              <Table.Td>
                <SubjectCell item={item} />
              </Table.Td>
              <Table.Td>
                <PersonCell personId={item.personId} />
              </Table.Td>
              {search && (
                <Table.Td>
                  <span className={classes[item.outcome]} data-testid="audit-event-outcome">
                    {t(item.outcome === 'allowed' ? 'audit.outcome.allowed' : 'audit.outcome.denied')}
                  </span>
                </Table.Td>
              )}
              <Table.Td>
                {search ? (
                  item.breakGlass && (
                    <>
                      <span className={classes.breakGlassFlag} data-testid="audit-break-glass-flag">
                        {t('audit.table.breakGlassFlag')}
                      </span>
                      <Reason text={item.purpose} />
                    </>
                  )
                ) : (
                  <Reason text={item.purpose} />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollingTable>
  );
}
