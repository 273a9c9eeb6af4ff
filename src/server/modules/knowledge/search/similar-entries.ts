import { sql } from 'drizzle-orm';
import type { EntrySummary } from '../../../../contracts/knowledge.ts';
import type { KnowledgeLanguage } from '../../../../contracts/knowledge-taxonomy.ts';
import { queryRows, type Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import { type LibraryReader, visibleTo } from '../public/library-reader.ts';
import { type HitRow, presentSummary, SUMMARY_COLUMNS, shownTranslation } from './summary-row.ts';

// "More like this": the published entries the reader may see that share themes or target groups
// with the entry, most shared first, then by how close their title is to its title (trigrams, in
// the titles the reader is shown), then newest. 404 when the reader may not read the entry itself,
// exactly as for an entry that does not exist.

const codes = (values: readonly string[]) => sql`string_to_array(${values.join(',')}, ',')::text[]`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function similarEntries(
  tx: Tx,
  reader: LibraryReader,
  entryId: string,
  language: KnowledgeLanguage,
  limit: number,
): Promise<EntrySummary[]> {
  if (!UUID.test(entryId)) throw notFound();
  const [source] = await queryRows<{ themes: string[]; target_groups: string[]; title: string | null }>(
    tx,
    sql`select knowledge_entries.themes, knowledge_entries.target_groups, t.title
          from knowledge_entries
          left join lateral (${shownTranslation(sql`knowledge_entries`, language)}) t on true
         where knowledge_entries.id = ${entryId}::uuid and ${visibleTo(reader)}`,
  );
  if (!source) throw notFound();
  if (source.themes.length === 0 && source.target_groups.length === 0) return [];
  const themes = codes(source.themes);
  const groups = codes(source.target_groups);
  const rows = await queryRows<Omit<HitRow, 'score' | 'highlight'> & Record<string, unknown>>(
    tx,
    sql`select ${SUMMARY_COLUMNS},
               array(select tl.language from knowledge_translations tl
                      where tl.entry_id = knowledge_entries.id) as languages,
               t.language as shown_language, t.title, t.summary
          from knowledge_entries
          left join lateral (${shownTranslation(sql`knowledge_entries`, language)}) t on true
         where knowledge_entries.id <> ${entryId}::uuid
           and (knowledge_entries.themes && ${themes} or knowledge_entries.target_groups && ${groups})
           and ${visibleTo(reader)}
         order by cardinality(array(select unnest(knowledge_entries.themes) intersect select unnest(${themes})))
                + cardinality(array(select unnest(knowledge_entries.target_groups) intersect select unnest(${groups}))) desc,
                  similarity(coalesce(t.title, ''), ${source.title ?? ''}) desc,
                  knowledge_entries.published_at desc nulls last, knowledge_entries.id
         limit ${limit}`,
  );
  return rows.map(presentSummary);
}
