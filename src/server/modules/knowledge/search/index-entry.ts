import { eq, sql } from 'drizzle-orm';
import { KNOWLEDGE_LANGUAGES, type KnowledgeLanguage } from '../../../../contracts/knowledge-taxonomy.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { knowledgeEntries, knowledgeSearch, knowledgeTranslations } from '../schema.ts';
import { chineseBigrams } from './chinese-bigrams.ts';
import { entryLabels } from './entry-labels.ts';
import { TEXT_SEARCH_CONFIGURATION } from './text-search-configuration.ts';

/** Lower case, without diacritics (Latin, Cyrillic й stays): what trigram matching compares. */
export function plainText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Rebuilds the search rows of one entry, in the caller's transaction (the entry's tenant's): none
 * unless it is published and not archived; else one per language, with that language's text when
 * there is a translation and the entry's taxonomy labels in that language always (see migration
 * 0014). Call after every change that a reader of the search could notice.
 */
export async function reindexEntry(tx: Tx, entryId: string): Promise<void> {
  await tx.delete(knowledgeSearch).where(eq(knowledgeSearch.entryId, entryId));
  const [entry] = await tx.select().from(knowledgeEntries).where(eq(knowledgeEntries.id, entryId));
  if (!entry || (entry.status !== 'inspiring' && entry.status !== 'peer_reviewed')) return;
  const translations = await tx
    .select()
    .from(knowledgeTranslations)
    .where(eq(knowledgeTranslations.entryId, entryId));
  const byLanguage = new Map(translations.map((row) => [row.language, row]));
  for (const language of KNOWLEDGE_LANGUAGES) {
    const text = byLanguage.get(language);
    const labels = entryLabels(entry, language);
    const body = text
      ? [
          text.legalFramework,
          text.approach,
          text.resources,
          text.results,
          text.measurement,
          text.lessons,
          text.sustainability,
        ].join('\n')
      : '';
    const prepare = (value: string) => (language === 'zh' ? chineseBigrams(value) : value);
    const configuration = sql.raw(`'${TEXT_SEARCH_CONFIGURATION[language as KnowledgeLanguage]}'::regconfig`);
    const document = sql`
      setweight(to_tsvector(${configuration}, ${prepare(text?.title ?? '')}), 'A') ||
      setweight(to_tsvector(${configuration}, ${prepare(text?.summary ?? '')}), 'B') ||
      setweight(to_tsvector(${configuration}, ${prepare(labels)}), 'B') ||
      setweight(to_tsvector(${configuration}, ${prepare(body)}), 'C')`;
    await tx.insert(knowledgeSearch).values({
      entryId,
      tenantId: entry.tenantId,
      language,
      visibility: entry.visibility,
      audienceTenantIds: entry.audienceTenantIds,
      document,
      plain: plainText([text?.title ?? '', labels, text?.summary ?? ''].join(' ')),
    });
  }
}
