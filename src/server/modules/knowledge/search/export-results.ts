import type { EntrySummary } from '../../../../contracts/knowledge.ts';
import { type ExportQuery, MAX_EXPORT_ENTRIES } from '../../../../contracts/knowledge-search.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { FACETS } from './facets.ts';
import { memberReader } from './readers.ts';
import { searchLibrary } from './search-library.ts';

// Export of a search result: the same search as the reader's, every hit up to MAX_EXPORT_ENTRIES,
// as CSV (RFC 4180) or JSON. Audited as `knowledge.results_exported` with the number of entries,
// the format and the facets filtered on; not the query text, which a reader may have typed
// anything into.

export interface ExportedResults {
  entries: EntrySummary[];
  /** Whether more entries matched than an export holds. */
  truncated: boolean;
}

export async function exportResults(
  tx: Tx,
  access: AccessContext,
  request: ExportQuery,
): Promise<ExportedResults> {
  const { result } = await searchLibrary(tx, memberReader(access.actor), request, {
    limit: MAX_EXPORT_ENTRIES,
    log: false,
  });
  const entries = result.hits.map(({ highlight: _highlight, score: _score, ...summary }) => summary);
  const filtered = FACETS.filter((facet) => (request[facet]?.length ?? 0) > 0);
  access.audit({
    action: 'knowledge.results_exported',
    outcome: 'allowed',
    subject: { type: 'knowledge_search', id: null },
    personId: null,
    details: {
      count: entries.length,
      format: request.format ?? 'csv',
      withQuery: (request.q ?? '').trim() !== '',
      filters: filtered.join(','),
    },
  });
  return { entries, truncated: result.total > entries.length };
}

const COLUMNS = [
  'id',
  'title',
  'summary',
  'language',
  'languages',
  'kind',
  'status',
  'visibility',
  'evidence_level',
  'themes',
  'region',
  'country',
  'published_at',
  'updated_at',
  'demonstration',
] as const;

// A spreadsheet runs a cell that starts like a formula; titles and summaries are typed by users, so
// such a cell is prefixed with an apostrophe (CSV injection), as the audit trail's export does.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: always quoted, quotes doubled, formulas defused. */
export function csvField(value: string | boolean | null): string {
  if (value === null) return '""';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

function rowOf(entry: EntrySummary): string {
  const cells: Record<(typeof COLUMNS)[number], string | boolean | null> = {
    id: entry.id,
    title: entry.title,
    summary: entry.summary,
    language: entry.language,
    languages: entry.languages.join(';'),
    kind: entry.kind,
    status: entry.status,
    visibility: entry.visibility,
    evidence_level: entry.evidenceLevel,
    themes: entry.themes.join(';'),
    region: entry.region,
    country: entry.country,
    published_at: entry.publishedAt,
    updated_at: entry.updatedAt,
    demonstration: entry.demonstration,
  };
  return COLUMNS.map((column) => csvField(cells[column])).join(',');
}

/** The entries as CSV: UTF-8 with a byte-order mark (spreadsheets then read every script), CRLF, a header row. */
export function entriesCsv(entries: readonly EntrySummary[]): string {
  return `\uFEFF${[COLUMNS.join(','), ...entries.map(rowOf)].join('\r\n')}\r\n`;
}
