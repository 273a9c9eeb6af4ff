import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegistryAgreement } from '../../../contracts/registry-organisations';
import tableClasses from '../../app/ui/data-table.module.css';
import { ScrollingTable } from '../../app/ui/ScrollingTable';
import { formatDay } from './EligibilityAnswerView';
import classes from './registry-record.module.css';

/** The agreements (memoranda of understanding) with the prison service, by start. */
export function AgreementsTable({ agreements }: { agreements: readonly RegistryAgreement[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const caption = t('registry.organisation.agreements.caption');
  return (
    <ScrollingTable label={caption}>
      <Table
        data-testid="registry-agreements-table"
        className={`${tableClasses.table} ${classes.table}`}
        verticalSpacing="sm"
        striped
      >
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('registry.organisation.agreements.columns.title')}</Table.Th>
            <Table.Th scope="col">{t('registry.organisation.agreements.columns.startsOn')}</Table.Th>
            <Table.Th scope="col">{t('registry.organisation.agreements.columns.endsOn')}</Table.Th>
            <Table.Th scope="col">{t('registry.organisation.agreements.columns.signedOn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {agreements.map((agreement) => (
            <Table.Tr key={agreement.id} data-testid="registry-agreement-row">
              <Table.Th scope="row">
                <bdi data-testid="registry-agreement-title">{agreement.title}</bdi>
              </Table.Th>
              <Table.Td>{formatDay(agreement.startsOn, language)}</Table.Td>
              <Table.Td>
                {agreement.endsOn
                  ? formatDay(agreement.endsOn, language)
                  : t('registry.organisation.agreements.openEnded')}
              </Table.Td>
              <Table.Td>
                {agreement.signedOn
                  ? formatDay(agreement.signedOn, language)
                  : t('registry.record.notRecorded')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollingTable>
  );
}
