import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentSignature } from '../../../contracts/registry-practitioners';
import tableClasses from '../../app/ui/data-table.module.css';
import { ScrollingTable } from '../../app/ui/ScrollingTable';
import { formatDay } from './EligibilityAnswerView';
import { SIGNED_DOCUMENT_LABELS } from './registry-labels';
import classes from './registry-record.module.css';

/** The documents the practitioner signed, newest first: which, which version, on what day. */
export function SignaturesTable({ signatures }: { signatures: readonly DocumentSignature[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const caption = t('registry.practitioner.signatures.caption');
  return (
    <ScrollingTable label={caption}>
      <Table
        data-testid="registry-signatures-table"
        className={`${tableClasses.table} ${classes.table}`}
        verticalSpacing="sm"
        striped
      >
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('registry.practitioner.signatures.columns.document')}</Table.Th>
            <Table.Th scope="col">{t('registry.practitioner.signatures.columns.version')}</Table.Th>
            <Table.Th scope="col">{t('registry.practitioner.signatures.columns.signedOn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {signatures.map((signature) => (
            <Table.Tr
              key={signature.id}
              data-testid="registry-signature-row"
              data-document={signature.document}
            >
              <Table.Th scope="row">{t(SIGNED_DOCUMENT_LABELS[signature.document].labelKey)}</Table.Th>
              <Table.Td>
                <bdi>{signature.version}</bdi>
              </Table.Td>
              <Table.Td>{formatDay(signature.signedOn, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollingTable>
  );
}
