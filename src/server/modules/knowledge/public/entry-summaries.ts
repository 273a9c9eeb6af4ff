import { inArray } from 'drizzle-orm';
import type { EntrySummary } from '../../../../contracts/knowledge.ts';
import { KNOWLEDGE_LANGUAGES, type KnowledgeLanguage } from '../../../../contracts/knowledge-taxonomy.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { type knowledgeEntries, knowledgeTranslations } from '../schema.ts';

export type EntryRow = typeof knowledgeEntries.$inferSelect;
type TranslationRow = Pick<
  typeof knowledgeTranslations.$inferSelect,
  'entryId' | 'language' | 'title' | 'summary'
>;

/** The translation shown to a reader of `language`: theirs when the entry has it, else the original. */
export function shownTranslation<T extends { language: KnowledgeLanguage }>(
  translations: readonly T[],
  originalLanguage: KnowledgeLanguage,
  language: KnowledgeLanguage | undefined,
): T | undefined {
  return (
    translations.find((row) => row.language === language) ??
    translations.find((row) => row.language === originalLanguage) ??
    translations[0]
  );
}

const byLanguageOrder = (a: { language: KnowledgeLanguage }, b: { language: KnowledgeLanguage }) =>
  KNOWLEDGE_LANGUAGES.indexOf(a.language) - KNOWLEDGE_LANGUAGES.indexOf(b.language);

/** Cards of these entries (in their order), their titles and summaries in the reader's language when translated. */
export async function summariesOf(
  tx: Tx,
  rows: readonly EntryRow[],
  language: KnowledgeLanguage | undefined,
): Promise<EntrySummary[]> {
  if (rows.length === 0) return [];
  const texts: TranslationRow[] = await tx
    .select({
      entryId: knowledgeTranslations.entryId,
      language: knowledgeTranslations.language,
      title: knowledgeTranslations.title,
      summary: knowledgeTranslations.summary,
    })
    .from(knowledgeTranslations)
    .where(
      inArray(
        knowledgeTranslations.entryId,
        rows.map((row) => row.id),
      ),
    );
  const byEntry = new Map<string, TranslationRow[]>();
  for (const text of texts) byEntry.set(text.entryId, [...(byEntry.get(text.entryId) ?? []), text]);
  return rows.flatMap((row) => {
    const translations = (byEntry.get(row.id) ?? []).sort(byLanguageOrder);
    const shown = shownTranslation(translations, row.originalLanguage, language);
    // An entry always has its original translation; one without any text is not shown at all.
    if (!shown) return [];
    return [
      {
        id: row.id,
        kind: row.kind,
        status: row.status,
        visibility: row.visibility,
        title: shown.title,
        summary: shown.summary,
        language: shown.language,
        languages: translations.map((text) => text.language),
        themes: row.themes,
        evidenceLevel: row.evidenceLevel,
        region: row.region,
        country: row.country,
        demonstration: row.demonstration,
        updatedAt: row.updatedAt.toISOString(),
        publishedAt: row.publishedAt?.toISOString() ?? null,
        staleSince: row.staleSince?.toISOString() ?? null,
      },
    ];
  });
}
