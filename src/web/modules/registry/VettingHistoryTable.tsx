import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VettingCheck } from '../../../contracts/registry-practitioners';
import { CaptionedTable } from '../../app/ui/CaptionedTable';
import { formatDay } from './EligibilityAnswerView';
import { ExpiryMarker } from './ExpiryMarker';
import { formatInstant } from './registry-format';
import { VETTING_LEVEL_LABELS, VETTING_OUTCOME_LABELS } from './registry-labels';
import classes from './registry-record.module.css';

/**
 * The background checks, newest first; the latest clearance's expiry is marked once past or within
 * 60 days. Findings are security information: the server includes them
 * only for the administrator, directors and security officers, and the column shows only then.
 */
export function VettingHistoryTable({ checks }: { checks: readonly VettingCheck[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const caption = t('registry.practitioner.vetting.caption');
  const findingsShown = checks.some((check) => 'findings' in check);
  // Newest first; a pending renewal does not replace a clearance (as the eligibility reads it).
  const holding = checks.find((check) => check.outcome !== 'pending');
  return (
    <CaptionedTable
      caption={caption}
      testId="registry-vetting-table"
      className={`${classes.table} ${classes.wideTable}`}
      columns={[
        { key: 'outcome', label: t('registry.practitioner.vetting.columns.outcome') },
        { key: 'level', label: t('registry.practitioner.vetting.columns.level') },
        { key: 'checkedOn', label: t('registry.practitioner.vetting.columns.checkedOn') },
        { key: 'expiresOn', label: t('registry.practitioner.vetting.columns.expiresOn') },
        findingsShown && {
          key: 'findings',
          label: t('registry.practitioner.vetting.columns.findings'),
          testId: 'registry-vetting-findings-column',
        },
        { key: 'recordedAt', label: t('registry.practitioner.vetting.columns.recordedAt') },
      ]}
    >
      {checks.map((check) => (
        <Table.Tr key={check.id} data-testid="registry-vetting-row" data-outcome={check.outcome}>
          <Table.Th scope="row">{t(VETTING_OUTCOME_LABELS[check.outcome].labelKey)}</Table.Th>
          <Table.Td>{t(VETTING_LEVEL_LABELS[check.level].labelKey)}</Table.Td>
          <Table.Td>{formatDay(check.checkedOn, language)}</Table.Td>
          <Table.Td>
            {/* Only the clearance that holds is news: older ones were replaced by a newer check. */}
            {check.expiresOn === null ? (
              t('registry.record.noExpiry')
            ) : check.id === holding?.id && check.outcome === 'cleared' ? (
              <ExpiryMarker lastDay={check.expiresOn} testId="registry-vetting-expiry" />
            ) : (
              formatDay(check.expiresOn, language)
            )}
          </Table.Td>
          {findingsShown && (
            <Table.Td data-testid="registry-vetting-findings">
              {check.findings ? (
                <span dir="auto" className={classes.statement}>
                  {check.findings}
                </span>
              ) : (
                t('registry.record.none')
              )}
            </Table.Td>
          )}
          <Table.Td>
            <time dateTime={check.recordedAt}>{formatInstant(check.recordedAt, language)}</time>
          </Table.Td>
        </Table.Tr>
      ))}
    </CaptionedTable>
  );
}
