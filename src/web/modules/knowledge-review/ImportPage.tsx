import { Anchor, FileInput, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportReport } from '../../../contracts/knowledge-public';
import pageClasses from '../../app/pages/pages.module.css';
import { usePageTitle } from '../../app/pages/use-page-title';
import { CaptionedTable } from '../../app/ui/CaptionedTable';
import { Notice } from '../../app/ui/Notice';
import { knowledgeFormMessage } from '../knowledge-contribute/entry-problems';
import { FormButton, FormButtons } from '../knowledge-contribute/FormButtons';
import { knowledgeWorkKeys } from '../knowledge-contribute/knowledge-api';
import { LIBRARY_WORK_ROUTES } from '../knowledge-contribute/library-routes';
import { fileProblemOf, formatOf, IMPORT_COLUMNS, type ImportFormat } from './import-file';
import classes from './knowledge-review.module.css';
import { useImport } from './review-api';

interface ChosenFile {
  name: string;
  format: ImportFormat;
  content: string;
}

function ReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="import-report">
      <Text data-testid="import-report-summary">
        {t('knowledgeReview.import.summary', { rows: report.rows, valid: report.valid })}
      </Text>
      {report.problems.length > 0 && (
        <CaptionedTable
          caption={t('knowledgeReview.import.problemsCaption', { count: report.problems.length })}
          testId="import-problems"
          columns={[
            { key: 'row', label: t('knowledgeReview.import.columns.row') },
            { key: 'field', label: t('knowledgeReview.import.columns.field') },
            { key: 'code', label: t('knowledgeReview.import.columns.code') },
            { key: 'message', label: t('knowledgeReview.import.columns.message') },
          ]}
        >
          {report.problems.map((problem, index) => (
            // Problems have no id; the server's order is the report's.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <Table.Tr key={index} data-testid="import-problem-row">
              <Table.Th scope="row">{problem.row}</Table.Th>
              <Table.Td>
                <code>{problem.field}</code>
              </Table.Td>
              <Table.Td>
                <code>{problem.code}</code>
              </Table.Td>
              <Table.Td dir="auto">{problem.message}</Table.Td>
            </Table.Tr>
          ))}
        </CaptionedTable>
      )}
      {report.created.length > 0 && (
        <>
          <Text data-testid="import-created">
            {t('knowledgeReview.import.created', { count: report.created.length })}
          </Text>
          <ul className={classes.list}>
            {report.created.map((created) => (
              <li key={created.id}>
                <Anchor component={Link} underline="always" to={LIBRARY_WORK_ROUTES.review(created.id)}>
                  {t('knowledgeReview.import.createdRow', { row: created.row })}
                </Anchor>
              </li>
            ))}
          </ul>
        </>
      )}
    </Stack>
  );
}

/**
 * `/library/import` (editors): a CSV or JSON file is read here, checked by the server (a dry run that
 * saves nothing), and only when every row is valid imported as drafts — all or nothing.
 */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  usePageTitle(t('knowledgeReview.import.pageTitle'));
  const queryClient = useQueryClient();
  const send = useImport();
  const [file, setFile] = useState<File | null>(null);
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function choose(next: File | null) {
    setFile(next);
    setChosen(null);
    setReport(null);
    setFailure(null);
    setFileError(null);
    if (!next) return;
    const problem = fileProblemOf(next);
    if (problem === 'format') return setFileError(t('knowledgeReview.import.errors.format'));
    if (problem === 'tooLarge') return setFileError(t('knowledgeReview.import.errors.tooLarge'));
    if (problem === 'empty') return setFileError(t('knowledgeReview.import.errors.empty'));
    const format = formatOf(next) as ImportFormat;
    setChosen({ name: next.name, format, content: await next.text() });
  }

  function run(dryRun: boolean) {
    if (!chosen || send.isPending) return;
    setFailure(null);
    send.mutateAsync({ format: chosen.format, content: chosen.content, dryRun }).then(
      (answer) => {
        setReport(answer);
        if (!dryRun) void queryClient.invalidateQueries({ queryKey: knowledgeWorkKeys.root });
      },
      (error: unknown) => setFailure(knowledgeFormMessage(error, t, language)),
    );
  }

  const ready = report?.dryRun === true && report.problems.length === 0 && report.valid > 0;

  return (
    <Stack gap="lg" className={pageClasses.widePage} data-testid="page-library-import">
      <Title order={1}>{t('knowledgeReview.import.heading')}</Title>
      <Text>{t('knowledgeReview.import.intro')}</Text>
      <details data-testid="import-columns">
        <summary>{t('knowledgeReview.import.columnsSummary')}</summary>
        <p>{t('knowledgeReview.import.columnsIntro')}</p>
        <p>
          <code dir="ltr">{IMPORT_COLUMNS.join(', ')}</code>
        </p>
      </details>
      <Stack gap="md" className={classes.form}>
        <FileInput
          label={t('knowledgeReview.import.file')}
          description={t('knowledgeReview.import.fileHint')}
          size="md"
          accept=".csv,.json,text/csv,application/json"
          value={file}
          error={fileError}
          onChange={(next) => void choose(next)}
          clearable
          data-testid="import-file-input"
        />
        <FormButtons>
          <FormButton
            label={t('knowledgeReview.import.check')}
            variant={ready ? 'outline' : 'filled'}
            disabled={!chosen}
            pending={send.isPending && send.variables?.dryRun !== false}
            onClick={() => run(true)}
            testId="import-check"
          />
          {ready && (
            <FormButton
              label={t('knowledgeReview.import.run', { count: report.valid })}
              pending={send.isPending && send.variables?.dryRun === false}
              onClick={() => run(false)}
              testId="import-run"
            />
          )}
        </FormButtons>
      </Stack>
      {failure && (
        <Notice tone="error" title={t('knowledgeReview.import.failedTitle')} data-testid="import-failed">
          <p>{failure}</p>
        </Notice>
      )}
      {report && <ReportView report={report} />}
    </Stack>
  );
}
