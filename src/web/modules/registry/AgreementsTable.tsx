import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegistryAgreement } from '../../../contracts/registry-organisations';
import { CaptionedTable } from '../../app/ui/CaptionedTable';
import { formatDay } from './EligibilityAnswerView';
import classes from './registry-record.module.css';

/** The agreements (memoranda of understanding) with the prison service, by start. */
export function AgreementsTable({ agreements }: { agreements: readonly RegistryAgreement[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const caption = t('registry.organisation.agreements.caption');
  return (
    <CaptionedTable
      caption={caption}
      testId="registry-agreements-table"
      className={classes.table}
      columns={[
        { key: 'title', label: t('registry.organisation.agreements.columns.title') },
        { key: 'startsOn', label: t('registry.organisation.agreements.columns.startsOn') },
        { key: 'endsOn', label: t('registry.organisation.agreements.columns.endsOn') },
        { key: 'signedOn', label: t('registry.organisation.agreements.columns.signedOn') },
      ]}
    >
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
            {agreement.signedOn ? formatDay(agreement.signedOn, language) : t('registry.record.notRecorded')}
          </Table.Td>
        </Table.Tr>
      ))}
    </CaptionedTable>
  );
}
