import { type SQL, sql } from 'drizzle-orm';
import type { EntrySummary } from '../../../../contracts/knowledge.ts';
import type { SearchHit } from '../../../../contracts/knowledge-search.ts';
import type {
  EntryKind,
  EntryStatus,
  EvidenceLevel,
  KnowledgeLanguage,
  Region,
  Theme,
} from '../../../../contracts/knowledge-taxonomy.ts';

// An entry as a search lists it: the columns read from knowledge_entries, the translation shown
// (the reader's language when the entry has it, else the original), and the presenter to the
// contract's EntrySummary / SearchHit.

/** The entry's columns a summary needs, from `knowledge_entries` (not aliased: visibleTo names it). */
export const SUMMARY_COLUMNS = sql`knowledge_entries.id, knowledge_entries.kind, knowledge_entries.status,
  knowledge_entries.visibility, knowledge_entries.original_language, knowledge_entries.themes,
  knowledge_entries.target_groups, knowledge_entries.region, knowledge_entries.country,
  knowledge_entries.evidence_level, knowledge_entries.demonstration, knowledge_entries.updated_at,
  knowledge_entries.published_at, knowledge_entries.stale_since`;

/**
 * The translation shown for the entry row `entry` (an alias with id and original_language): in
 * `language` when there is one, else the original. Used as `left join lateral (…) t on true`.
 */
export function shownTranslation(entry: SQL, language: KnowledgeLanguage): SQL {
  return sql`select tr.language, tr.title, tr.summary, tr.approach, tr.results, tr.lessons
               from knowledge_translations tr
              where tr.entry_id = ${entry}.id and tr.language in (${language}, ${entry}.original_language)
              order by (tr.language = ${language}) desc
              limit 1`;
}

/** A row as the search statements return it (timestamps as text through JSON, else as Date). */
export interface HitRow {
  id: string;
  kind: EntryKind;
  status: EntryStatus;
  visibility: 'public' | 'restricted';
  original_language: KnowledgeLanguage;
  themes: Theme[];
  region: Region | null;
  country: string | null;
  evidence_level: EvidenceLevel;
  demonstration: boolean;
  updated_at: string | Date;
  published_at: string | Date | null;
  stale_since: string | Date | null;
  languages: KnowledgeLanguage[];
  score: number;
  shown_language: KnowledgeLanguage | null;
  title: string | null;
  summary: string | null;
  highlight: string | null;
}

const iso = (time: string | Date) => new Date(time).toISOString();
const isoOrNull = (time: string | Date | null) => (time === null ? null : iso(time));

export function presentSummary(row: Omit<HitRow, 'score' | 'highlight'>): EntrySummary {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    visibility: row.visibility,
    title: row.title ?? '',
    summary: row.summary ?? '',
    language: row.shown_language ?? row.original_language,
    languages: [...row.languages].sort(),
    themes: row.themes,
    evidenceLevel: row.evidence_level,
    region: row.region,
    country: row.country,
    demonstration: row.demonstration,
    updatedAt: iso(row.updated_at),
    publishedAt: isoOrNull(row.published_at),
    staleSince: isoOrNull(row.stale_since),
  };
}

export function presentHit(row: HitRow): SearchHit {
  return {
    ...presentSummary(row),
    ...(row.highlight === null ? {} : { highlight: row.highlight }),
    score: Math.round(row.score * 10000) / 10000,
  };
}
