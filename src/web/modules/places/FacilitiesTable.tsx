import { Button, Table } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminFacility } from '../../../contracts/administration';
import { CaptionedTable } from '../../app/ui/CaptionedTable';
import { bidiIsolate } from '../../i18n/bidi';
import { formatNumber } from '../../i18n/format';
import { facilityKindLabel } from './place-labels';
import classes from './places.module.css';

export interface FacilitiesTableProps {
  facilities: readonly AdminFacility[];
  /** The facility whose panel is open, if any: its row offers no second "Change". */
  editing: string | null;
  onEdit: (facility: AdminFacility) => void;
  /** Where each row's "Change" button is kept, so that focus can return to it. */
  changeButtonRef: (id: string) => Ref<HTMLButtonElement>;
}

/**
 * The facilities as a table: code, name, kind in words, time zone, capacity and the prison service
 * running each, and "Change" where the caller may change it (its `actions`). On a tablet the table
 * scrolls inside its own box.
 */
export function FacilitiesTable({ facilities, editing, onEdit, changeButtonRef }: FacilitiesTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const caption = t('places.facilities.list.caption');
  return (
    <CaptionedTable
      caption={caption}
      testId="facilities-table"
      className={`${classes.table} ${classes.facilityTable}`}
      columns={[
        { key: 'code', label: t('places.facilities.fields.code') },
        { key: 'name', label: t('places.facilities.fields.name') },
        { key: 'kind', label: t('places.facilities.fields.kind') },
        { key: 'timeZone', label: t('places.facilities.fields.timeZone') },
        { key: 'capacity', label: t('places.facilities.fields.capacity'), className: classes.number },
        { key: 'prisonService', label: t('places.facilities.fields.prisonService') },
        { key: 'change', label: t('places.facilities.list.change') },
      ]}
    >
      {facilities.map((facility) => (
        <Table.Tr
          key={facility.id}
          data-testid="facility-row"
          data-facility-id={facility.id}
          data-code={facility.code}
        >
          <Table.Td>
            <span dir="ltr" className={classes.code} data-testid="facility-code">
              {facility.code}
            </span>
          </Table.Td>
          <Table.Th scope="row">
            <bdi data-testid="facility-name">{facility.name}</bdi>
          </Table.Th>
          <Table.Td data-testid="facility-kind">{facilityKindLabel(t, facility.kind)}</Table.Td>
          <Table.Td>
            <span dir="ltr" className={classes.zone} data-testid="facility-time-zone">
              {facility.timeZone}
            </span>
          </Table.Td>
          <Table.Td className={classes.number} data-testid="facility-capacity">
            {facility.capacity === null ? (
              <span className={classes.muted}>{t('places.facilities.list.capacityUnknown')}</span>
            ) : (
              formatNumber(facility.capacity, language)
            )}
          </Table.Td>
          <Table.Td data-testid="facility-organisation">
            {facility.organisationName === null ? (
              <span className={classes.muted}>{t('places.facilities.list.noPrisonService')}</span>
            ) : (
              <bdi>{facility.organisationName}</bdi>
            )}
          </Table.Td>
          <Table.Td>
            {facility.actions.includes('update') && editing !== facility.id && (
              <Button
                ref={changeButtonRef(facility.id)}
                variant="outline"
                size="md"
                className={classes.action}
                aria-label={t('places.facilities.edit.open', { name: bidiIsolate(facility.name) })}
                onClick={() => onEdit(facility)}
                data-testid="edit-facility-open"
              >
                {t('places.facilities.edit.button')}
              </Button>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </CaptionedTable>
  );
}
