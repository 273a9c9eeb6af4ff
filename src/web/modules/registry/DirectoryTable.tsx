import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DirectoryEntry } from '../../../contracts/registry-organisations';
import { CaptionedTable } from '../../app/ui/CaptionedTable';
import { AccreditationStatus } from './AccreditationStatus';
import { formatDay } from './EligibilityAnswerView';
import { formatList } from './registry-format';
import { INTERVENTION_TYPE_LABELS } from './registry-labels';
import classes from './registry-record.module.css';
import { REGISTRY_ROUTES } from './registry-routes';

/**
 * The civil society organisations, by name: where each accreditation stands, until when, at how many
 * facilities and for what. Each name leads to the organisation's record. On a tablet the table
 * scrolls inside its own box.
 */
export function DirectoryTable({ organisations }: { organisations: readonly DirectoryEntry[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const caption = t('registry.directory.caption');
  return (
    <CaptionedTable
      caption={caption}
      testId="registry-directory-table"
      className={`${classes.table} ${classes.wideTable}`}
      columns={[
        { key: 'name', label: t('registry.directory.columns.name') },
        { key: 'status', label: t('registry.directory.columns.status') },
        { key: 'validUntil', label: t('registry.directory.columns.validUntil') },
        { key: 'facilities', label: t('registry.directory.columns.facilities') },
        { key: 'interventionTypes', label: t('registry.directory.columns.interventionTypes') },
      ]}
    >
      {organisations.map((entry) => (
        <Table.Tr key={entry.id} data-testid="registry-directory-row" data-organisation-id={entry.id}>
          <Table.Th scope="row">
            <Anchor component={Link} to={REGISTRY_ROUTES.organisation(entry.id)} underline="always">
              <bdi data-testid="registry-directory-name">{entry.name}</bdi>
            </Anchor>
          </Table.Th>
          <Table.Td>
            <AccreditationStatus status={entry.status} testId="registry-directory-status" />
          </Table.Td>
          <Table.Td data-testid="registry-directory-valid-until">
            {entry.validUntil ? formatDay(entry.validUntil, language) : t('registry.record.none')}
          </Table.Td>
          <Table.Td data-testid="registry-directory-facilities">
            {entry.facilityIds.length === 0
              ? t('registry.record.none')
              : t('registry.directory.facilityCount', { count: entry.facilityIds.length })}
          </Table.Td>
          <Table.Td data-testid="registry-directory-intervention-types">
            {entry.interventionTypes.length === 0
              ? t('registry.record.none')
              : formatList(
                  entry.interventionTypes.map((type) => t(INTERVENTION_TYPE_LABELS[type].labelKey)),
                  language,
                )}
          </Table.Td>
        </Table.Tr>
      ))}
    </CaptionedTable>
  );
}
