import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProfileVersion } from '../../../contracts/registry-organisations';
import { CaptionedTable } from '../../app/ui/CaptionedTable';
import { formatNumber } from '../../i18n/format';
import { ProfileVersionChanges } from './ProfileVersionChanges';
import { formatInstant, formatList } from './registry-format';
import { PROFILE_FIELD_LABELS } from './registry-labels';
import classes from './registry-record.module.css';

/**
 * Every version of the profile, newest first, as the append-only history keeps it: its number, when
 * and by whom, and which fields it changed. For a reader who may read the profile (the versions carry
 * their values), the fields open (details/summary: a native disclosure, keyboard and screen-reader
 * ready) onto what each became and what it was in the version listed after it.
 */
export function ProfileHistoryTable({ versions }: { versions: readonly ProfileVersion[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const caption = t('registry.organisation.profileHistory.caption');
  const withValues = versions.some((version) => version.values !== null);
  return (
    <>
      {withValues && <p className={classes.hint}>{t('registry.organisation.profileHistory.valuesHint')}</p>}
      <CaptionedTable
        caption={caption}
        testId="registry-profile-history-table"
        className={classes.table}
        columns={[
          { key: 'version', label: t('registry.organisation.profileHistory.columns.version') },
          { key: 'changedAt', label: t('registry.organisation.profileHistory.columns.changedAt') },
          { key: 'changedBy', label: t('registry.organisation.profileHistory.columns.changedBy') },
          { key: 'changedFields', label: t('registry.organisation.profileHistory.columns.changedFields') },
        ]}
      >
        {versions.map((version, index) => (
          <Table.Tr key={version.version} data-testid="registry-profile-history-row">
            <Table.Th scope="row">{formatNumber(version.version, language)}</Table.Th>
            <Table.Td>
              <time dateTime={version.changedAt}>{formatInstant(version.changedAt, language)}</time>
            </Table.Td>
            <Table.Td data-testid="registry-profile-history-changed-by">
              {version.changedBy ? (
                <bdi>{version.changedBy.displayName}</bdi>
              ) : (
                t('registry.record.notRecorded')
              )}
            </Table.Td>
            <Table.Td>
              <ChangedFields version={version} before={versions[index + 1]} language={language} />
            </Table.Td>
          </Table.Tr>
        ))}
      </CaptionedTable>
    </>
  );
}

function ChangedFields({
  version,
  before,
  language,
}: {
  version: ProfileVersion;
  before: ProfileVersion | undefined;
  language: string;
}) {
  const { t } = useTranslation();
  const names = (
    <span data-testid="registry-profile-history-fields">
      {formatList(
        version.changedFields.map((field) => t(PROFILE_FIELD_LABELS[field].labelKey)),
        language,
      )}
    </span>
  );
  if (!version.values || version.changedFields.length === 0) return names;
  return (
    <details data-testid="registry-profile-history-details">
      <summary>{names}</summary>
      <ProfileVersionChanges
        fields={version.changedFields}
        values={version.values}
        before={before?.values ?? null}
        testId={`registry-profile-history-changes-${version.version}`}
      />
    </details>
  );
}
