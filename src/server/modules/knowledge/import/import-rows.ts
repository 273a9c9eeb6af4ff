import type { ImportProblem } from '../../../../contracts/knowledge-public.ts';
import { IMPORT_MAX_ENTRIES } from '../../../../contracts/knowledge-public.ts';
import { CsvError, parseCsv } from './csv.ts';

/** One entry of an import, before validation: the row it came from and a proposal-shaped object. */
export interface ImportRow {
  row: number;
  proposal: Record<string, unknown>;
  /** Field names as the file has them (CSV columns), by the proposal's JSON pointer. */
  fieldNames: ReadonlyMap<string, string>;
}

export interface ReadRows {
  rows: ImportRow[];
  problems: ImportProblem[];
}

/** The translation's fields, by CSV column. */
const TEXT_COLUMNS = {
  title: 'title',
  summary: 'summary',
  approach: 'approach',
  results: 'results',
  lessons: 'lessons',
  legal_framework: 'legalFramework',
  resources: 'resources',
  measurement: 'measurement',
  sustainability: 'sustainability',
} as const;
/** The entry's single-valued fields, by CSV column. */
const VALUE_COLUMNS = {
  kind: 'kind',
  language: 'language',
  country: 'country',
  region: 'region',
  evidence_level: 'evidenceLevel',
  started_on: 'startedOn',
  ended_on: 'endedOn',
  contributor_name: 'contributorName',
  contact_name: 'contactName',
  contact_email: 'contactEmail',
} as const;
/** The lists of codes, semicolon-separated in one cell. */
const LIST_COLUMNS = {
  themes: 'themes',
  target_groups: 'targetGroups',
  prevention_levels: 'preventionLevels',
  actors: 'actors',
  facility_types: 'facilityTypes',
} as const;
const REQUIRED_COLUMNS = ['kind', 'language', 'title', 'summary'];
export const CSV_COLUMNS = [
  ...Object.keys(VALUE_COLUMNS),
  ...Object.keys(TEXT_COLUMNS),
  ...Object.keys(LIST_COLUMNS),
  'contact_consent',
];

const YES = new Set(['true', 'yes', '1']);
const NO = new Set(['false', 'no', '0', '']);

const problem = (row: number, field: string, code: string, message: string): ImportProblem => ({
  row,
  field,
  code,
  message,
});

const tooMany = (count: number) =>
  problem(0, 'content', 'too_many_rows', `${count} entries; an import takes at most ${IMPORT_MAX_ENTRIES}`);

/**
 * The CSV's records as proposals: the header names the columns (any order, case and spaces
 * ignored); empty cells are absent values; lists are split on semicolons. What cannot be read at
 * all (a broken quote, an unknown or missing column) is reported, and then no row is read.
 */
export function rowsOfCsv(content: string): ReadRows {
  let records: string[][];
  try {
    records = parseCsv(content).filter((record) => record.some((cell) => cell.trim() !== ''));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return {
      rows: [],
      problems: [problem(Math.max(error.record - 1, 0), 'content', 'malformed_csv', error.message)],
    };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [problem(0, 'content', 'required', 'the file is empty')] };
  const columns = header.map((name) => name.trim().toLowerCase());
  const problems: ImportProblem[] = [];
  columns.forEach((name, index) => {
    if (!CSV_COLUMNS.includes(name))
      problems.push(
        problem(0, name || `column ${index + 1}`, 'unknown_field', `"${name}" is not a known column`),
      );
    else if (columns.indexOf(name) !== index)
      problems.push(problem(0, name, 'duplicate_field', `the column "${name}" appears twice`));
  });
  for (const name of REQUIRED_COLUMNS)
    if (!columns.includes(name))
      problems.push(problem(0, name, 'required', `the column "${name}" is missing`));
  if (body.length > IMPORT_MAX_ENTRIES) problems.push(tooMany(body.length));
  if (problems.length > 0) return { rows: [], problems };

  const rows = body.map((record, index): ImportRow => {
    const row = index + 1;
    const cell = (name: string) => {
      const at = columns.indexOf(name);
      return at < 0 ? '' : (record[at] ?? '').trim();
    };
    const proposal: Record<string, unknown> = {};
    const text: Record<string, unknown> = {};
    const fieldNames = new Map<string, string>();
    for (const [column, key] of Object.entries(VALUE_COLUMNS)) {
      fieldNames.set(`/${key}`, column);
      if (cell(column) !== '') proposal[key] = cell(column);
    }
    for (const [column, key] of Object.entries(TEXT_COLUMNS)) {
      fieldNames.set(`/text/${key}`, column);
      // Title and summary are required: an empty one is sent as empty, and refused as such.
      if (cell(column) !== '' || key === 'title' || key === 'summary') text[key] = cell(column);
    }
    proposal.text = text;
    for (const [column, key] of Object.entries(LIST_COLUMNS)) {
      fieldNames.set(`/${key}`, column);
      const codes = cell(column)
        .split(';')
        .map((code) => code.trim())
        .filter((code) => code !== '');
      if (codes.length > 0) proposal[key] = codes;
    }
    fieldNames.set('/contactConsent', 'contact_consent');
    const consent = cell('contact_consent').toLowerCase();
    // Anything but a clear yes or no is passed on as text, for the validation to refuse.
    proposal.contactConsent = YES.has(consent) ? true : NO.has(consent) ? false : consent;
    return { row, proposal, fieldNames };
  });
  for (const [index, record] of body.entries()) {
    if (record.length !== columns.length)
      problems.push(
        problem(
          index + 1,
          'content',
          'wrong_column_count',
          `${record.length} fields where the header has ${columns.length}`,
        ),
      );
  }
  return { rows, problems };
}

/** The JSON document as proposals: an array of objects, each of ProposeEntryRequest's shape. */
export function rowsOfJson(content: string): ReadRows {
  let document: unknown;
  try {
    document = JSON.parse(content);
  } catch {
    return { rows: [], problems: [problem(0, 'content', 'malformed_json', 'the content is not valid JSON')] };
  }
  if (!Array.isArray(document))
    return {
      rows: [],
      problems: [problem(0, 'content', 'not_an_array', 'the content must be an array of entries')],
    };
  if (document.length > IMPORT_MAX_ENTRIES) return { rows: [], problems: [tooMany(document.length)] };
  const problems: ImportProblem[] = [];
  const rows: ImportRow[] = [];
  document.forEach((item: unknown, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item))
      problems.push(problem(index + 1, '', 'not_an_object', 'each entry must be an object'));
    else rows.push({ row: index + 1, proposal: item as Record<string, unknown>, fieldNames: new Map() });
  });
  return { rows, problems };
}
