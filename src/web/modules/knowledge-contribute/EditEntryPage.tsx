import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/pages/use-page-title';
import { Notice } from '../../app/ui/Notice';
import { Pending } from '../../app/ui/Pending';
import { AttachmentsPanel } from '../knowledge-attachments/AttachmentsPanel';
import { type EditOutcome, EntryEditor } from './EntryEditor';
import { EntryLoadFailed } from './EntryLoadFailed';
import { useWorkEntry } from './knowledge-api';
import classes from './knowledge-contribute.module.css';
import { LIBRARY_WORK_ROUTES } from './library-routes';

/**
 * `/library/entries/:entryId/edit`: the proposer amends a draft (or an entry whose changes were
 * requested) and submits it for review; an editor may amend at any status.
 */
export function EditEntryPage() {
  const { t } = useTranslation();
  usePageTitle(t('knowledgeContribute.edit.pageTitle'));
  const { entryId = '' } = useParams();
  const entry = useWorkEntry(entryId);
  const [search] = useSearchParams();
  const [outcome, setOutcome] = useState<EditOutcome | 'proposed' | null>(() =>
    search.get('saved') === 'draft' ? 'proposed' : null,
  );
  // Reloading after a conflict starts the form again from the entry as it now stands.
  const [reloads, setReloads] = useState(0);
  const reload = () => {
    setOutcome(null);
    void entry.refetch().then(() => setReloads((count) => count + 1));
  };

  return (
    <Stack gap="lg" className={classes.form} data-testid="page-library-edit">
      <Title order={1}>{t('knowledgeContribute.edit.heading')}</Title>
      {outcome && <EditOutcomeNotice outcome={outcome} entryId={entryId} />}
      {entry.data ? (
        entry.data.actions.includes('update') ? (
          <EntryEditor
            key={`${entry.data.id}-${reloads}`}
            entry={entry.data}
            onReload={reload}
            onOutcome={setOutcome}
          />
        ) : (
          <Notice
            tone="info"
            role="status"
            title={t('knowledgeContribute.edit.lockedTitle')}
            data-testid="edit-locked"
          >
            <p>{t('knowledgeContribute.edit.locked')}</p>
            <Text>
              <Anchor component={Link} underline="always" to={LIBRARY_WORK_ROUTES.mine}>
                {t('knowledgeContribute.edit.backToMine')}
              </Anchor>
            </Text>
          </Notice>
        )
      ) : entry.isError ? (
        <EntryLoadFailed error={entry.error} onRetry={() => entry.refetch()} testId="edit" />
      ) : (
        <Pending label={t('knowledgeContribute.load.loading')} testId="edit-pending" />
      )}
      {entry.data && <AttachmentsPanel entry={entry.data} />}
    </Stack>
  );
}

/** What the last action did, said once it is done (a polite status, not an alert). */
function EditOutcomeNotice({ outcome, entryId }: { outcome: EditOutcome | 'proposed'; entryId: string }) {
  const { t } = useTranslation();
  const said = {
    proposed: t('knowledgeContribute.edit.outcomes.proposed'),
    saved: t('knowledgeContribute.edit.outcomes.saved'),
    submitted: t('knowledgeContribute.edit.outcomes.submitted'),
  }[outcome];
  return (
    <Notice
      tone="info"
      role="status"
      title={t('knowledgeContribute.edit.outcomes.title')}
      data-testid="edit-outcome"
      data-outcome={outcome}
    >
      <p>{said}</p>
      {outcome === 'submitted' && (
        <Text>
          <Anchor component={Link} underline="always" to={LIBRARY_WORK_ROUTES.mine}>
            {t('knowledgeContribute.edit.backToMine')}
          </Anchor>
        </Text>
      )}
      {outcome !== 'submitted' && (
        <Text>
          <Anchor component={Link} underline="always" to={LIBRARY_WORK_ROUTES.translate(entryId)}>
            {t('knowledgeContribute.edit.addTranslation')}
          </Anchor>
        </Text>
      )}
    </Notice>
  );
}
