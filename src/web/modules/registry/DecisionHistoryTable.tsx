import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccreditationDecision } from '../../../contracts/registry-organisations';
import { CaptionedTable } from '../../app/ui/CaptionedTable';
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
    <CaptionedTable
      caption={caption}
      testId="registry-history-table"
      className={`${classes.table} ${classes.wideTable}`}
      columns={[
        { key: 'status', label: t('registry.organisation.history.columns.status') },
        { key: 'period', label: t('registry.organisation.history.columns.period') },
        { key: 'decidedBy', label: t('registry.organisation.history.columns.decidedBy') },
        { key: 'decidedAt', label: t('registry.organisation.history.columns.decidedAt') },
        { key: 'reasons', label: t('registry.organisation.history.columns.reasons') },
      ]}
    >
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
    </CaptionedTable>
  );
}
