import { NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchStatistics } from '../../../contracts/knowledge-search';
import { LANGUAGE_NAMES } from '../../../contracts/knowledge-taxonomy';
import pageClasses from '../../app/pages/pages.module.css';
import { usePageTitle } from '../../app/pages/use-page-title';
import { CaptionedTable } from '../../app/ui/CaptionedTable';
import { Pending } from '../../app/ui/Pending';
import { formatNumber } from '../../i18n/format';
import { EntryLoadFailed } from '../knowledge-contribute/EntryLoadFailed';
import classes from './knowledge-review.module.css';
import { useStatistics } from './review-api';

const PERIODS = [7, 30, 90, 365] as const;

type QueryRow = SearchStatistics['topQueries'][number];

function QueryTable({
  caption,
  rows,
  testId,
  empty,
}: {
  caption: string;
  rows: readonly QueryRow[];
  testId: string;
  empty: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  if (rows.length === 0) return <Text data-testid={`${testId}-empty`}>{empty}</Text>;
  return (
    <CaptionedTable
      caption={caption}
      testId={testId}
      columns={[
        { key: 'query', label: t('knowledgeReview.statistics.columns.query') },
        { key: 'language', label: t('knowledgeReview.statistics.columns.language') },
        { key: 'searches', label: t('knowledgeReview.statistics.columns.searches') },
        { key: 'results', label: t('knowledgeReview.statistics.columns.lastResults') },
      ]}
    >
      {rows.map((row) => (
        <Table.Tr key={`${row.language}-${row.query}`} data-testid={`${testId}-row`}>
          <Table.Th scope="row">
            <bdi lang={row.language}>{row.query}</bdi>
          </Table.Th>
          <Table.Td>{LANGUAGE_NAMES[row.language]}</Table.Td>
          <Table.Td>{formatNumber(row.searches, language)}</Table.Td>
          <Table.Td>{formatNumber(row.lastResultCount, language)}</Table.Td>
        </Table.Tr>
      ))}
    </CaptionedTable>
  );
}

function Figures({ statistics }: { statistics: SearchStatistics }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const figures = [
    {
      label: t('knowledgeReview.statistics.searches'),
      value: statistics.searches,
      testId: 'statistics-searches',
    },
    {
      label: t('knowledgeReview.statistics.withoutResults'),
      value: statistics.searchesWithoutResults,
      testId: 'statistics-without-results',
    },
    {
      label: t('knowledgeReview.statistics.published'),
      value: statistics.entries.published,
      testId: 'statistics-published',
    },
    {
      label: t('knowledgeReview.statistics.inReview'),
      value: statistics.entries.inReview,
      testId: 'statistics-in-review',
    },
    {
      label: t('knowledgeReview.statistics.stale'),
      value: statistics.entries.stale,
      testId: 'statistics-stale',
    },
    {
      label: t('knowledgeReview.statistics.archived'),
      value: statistics.entries.archived,
      testId: 'statistics-archived',
    },
  ];
  return (
    <dl className={classes.summaryFigures}>
      {figures.map((figure) => (
        <div key={figure.testId}>
          <dt>{figure.label}</dt>
          <dd data-testid={figure.testId}>{formatNumber(figure.value, language)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** `/library/statistics` (editors): what readers look for, what they do not find, and the library's size. */
export function StatisticsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  usePageTitle(t('knowledgeReview.statistics.pageTitle'));
  const [days, setDays] = useState<number>(30);
  const statistics = useStatistics(days);
  const data = statistics.data;

  return (
    <Stack gap="lg" className={pageClasses.widePage} data-testid="page-library-statistics">
      <Title order={1}>{t('knowledgeReview.statistics.heading')}</Title>
      <Text>{t('knowledgeReview.statistics.intro')}</Text>
      <NativeSelect
        label={t('knowledgeReview.statistics.period')}
        size="md"
        className={classes.form}
        value={String(days)}
        onChange={(event) => setDays(Number(event.currentTarget.value))}
        data={PERIODS.map((period) => ({
          value: String(period),
          label: t('knowledgeReview.statistics.days', { count: period }),
        }))}
        data-testid="statistics-period-input"
      />
      {data ? (
        <>
          <Figures statistics={data} />
          <QueryTable
            caption={t('knowledgeReview.statistics.notFoundCaption')}
            rows={data.notFound}
            testId="statistics-not-found"
            empty={t('knowledgeReview.statistics.noneNotFound')}
          />
          <QueryTable
            caption={t('knowledgeReview.statistics.topCaption')}
            rows={data.topQueries}
            testId="statistics-top"
            empty={t('knowledgeReview.statistics.noneSearched')}
          />
          {data.byLanguage.length > 0 && (
            <CaptionedTable
              caption={t('knowledgeReview.statistics.byLanguageCaption')}
              testId="statistics-by-language"
              columns={[
                { key: 'language', label: t('knowledgeReview.statistics.columns.language') },
                { key: 'searches', label: t('knowledgeReview.statistics.columns.searches') },
              ]}
            >
              {data.byLanguage.map((row) => (
                <Table.Tr key={row.language} data-testid="statistics-by-language-row">
                  <Table.Th scope="row">{LANGUAGE_NAMES[row.language]}</Table.Th>
                  <Table.Td>{formatNumber(row.searches, language)}</Table.Td>
                </Table.Tr>
              ))}
            </CaptionedTable>
          )}
        </>
      ) : statistics.isError ? (
        <EntryLoadFailed error={statistics.error} onRetry={() => statistics.refetch()} testId="statistics" />
      ) : (
        <Pending label={t('knowledgeContribute.load.loading')} testId="statistics-pending" />
      )}
    </Stack>
  );
}
