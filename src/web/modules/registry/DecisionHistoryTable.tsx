import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccreditationDecision } from '../../../contracts/registry-organisations';
import tableClasses from '../../app/ui/data-table.module.css';
import { ScrollingTable } from '../../app/ui/ScrollingTable';
import { AccreditationStatus } from './AccreditationStatus';
import { formatDay } from './EligibilityAnswerView';
import { formatInstant } from './registry-format';
import classes from './registry-record.module.css';

/**
 * Every accreditation decision, newest first, as the append-only history keeps them: status, the
 * period it states, who decided and when, and why. Nothing here is ever changed: a correction is a
 * newer decision.
 */
export function DecisionHistoryTable({ decisions }: { decisions: readonly AccreditationDecision[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const caption = t('registry.organisation.history.caption');

  function period(decision: AccreditationDecision): string {
    if (!decision.validFrom && !decision.validUntil) return t('registry.record.none');
    return t('registry.organisation.history.period', {
      from: decision.validFrom ? formatDay(decision.validFrom, language) : '…',
      until: decision.validUntil ? formatDay(decision.validUntil, language) : '…',
    });
  }

  return (
    <ScrollingTable label={caption}>
      <Table
        data-testid="registry-history-table"
        className={`${tableClasses.table} ${classes.table} ${classes.wideTable}`}
        verticalSpacing="sm"
        striped
      >
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('registry.organisation.history.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('registry.organisation.history.columns.period')}</Table.Th>
            <Table.Th scope="col">{t('registry.organisation.history.columns.decidedBy')}</Table.Th>
            <Table.Th scope="col">{t('registry.organisation.history.columns.decidedAt')}</Table.Th>
            <Table.Th scope="col">{t('registry.organisation.history.columns.reasons')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {decisions.map((decision) => (
            <Table.Tr key={decision.id} data-testid="registry-history-row" data-status={decision.status}>
              <Table.Th scope="row">
                <AccreditationStatus status={decision.status} />
              </Table.Th>
              <Table.Td>{period(decision)}</Table.Td>
              <Table.Td data-testid="registry-history-decided-by">
                {decision.decidedBy ? (
                  <bdi>{decision.decidedBy.displayName}</bdi>
                ) : (
                  t('registry.record.notRecorded')
                )}
              </Table.Td>
              <Table.Td>
                <time dateTime={decision.decidedAt}>{formatInstant(decision.decidedAt, language)}</time>
              </Table.Td>
              <Table.Td data-testid="registry-history-reasons">
                {decision.reasons ? (
                  <span dir="auto" className={classes.statement}>
                    {decision.reasons}
                  </span>
                ) : (
                  t('registry.record.none')
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollingTable>
  );
}
