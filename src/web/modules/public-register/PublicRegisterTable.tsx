import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicOrganisation } from '../../../contracts/public-register';
import { CaptionedTable } from '../../app/ui/CaptionedTable';
import { AccreditationStatus } from '../registry/AccreditationStatus';
import { formatDay } from '../registry/EligibilityAnswerView';
import { formatIsolatedList, formatList } from '../registry/registry-format';
import { ACTOR_ROLE_LABELS, INTERVENTION_TYPE_LABELS } from '../registry/registry-labels';
import classes from './public-register.module.css';

/**
 * The published organisations, by name (with their names in other languages, each marked with its
 * language so it is read and shaped in it): regions, expertise, areas, status in words, until when.
 */
export function PublicRegisterTable({ organisations }: { organisations: readonly PublicOrganisation[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const caption = t('publicRegister.page.caption');
  return (
    <CaptionedTable
      caption={caption}
      testId="public-register-table"
      columns={[
        { key: 'name', label: t('publicRegister.page.columns.name') },
        { key: 'regions', label: t('publicRegister.page.columns.regions') },
        { key: 'expertise', label: t('publicRegister.page.columns.expertise') },
        { key: 'areas', label: t('publicRegister.page.columns.areas') },
        { key: 'status', label: t('publicRegister.page.columns.status') },
        { key: 'validUntil', label: t('publicRegister.page.columns.validUntil') },
      ]}
    >
      {organisations.map((organisation) => (
        <Table.Tr key={organisation.name} data-testid="public-register-row">
          <Table.Th scope="row">
            {/* <bdi>: a name in another script keeps its own direction. */}
            <bdi data-testid="public-register-name">{organisation.name}</bdi>
            {Object.keys(organisation.otherNames).length > 0 && (
              <ul className={classes.otherNames} data-testid="public-register-other-names">
                {Object.entries(organisation.otherNames).map(([tag, name]) => (
                  <li key={tag} lang={tag} dir="auto">
                    {name}
                  </li>
                ))}
              </ul>
            )}
          </Table.Th>
          <Table.Td data-testid="public-register-regions">
            {formatIsolatedList(organisation.regionsServed, language)}
          </Table.Td>
          <Table.Td data-testid="public-register-expertise">
            {formatList(
              organisation.expertise.map((role) => t(ACTOR_ROLE_LABELS[role].labelKey)),
              language,
            )}
          </Table.Td>
          <Table.Td data-testid="public-register-areas">
            {formatList(
              organisation.interventionTypes.map((type) => t(INTERVENTION_TYPE_LABELS[type].labelKey)),
              language,
            )}
          </Table.Td>
          <Table.Td>
            <AccreditationStatus status={organisation.status} testId="public-register-status" />
          </Table.Td>
          <Table.Td data-testid="public-register-valid-until">
            {organisation.validUntil
              ? formatDay(organisation.validUntil, language)
              : t('publicRegister.page.notInForce')}
          </Table.Td>
        </Table.Tr>
      ))}
    </CaptionedTable>
  );
}
