import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProfileVersion } from '../../../contracts/registry-organisations';
import tableClasses from '../../app/ui/data-table.module.css';
import { ScrollingTable } from '../../app/ui/ScrollingTable';
import { formatNumber } from '../../i18n/format';
import { formatInstant, formatList } from './registry-format';
import { PROFILE_FIELD_LABELS } from './registry-labels';
import classes from './registry-record.module.css';

/**
 * Every version of the profile, newest first, as the append-only history keeps it: its number, when
 * and by whom, and which fields it changed (names only: the values are the profile's own).
 */
export function ProfileHistoryTable({ versions }: { versions: readonly ProfileVersion[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const caption = t('registry.organisation.profileHistory.caption');
  return (
    <ScrollingTable label={caption}>
      <Table
        data-testid="registry-profile-history-table"
        className={`${tableClasses.table} ${classes.table}`}
        verticalSpacing="sm"
        striped
      >
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('registry.organisation.profileHistory.columns.version')}</Table.Th>
            <Table.Th scope="col">{t('registry.organisation.profileHistory.columns.changedAt')}</Table.Th>
            <Table.Th scope="col">{t('registry.organisation.profileHistory.columns.changedBy')}</Table.Th>
            <Table.Th scope="col">{t('registry.organisation.profileHistory.columns.changedFields')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((version) => (
            <Table.Tr key={version.version} data-testid="registry-profile-history-row">
              <Table.Th scope="row">{formatNumber(version.version, language)}</Table.Th>
              <Table.Td>
                <time dateTime={version.changedAt}>{formatInstant(version.changedAt, language)}</time>
              </Table.Td>
              <Table.Td data-testid="registry-profile-history-changed-by">
                {version.changedBy ? (
                  <bdi>{version.changedBy.displayName}</bdi>
                ) : (
                  t('registry.record.notRecorded')
                )}
              </Table.Td>
              <Table.Td data-testid="registry-profile-history-fields">
                {formatList(
                  version.changedFields.map((field) => t(PROFILE_FIELD_LABELS[field].labelKey)),
                  language,
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollingTable>
  );
}
