import type { ProposeEntryRequest } from '../../../../contracts/knowledge.ts';
import type { ImportProblem, ImportReport, ImportRequest } from '../../../../contracts/knowledge-public.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { createDraft } from './create-drafts.ts';
import { rowsOfCsv, rowsOfJson } from './import-rows.ts';
import { checkReferences, checkRow } from './validate-rows.ts';

/**
 * An editor's bulk import: every row read and checked against the rules of a proposal, every
 * problem reported; a dry run (the default) stops there. Otherwise, and only when no row has a
 * problem, every row becomes a draft of the editor in this one transaction, and the trail notes how
 * many (not what: no text in the audit): all or nothing.
 */
export async function importEntries(
  tx: Tx,
  access: AccessContext,
  request: ImportRequest,
): Promise<ImportReport> {
  const dryRun = request.dryRun ?? true;
  const read = request.format === 'csv' ? rowsOfCsv(request.content) : rowsOfJson(request.content);
  const problems: ImportProblem[] = [...read.problems];
  const valid: Array<{ row: number; proposal: ProposeEntryRequest }> = [];
  for (const row of read.rows) {
    const checked = checkRow(row);
    problems.push(...checked.problems);
    if (checked.proposal) valid.push({ row: row.row, proposal: checked.proposal });
  }
  const referenceProblems = await checkReferences(tx, access.actor.tenantId, valid);
  problems.push(...referenceProblems);
  const rowsWithProblems = new Set(problems.map((found) => found.row));
  const report: ImportReport = {
    dryRun,
    rows: read.rows.length,
    valid: read.rows.filter((row) => !rowsWithProblems.has(row.row)).length,
    problems: problems.sort((a, b) => a.row - b.row),
    created: [],
  };
  if (dryRun || problems.length > 0 || valid.length === 0) return report;

  const owner = { tenantId: access.actor.tenantId, proposerId: access.actor.userId };
  for (const { row, proposal } of valid)
    report.created.push({ row, id: await createDraft(tx, owner, proposal) });
  access.audit({
    action: 'knowledge.entries_imported',
    outcome: 'allowed',
    subject: { type: 'knowledge_entry', id: null },
    personId: null,
    details: { count: report.created.length, format: request.format },
  });
  return report;
}
