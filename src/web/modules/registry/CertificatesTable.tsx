import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Certificate } from '../../../contracts/registry-practitioners';
import { CaptionedTable } from '../../app/ui/CaptionedTable';
import { formatDay } from './EligibilityAnswerView';
import { ExpiryMarker } from './ExpiryMarker';
import classes from './registry-record.module.css';

/**
 * The practitioner's certificates, newest first: the course by name, when issued, until when; the
 * latest of each course is marked once expired or within 60 days of expiring.
 */
export function CertificatesTable({ certificates }: { certificates: readonly Certificate[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const caption = t('registry.practitioner.certificates.caption');
  // Newest first: the first of each course is the one that holds; older ones were renewed.
  const latest = new Set([
    ...new Map(certificates.map((row) => [row.course.id, row.id] as const).reverse()).values(),
  ]);
  return (
    <CaptionedTable
      caption={caption}
      testId="registry-certificates-table"
      className={classes.table}
      columns={[
        { key: 'course', label: t('registry.practitioner.certificates.columns.course') },
        { key: 'issuedOn', label: t('registry.practitioner.certificates.columns.issuedOn') },
        { key: 'expiresOn', label: t('registry.practitioner.certificates.columns.expiresOn') },
      ]}
    >
      {certificates.map((certificate) => (
        <Table.Tr
          key={certificate.id}
          data-testid="registry-certificate-row"
          data-course={certificate.course.code}
        >
          <Table.Th scope="row">
            <bdi>{certificate.course.name}</bdi>
          </Table.Th>
          <Table.Td>{formatDay(certificate.issuedOn, language)}</Table.Td>
          <Table.Td>
            {certificate.expiresOn === null ? (
              t('registry.record.noExpiry')
            ) : latest.has(certificate.id) ? (
              <ExpiryMarker lastDay={certificate.expiresOn} testId="registry-certificate-expiry" />
            ) : (
              formatDay(certificate.expiresOn, language)
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </CaptionedTable>
  );
}
