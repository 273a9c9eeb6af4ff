import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EntrySummary } from '../../../contracts/knowledge';
import { ENTRY_KIND_NAMES, ENTRY_STATUS_NAMES, LANGUAGE_NAMES } from '../../../contracts/knowledge-taxonomy';
import pageClasses from '../../app/pages/pages.module.css';
import { usePageTitle } from '../../app/pages/use-page-title';
import { CaptionedTable } from '../../app/ui/CaptionedTable';
import { Pending } from '../../app/ui/Pending';
import { formatDate } from '../../i18n/format';
import { EntryLoadFailed } from './EntryLoadFailed';
import { useMyEntries } from './knowledge-api';
import classes from './knowledge-contribute.module.css';
import { nameIn } from './knowledge-words';
import { LIBRARY_WORK_ROUTES } from './library-routes';

/** What the contributor does next with an entry, and the link that does it. */
function NextStep({ entry }: { entry: EntrySummary }) {
  const { t } = useTranslation();
  switch (entry.status) {
    case 'draft':
      return (
        <>
          {t('knowledgeContribute.mine.next.draft')}{' '}
          <Anchor
            component={Link}
            underline="always"
            to={LIBRARY_WORK_ROUTES.edit(entry.id)}
            data-testid="mine-edit"
          >
            {t('knowledgeContribute.mine.actions.edit')}
          </Anchor>
        </>
      );
    case 'changes_requested':
      return (
        <>
          {t('knowledgeContribute.mine.next.changesRequested')}{' '}
          <Anchor
            component={Link}
            underline="always"
            to={LIBRARY_WORK_ROUTES.edit(entry.id)}
            data-testid="mine-edit"
          >
            {t('knowledgeContribute.mine.actions.amend')}
          </Anchor>
        </>
      );
    case 'in_review':
      return <>{t('knowledgeContribute.mine.next.inReview')}</>;
    case 'inspiring':
    case 'peer_reviewed':
      return (
        <>
          {entry.staleSince
            ? t('knowledgeContribute.mine.next.stale')
            : t('knowledgeContribute.mine.next.published')}{' '}
          <Anchor
            component={Link}
            underline="always"
            to={LIBRARY_WORK_ROUTES.translate(entry.id)}
            data-testid="mine-translate"
          >
            {t('knowledgeContribute.mine.actions.translate')}
          </Anchor>
        </>
      );
    case 'archived':
      return <>{t('knowledgeContribute.mine.next.archived')}</>;
  }
}

/** `/library/mine`: the caller's entries, every status, with what to do next with each. */
export function MyEntriesPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  usePageTitle(t('knowledgeContribute.mine.pageTitle'));
  const list = useMyEntries(language);

  return (
    <Stack gap="lg" className={pageClasses.widePage} data-testid="page-library-mine">
      <Title order={1}>{t('knowledgeContribute.mine.heading')}</Title>
      <Text>
        {t('knowledgeContribute.mine.intro')}{' '}
        <Anchor
          component={Link}
          underline="always"
          to={LIBRARY_WORK_ROUTES.contribute}
          data-testid="mine-propose"
        >
          {t('knowledgeContribute.mine.propose')}
        </Anchor>
      </Text>
      {list.data ? (
        list.data.entries.length === 0 ? (
          <Text data-testid="mine-empty">{t('knowledgeContribute.mine.empty')}</Text>
        ) : (
          <CaptionedTable
            caption={t('knowledgeContribute.mine.caption')}
            testId="mine-table"
            columns={[
              { key: 'title', label: t('knowledgeContribute.mine.columns.title') },
              { key: 'status', label: t('knowledgeContribute.mine.columns.status') },
              { key: 'changed', label: t('knowledgeContribute.mine.columns.changed') },
              { key: 'next', label: t('knowledgeContribute.mine.columns.next') },
            ]}
          >
            {list.data.entries.map((entry) => (
              <Table.Tr
                key={entry.id}
                data-testid="mine-row"
                data-status={entry.status}
                data-entry-id={entry.id}
              >
                <Table.Th scope="row">
                  <Anchor
                    component={Link}
                    underline="always"
                    to={LIBRARY_WORK_ROUTES.entry(entry.id)}
                    lang={entry.language}
                    dir="auto"
                  >
                    {entry.title}
                  </Anchor>
                  <Text size="sm">
                    {nameIn(ENTRY_KIND_NAMES, entry.kind, language)} · {LANGUAGE_NAMES[entry.language]}
                  </Text>
                </Table.Th>
                <Table.Td>
                  <span className={classes.status} data-testid="mine-status">
                    {nameIn(ENTRY_STATUS_NAMES, entry.status, language)}
                  </span>
                </Table.Td>
                <Table.Td>{formatDate(new Date(entry.updatedAt), language)}</Table.Td>
                <Table.Td data-testid="mine-next">
                  <NextStep entry={entry} />
                </Table.Td>
              </Table.Tr>
            ))}
          </CaptionedTable>
        )
      ) : list.isError ? (
        <EntryLoadFailed error={list.error} onRetry={() => list.refetch()} testId="mine" />
      ) : (
        <Pending label={t('knowledgeContribute.load.loading')} testId="mine-pending" />
      )}
    </Stack>
  );
}
