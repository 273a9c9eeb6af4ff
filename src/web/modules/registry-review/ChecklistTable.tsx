import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DueDiligenceChecklist, DueDiligenceItem } from '../../../contracts/registry-review';
import { CaptionedTable } from '../../app/ui/CaptionedTable';
import { formatDay } from '../registry/EligibilityAnswerView';
import classes from '../registry/registry-record.module.css';
import {
  DUE_DILIGENCE_KIND_LABELS,
  DUE_DILIGENCE_OUTCOME_LABELS,
  DUE_DILIGENCE_RESULT_LABELS,
} from './review-labels';

/**
 * The five checks. Prison staff and the administrator are sent the check that holds for each
 * (result, day, checker and evidence) and see it; the organisation's coordinator is sent only
 * whether each kind is done or outstanding, and sees only that.
 */
export function ChecklistTable({ checklist }: { checklist: DueDiligenceChecklist }) {
  const detailed = checklist.items.every((item) => item.latest !== undefined);
  return detailed ? <CheckTable checklist={checklist} /> : <OutcomeTable items={checklist.items} />;
}

/** Each kind, done or outstanding: what a coordinator is told, with nothing of the checks. */
function OutcomeTable({ items }: { items: DueDiligenceItem[] }) {
  const { t } = useTranslation();
  const caption = t('registryReview.panel.outcomeCaption');
  return (
    <CaptionedTable
      caption={caption}
      testId="review-checklist-table"
      className={classes.table}
      columns={[
        { key: 'check', label: t('registryReview.panel.columns.check') },
        { key: 'status', label: t('registryReview.panel.columns.status') },
      ]}
    >
      {items.map(({ kind, outcome }) => (
        <Table.Tr key={kind} data-testid="review-checklist-row" data-kind={kind} data-outcome={outcome}>
          <Table.Th scope="row">{t(DUE_DILIGENCE_KIND_LABELS[kind].labelKey)}</Table.Th>
          <Table.Td data-testid="review-checklist-outcome">
            <span className={classes.status} data-tone={outcome === 'done' ? 'good' : undefined}>
              {t(DUE_DILIGENCE_OUTCOME_LABELS[outcome].labelKey)}
            </span>
          </Table.Td>
        </Table.Tr>
      ))}
    </CaptionedTable>
  );
}

/**
 * The five checks, each with the one that holds: result, day, checker and evidence. The checker and
 * the evidence are sent to prison staff and the administrator only; their columns show only then.
 */
function CheckTable({ checklist }: { checklist: DueDiligenceChecklist }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const caption = t('registryReview.panel.caption');
  const held = checklist.items.flatMap((item) => (item.latest ? [item.latest] : []));
  const checkerShown = held.some((check) => check.checkedBy !== undefined);
  const evidenceShown = held.some((check) => check.evidence !== undefined);
  return (
    <CaptionedTable
      caption={caption}
      testId="review-checklist-table"
      className={`${classes.table} ${classes.wideTable}`}
      columns={[
        { key: 'check', label: t('registryReview.panel.columns.check') },
        { key: 'result', label: t('registryReview.panel.columns.result') },
        { key: 'checkedOn', label: t('registryReview.panel.columns.checkedOn') },
        checkerShown && { key: 'checkedBy', label: t('registryReview.panel.columns.checkedBy') },
        evidenceShown && {
          key: 'evidence',
          label: t('registryReview.panel.columns.evidence'),
          testId: 'review-evidence-column',
        },
      ]}
    >
      {checklist.items.map(({ kind, outcome, latest }) => (
        <Table.Tr
          key={kind}
          data-testid="review-checklist-row"
          data-kind={kind}
          data-outcome={outcome}
          data-result={latest?.result ?? 'not_checked'}
        >
          <Table.Th scope="row">{t(DUE_DILIGENCE_KIND_LABELS[kind].labelKey)}</Table.Th>
          <Table.Td data-testid="review-checklist-result">
            {latest ? (
              <span className={classes.status} data-tone={latest.result === 'satisfied' ? 'good' : 'bad'}>
                {t(DUE_DILIGENCE_RESULT_LABELS[latest.result].labelKey)}
              </span>
            ) : (
              t('registryReview.panel.notChecked')
            )}
          </Table.Td>
          <Table.Td>{latest ? formatDay(latest.checkedOn, language) : '—'}</Table.Td>
          {checkerShown && (
            <Table.Td data-testid="review-checklist-checker">
              {latest?.checkedBy ? (
                <bdi>{latest.checkedBy.displayName ?? t('registry.record.notRecorded')}</bdi>
              ) : (
                '—'
              )}
            </Table.Td>
          )}
          {evidenceShown && (
            <Table.Td data-testid="review-checklist-evidence">
              {latest?.evidence ? (
                <span dir="auto" className={classes.statement}>
                  {latest.evidence}
                </span>
              ) : (
                '—'
              )}
            </Table.Td>
          )}
        </Table.Tr>
      ))}
    </CaptionedTable>
  );
}
