import { type Static, Type } from 'typebox';
import { EntrySummary, Language, Link } from './knowledge.ts';
import {
  ENTRY_KINDS,
  EVIDENCE_LEVELS,
  FACILITY_TYPES,
  KNOWLEDGE_ACTORS,
  PREVENTION_LEVELS,
  PUBLISHED_STATUSES,
  REGIONS,
  TARGET_GROUPS,
  THEMES,
  TRANSLATION_ORIGINS,
} from './knowledge-taxonomy.ts';

/**
 * The knowledge hub's public side and its import: the library's home, a published public entry
 * for anyone, the Atom feed and the open JSON export of the public collection, the server-rendered
 * page of an entry (for link previews and readers without JavaScript), and the editors' bulk import
 * with its validation report.
 */

export const PUBLIC_KNOWLEDGE_PATHS = {
  /** Recent, featured, and counts by theme: signed in, it also counts the reader's restricted entries. */
  home: '/api/v1/knowledge/home',
  publicHome: '/api/v1/public/knowledge/home',
  /** A published public entry (the `Entry` shape of knowledge.ts, without warnings or contacts lacking consent). */
  publicEntry: (id: string) => `/api/v1/public/knowledge/entries/${encodeURIComponent(id)}`,
  feed: '/api/v1/public/knowledge/feed.atom',
  export: '/api/v1/public/knowledge/export.json',
  /** The web page of an entry; the server answers it with its title and description in the HTML. */
  entryPage: (id: string) => `/library/entries/${encodeURIComponent(id)}`,
  import: '/api/v1/knowledge/import',
} as const;

export const HomeQuery = Type.Object({ language: Type.Optional(Language) });
export type HomeQuery = Static<typeof HomeQuery>;

export const LibraryHome = Type.Object({
  recent: Type.Array(EntrySummary, { maxItems: 10 }),
  featured: Type.Array(EntrySummary, { maxItems: 6 }),
  themes: Type.Array(Type.Object({ theme: Type.Enum([...THEMES]), count: Type.Integer() })),
  total: Type.Integer(),
});
export type LibraryHome = Static<typeof LibraryHome>;

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ENTRIES = 500;

/**
 * An import: the file's text, CSV (one entry per row, the columns of docs/knowledge.md) or JSON (an
 * array of entries). With `dryRun`, only the report; without, the valid rows become drafts of the
 * importing editor (each then reviewed as any proposal) only if every row is valid: an import is all
 * or nothing, so a report with errors saves nothing.
 */
export const ImportRequest = Type.Object(
  {
    format: Type.Enum(['csv', 'json']),
    content: Type.String({ minLength: 1, maxLength: IMPORT_MAX_BYTES }),
    dryRun: Type.Optional(Type.Boolean({ default: true })),
  },
  { additionalProperties: false },
);
export type ImportRequest = Static<typeof ImportRequest>;

export const ImportProblem = Type.Object({
  /** The row (CSV: 1 is the first row after the header) or array index + 1 (JSON). */
  row: Type.Integer(),
  field: Type.String(),
  code: Type.String({ description: 'e.g. required, unknown_value, too_long, invalid_date.' }),
  message: Type.String(),
});
export type ImportProblem = Static<typeof ImportProblem>;

export const ImportReport = Type.Object({
  dryRun: Type.Boolean(),
  rows: Type.Integer(),
  valid: Type.Integer(),
  problems: Type.Array(ImportProblem),
  /** The drafts created (empty for a dry run or when any row was invalid). */
  created: Type.Array(Type.Object({ row: Type.Integer(), id: Type.String({ format: 'uuid' }) })),
});
export type ImportReport = Static<typeof ImportReport>;

/** One translation in the open export: the whole text, how it was made, whether an editor reviewed it. */
export const ExportedTranslation = Type.Object({
  language: Language,
  origin: Type.Enum([...TRANSLATION_ORIGINS]),
  title: Type.String(),
  summary: Type.String(),
  legalFramework: Type.String(),
  approach: Type.String(),
  resources: Type.String(),
  results: Type.String(),
  measurement: Type.String(),
  lessons: Type.String(),
  sustainability: Type.String(),
  updatedAt: Type.String({ format: 'date-time' }),
  reviewed: Type.Boolean(),
});
export type ExportedTranslation = Static<typeof ExportedTranslation>;

/** A published public entry in the open export: its public fields, every translation, no contact without consent. */
export const ExportedEntry = Type.Object({
  id: Type.String({ format: 'uuid' }),
  /** The entry's page (absolute when the installation's public address is configured). */
  address: Type.String(),
  kind: Type.Enum([...ENTRY_KINDS]),
  status: Type.Enum([...PUBLISHED_STATUSES]),
  originalLanguage: Language,
  country: Type.Union([Type.String(), Type.Null()]),
  region: Type.Union([Type.Enum([...REGIONS]), Type.Null()]),
  facilityTypes: Type.Array(Type.Enum([...FACILITY_TYPES])),
  themes: Type.Array(Type.Enum([...THEMES])),
  targetGroups: Type.Array(Type.Enum([...TARGET_GROUPS])),
  preventionLevels: Type.Array(Type.Enum([...PREVENTION_LEVELS])),
  actors: Type.Array(Type.Enum([...KNOWLEDGE_ACTORS])),
  evidenceLevel: Type.Enum([...EVIDENCE_LEVELS]),
  startedOn: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  endedOn: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  publisher: Type.String(),
  contributorName: Type.Union([Type.String(), Type.Null()]),
  /** Only when the contact agreed to be shown. */
  contact: Type.Union([
    Type.Object({
      name: Type.Union([Type.String(), Type.Null()]),
      email: Type.Union([Type.String(), Type.Null()]),
    }),
    Type.Null(),
  ]),
  links: Type.Array(Link),
  /** Related entries that are themselves in the public collection. */
  relatedEntryIds: Type.Array(Type.String({ format: 'uuid' })),
  peerReviews: Type.Array(
    Type.Object({
      reviewerName: Type.String(),
      reviewerAffiliation: Type.String(),
      reviewedOn: Type.String({ format: 'date' }),
      conclusion: Type.String(),
    }),
  ),
  demonstration: Type.Boolean(),
  /** "demonstration content" on the entries written for the demo, absent on real ones. */
  notice: Type.Optional(Type.Literal('demonstration content')),
  publishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  updatedAt: Type.String({ format: 'date-time' }),
  translations: Type.Array(ExportedTranslation),
});
export type ExportedEntry = Static<typeof ExportedEntry>;

/**
 * The open export of the public collection. `count` is the number of `entries` sent; it comes after
 * them in the document because the export is written as it is read, in chunks.
 */
export const PublicExport = Type.Object({
  generatedAt: Type.String({ format: 'date-time' }),
  licence: Type.String(),
  entries: Type.Array(ExportedEntry),
  count: Type.Integer(),
});
export type PublicExport = Static<typeof PublicExport>;

/** The Atom feed's and the entry page's `?lang=`: the translation to show when the entry has it. */
export const PublicLanguageQuery = Type.Object({ lang: Type.Optional(Language) });
export type PublicLanguageQuery = Static<typeof PublicLanguageQuery>;
