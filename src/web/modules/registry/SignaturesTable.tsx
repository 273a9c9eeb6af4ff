import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentSignature } from '../../../contracts/registry-practitioners';
import { CaptionedTable } from '../../app/ui/CaptionedTable';
import { formatDay } from './EligibilityAnswerView';
import { SIGNED_DOCUMENT_LABELS } from './registry-labels';
import classes from './registry-record.module.css';

/** The documents the practitioner signed, newest first: which, which version, on what day. */
export function SignaturesTable({ signatures }: { signatures: readonly DocumentSignature[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const caption = t('registry.practitioner.signatures.caption');
  return (
    <CaptionedTable
      caption={caption}
      testId="registry-signatures-table"
      className={classes.table}
      columns={[
        { key: 'document', label: t('registry.practitioner.signatures.columns.document') },
        { key: 'version', label: t('registry.practitioner.signatures.columns.version') },
        { key: 'signedOn', label: t('registry.practitioner.signatures.columns.signedOn') },
      ]}
    >
      {signatures.map((signature) => (
        <Table.Tr key={signature.id} data-testid="registry-signature-row" data-document={signature.document}>
          <Table.Th scope="row">{t(SIGNED_DOCUMENT_LABELS[signature.document].labelKey)}</Table.Th>
          <Table.Td>
            <bdi>{signature.version}</bdi>
          </Table.Td>
          <Table.Td>{formatDay(signature.signedOn, language)}</Table.Td>
        </Table.Tr>
      ))}
    </CaptionedTable>
  );
}
