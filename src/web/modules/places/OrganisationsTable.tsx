import { Button, Table } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminOrganisation } from '../../../contracts/administration';
import tableClasses from '../../app/ui/data-table.module.css';
import { bidiIsolate } from '../../i18n/bidi';
import { organisationKindLabel } from './place-labels';
import classes from './places.module.css';
import { RenameOrganisationForm } from './RenameOrganisationForm';

export interface OrganisationsTableProps {
  organisations: readonly AdminOrganisation[];
  onRenamed: (previousName: string, renamed: AdminOrganisation) => void;
}

/**
 * The organisations as a table: name, kind in words, and "Rename" where the caller may change the
 * organisation (its `actions`). Renaming happens in the row; afterwards focus returns to its button.
 */
export function OrganisationsTable({ organisations, onRenamed }: OrganisationsTableProps) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState<string | null>(null);
  const renameButtons = useRef(new Map<string, HTMLButtonElement>());

  function close(organisation: AdminOrganisation, renamed: AdminOrganisation | null) {
    setRenaming(null);
    if (renamed) onRenamed(organisation.name, renamed);
    requestAnimationFrame(() => renameButtons.current.get(organisation.id)?.focus());
  }

  return (
    <Table
      data-testid="organisations-table"
      className={`${tableClasses.table} ${classes.table}`}
      verticalSpacing="sm"
      striped
    >
      <Table.Caption>{t('places.organisations.list.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('places.organisations.list.columns.name')}</Table.Th>
          <Table.Th scope="col">{t('places.organisations.list.columns.kind')}</Table.Th>
          <Table.Th scope="col">{t('places.organisations.list.columns.change')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {organisations.map((organisation) => (
          <Table.Tr
            key={organisation.id}
            data-testid="organisation-row"
            data-organisation-id={organisation.id}
            data-kind={organisation.kind}
          >
            <Table.Th scope="row">
              <bdi data-testid="organisation-name">{organisation.name}</bdi>
              {renaming === organisation.id && (
                <RenameOrganisationForm
                  organisation={organisation}
                  onDone={(renamed) => close(organisation, renamed)}
                />
              )}
            </Table.Th>
            <Table.Td data-testid="organisation-kind">{organisationKindLabel(t, organisation.kind)}</Table.Td>
            <Table.Td>
              {organisation.actions.includes('update') && renaming !== organisation.id && (
                <Button
                  ref={(button) => {
                    if (button) renameButtons.current.set(organisation.id, button);
                    else renameButtons.current.delete(organisation.id);
                  }}
                  variant="outline"
                  size="md"
                  className={classes.action}
                  aria-label={t('places.organisations.rename.open', {
                    name: bidiIsolate(organisation.name),
                  })}
                  onClick={() => setRenaming(organisation.id)}
                  data-testid="rename-organisation"
                >
                  {t('places.organisations.rename.button')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
