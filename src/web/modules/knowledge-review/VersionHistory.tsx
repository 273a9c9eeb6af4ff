import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Entry, EntryVersion } from '../../../contracts/knowledge';
import { CaptionedTable } from '../../app/ui/CaptionedTable';
import { Pending } from '../../app/ui/Pending';
import { EntryLoadFailed } from '../knowledge-contribute/EntryLoadFailed';
import classes from './knowledge-review.module.css';
import { ReviewPanel } from './ReviewPanel';
import { useVersions } from './review-api';
import { shortened, snapshotChanges } from './snapshot-diff';
import { formatMoment } from './when';

/** Each version's changed fields against the one before it, folded away until asked for. */
function VersionChanges({
  version,
  previous,
}: {
  version: EntryVersion;
  previous: EntryVersion | undefined;
}) {
  const { t } = useTranslation();
  const changes = snapshotChanges(previous?.snapshot ?? null, version.snapshot);
  if (changes.length === 0) return null;
  return (
    <details data-testid="review-version-changes">
      <summary>{t('knowledgeReview.history.changedFields', { count: changes.length })}</summary>
      <ul className={classes.changes}>
        {changes.map((change) => (
          <li key={change.path}>
            <code>{change.path}</code>:{' '}
            <del dir="auto">{shortened(change.before) || t('knowledgeReview.history.empty')}</del> →{' '}
            <ins dir="auto">{shortened(change.after) || t('knowledgeReview.history.empty')}</ins>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Every saved version of the entry, newest first: what changed, who, when. */
export function VersionHistory({ entry }: { entry: Entry }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const canRead = entry.actions.includes('read_history');
  const versions = useVersions(entry.id, canRead);
  if (!canRead) return null;
  const ordered = versions.data ? [...versions.data].sort((a, b) => b.version - a.version) : [];
  return (
    <ReviewPanel heading={t('knowledgeReview.history.heading')} testId="review-history">
      {versions.data ? (
        <CaptionedTable
          caption={t('knowledgeReview.history.caption')}
          testId="review-history-table"
          columns={[
            { key: 'version', label: t('knowledgeReview.history.columns.version') },
            { key: 'change', label: t('knowledgeReview.history.columns.change') },
            { key: 'who', label: t('knowledgeReview.history.columns.who') },
            { key: 'when', label: t('knowledgeReview.history.columns.when') },
          ]}
        >
          {ordered.map((version, index) => (
            <Table.Tr key={version.version} data-testid="review-version-row">
              <Table.Th scope="row">{version.version}</Table.Th>
              <Table.Td>
                <span dir="auto">{version.change}</span>
                <VersionChanges version={version} previous={ordered[index + 1]} />
              </Table.Td>
              <Table.Td>
                <bdi>{version.changedBy?.displayName ?? t('knowledgeReview.events.system')}</bdi>
              </Table.Td>
              <Table.Td>{formatMoment(version.changedAt, language)}</Table.Td>
            </Table.Tr>
          ))}
        </CaptionedTable>
      ) : versions.isError ? (
        <EntryLoadFailed error={versions.error} onRetry={() => versions.refetch()} testId="review-history" />
      ) : (
        <Pending label={t('knowledgeContribute.load.loading')} testId="review-history-pending" />
      )}
    </ReviewPanel>
  );
}
