import { IMPORT_MAX_BYTES } from '../../../contracts/knowledge-public';

export type ImportFormat = 'csv' | 'json';

/** The CSV columns an import reads (docs/knowledge.md, "Import"), in their usual order. */
export const IMPORT_COLUMNS = [
  'kind',
  'language',
  'title',
  'summary',
  'approach',
  'results',
  'lessons',
  'legal_framework',
  'resources',
  'measurement',
  'sustainability',
  'country',
  'region',
  'themes',
  'target_groups',
  'prevention_levels',
  'actors',
  'evidence_level',
  'started_on',
  'ended_on',
  'contributor_name',
  'contact_name',
  'contact_email',
  'contact_consent',
] as const;

/** The format a file's name or type says, or null when it says neither CSV nor JSON. */
export function formatOf(file: Pick<File, 'name' | 'type'>): ImportFormat | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || file.type === 'text/csv') return 'csv';
  if (name.endsWith('.json') || file.type === 'application/json') return 'json';
  return null;
}

export type FileProblem = 'format' | 'tooLarge' | 'empty';

/** What stops a chosen file from being sent, before it is read. */
export function fileProblemOf(file: Pick<File, 'name' | 'type' | 'size'>): FileProblem | null {
  if (formatOf(file) === null) return 'format';
  if (file.size > IMPORT_MAX_BYTES) return 'tooLarge';
  if (file.size === 0) return 'empty';
  return null;
}
