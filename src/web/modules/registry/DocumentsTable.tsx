import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type OrganisationDocument, REGISTRY_DOCUMENT_PATHS } from '../../../contracts/registry-documents';
import { CaptionedTable } from '../../app/ui/CaptionedTable';
import { bidiIsolate } from '../../i18n/bidi';
import { formatFileSize } from '../../i18n/format';
import { formatInstant } from './registry-format';
import { ORGANISATION_DOCUMENT_KIND_LABELS } from './registry-labels';
import classes from './registry-record.module.css';

/**
 * The organisation's documents, newest first: kind, file (its download, which the server checks
 * against the SHA-256 before sending), size, who filed it and when, and the checksum's first
 * characters, to compare with a copy. An older file of a kind is kept and marked superseded.
 */
export function DocumentsTable({ documents }: { documents: readonly OrganisationDocument[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const caption = t('registry.organisationDocuments.caption');
  return (
    <CaptionedTable
      caption={caption}
      testId="registry-documents-table"
      className={`${classes.table} ${classes.wideTable}`}
      columns={[
        { key: 'kind', label: t('registry.organisationDocuments.columns.kind') },
        { key: 'file', label: t('registry.organisationDocuments.columns.file') },
        { key: 'size', label: t('registry.organisationDocuments.columns.size') },
        { key: 'uploaded', label: t('registry.organisationDocuments.columns.uploaded') },
        { key: 'checksum', label: t('registry.organisationDocuments.columns.checksum') },
      ]}
    >
      {documents.map((document) => (
        <Table.Tr
          key={document.id}
          data-testid="registry-document-row"
          data-kind={document.kind}
          data-superseded={document.superseded}
        >
          <Table.Th scope="row">
            {t(ORGANISATION_DOCUMENT_KIND_LABELS[document.kind].labelKey)}
            {document.superseded && (
              <>
                {' '}
                <span className={classes.status} data-testid="registry-document-superseded">
                  {t('registry.organisationDocuments.superseded')}
                </span>
              </>
            )}
          </Table.Th>
          <Table.Td>
            <Anchor
              href={REGISTRY_DOCUMENT_PATHS.content(document.id)}
              download={document.fileName}
              underline="always"
              aria-label={t('registry.organisationDocuments.download', {
                file: bidiIsolate(document.fileName),
              })}
              data-testid="registry-document-download"
            >
              <bdi data-testid="registry-document-file-name">{document.fileName}</bdi>
            </Anchor>
          </Table.Td>
          <Table.Td>{formatFileSize(document.sizeBytes, language)}</Table.Td>
          <Table.Td>
            {t('registry.organisationDocuments.uploadedBy', {
              name: bidiIsolate(document.uploadedBy.displayName),
            })}
            <br />
            <time dateTime={document.uploadedAt}>{formatInstant(document.uploadedAt, language)}</time>
          </Table.Td>
          <Table.Td>
            <code dir="ltr" title={document.sha256} data-testid="registry-document-checksum">
              {document.sha256.slice(0, 12)}
            </code>
          </Table.Td>
        </Table.Tr>
      ))}
    </CaptionedTable>
  );
}
