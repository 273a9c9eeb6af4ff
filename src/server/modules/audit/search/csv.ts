import type { AuditEventItem } from './schemas.ts';

// The trail as CSV (RFC 4180) for an oversight report: UTF-8 with a byte-order mark so spreadsheet
// programs read every script, CRLF line ends, every field quoted.

const COLUMNS = [
  'seq',
  'occurred_at',
  'action',
  'outcome',
  'break_glass',
  'purpose',
  'actor_user_id',
  'actor_name',
  'actor_organisation_id',
  'actor_organisation',
  'subject_type',
  'subject_id',
  'person_id',
  'request_id',
  'details',
  'hash',
] as const;

// A spreadsheet runs a cell that starts like a formula; text typed by users (a break-glass reason)
// must never become one (CSV injection), so such a cell is prefixed with an apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: string | number | boolean | null): string {
  if (value === null) return '""';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

function rowOf(item: AuditEventItem): string {
  const cells: Record<(typeof COLUMNS)[number], string | number | boolean | null> = {
    seq: item.seq,
    occurred_at: item.occurredAt,
    action: item.action,
    outcome: item.outcome,
    break_glass: item.breakGlass,
    purpose: item.purpose,
    actor_user_id: item.actor?.userId ?? null,
    actor_name: item.actor?.displayName ?? null,
    actor_organisation_id: item.actor?.organisationId ?? null,
    actor_organisation: item.actor?.organisationName ?? null,
    subject_type: item.subject?.type ?? null,
    subject_id: item.subject?.id ?? null,
    person_id: item.personId,
    request_id: item.requestId,
    details: JSON.stringify(item.details),
    hash: item.hash,
  };
  return COLUMNS.map((column) => field(cells[column])).join(',');
}

export function auditEventsCsv(items: readonly AuditEventItem[]): string {
  return `\uFEFF${[COLUMNS.join(','), ...items.map(rowOf)].join('\r\n')}\r\n`;
}
