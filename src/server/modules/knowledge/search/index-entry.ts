import { inArray, type SQL, sql } from 'drizzle-orm';
import { KNOWLEDGE_LANGUAGES, type KnowledgeLanguage } from '../../../../contracts/knowledge-taxonomy.ts';
import type { Tx } from '../../../platform/db/database.ts';
import {
  knowledgeEntries,
  knowledgeSearch,
  knowledgeSearchRestricted,
  knowledgeTranslations,
} from '../schema.ts';
import { chineseBigrams } from './chinese-bigrams.ts';
import { entryLabels } from './entry-labels.ts';
import { addToLexicon, lexiconWords, removeFromLexicon } from './lexicon.ts';
import { TEXT_SEARCH_CONFIGURATION } from './text-search-configuration.ts';

/** Lower case, without diacritics (й becomes и too): what trigram matching compares. */
export function plainText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

type EntryRow = typeof knowledgeEntries.$inferSelect;
type TranslationRow = typeof knowledgeTranslations.$inferSelect;

/** Rows per insert statement: six per entry, a few thousand parameters at most. */
const ROWS_PER_STATEMENT = 300;

/**
 * The search row of one entry in one language: its text in that language when it has one (title
 * weight A, summary B, the body C) and its taxonomy labels in that language always (B), analysed with
 * the language's configuration (Chinese cut into pairs first); `plain` for trigram matching.
 */
function searchRow(
  entry: EntryRow,
  language: KnowledgeLanguage,
  text: TranslationRow | undefined,
  languages: KnowledgeLanguage[],
) {
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
  const configuration = sql.raw(`'${TEXT_SEARCH_CONFIGURATION[language]}'::regconfig`);
  const document: SQL<string> = sql`
    setweight(to_tsvector(${configuration}, ${prepare(text?.title ?? '')}), 'A') ||
    setweight(to_tsvector(${configuration}, ${prepare(text?.summary ?? '')}), 'B') ||
    setweight(to_tsvector(${configuration}, ${prepare(labels)}), 'B') ||
    setweight(to_tsvector(${configuration}, ${prepare(body)}), 'C')`;
  return {
    entryId: entry.id,
    tenantId: entry.tenantId,
    language,
    visibility: entry.visibility,
    audienceTenantIds: entry.audienceTenantIds,
    document,
    plain: plainText([text?.title ?? '', labels, text?.summary ?? ''].join(' ')),
    words: lexiconWords([text?.title ?? '', labels, text?.summary ?? ''].join(' ')),
    languages,
  };
}

/**
 * Rebuilds the search rows of these entries, in the caller's transaction (their tenant's): none for
 * an entry unless it is published and not archived; else one per language (see migration 0014), in
 * `knowledge_search` for a public entry and `knowledge_search_restricted` for a restricted one
 * (0016). The word list of typo correction follows the public rows: the words of the rows taken away
 * are counted out, those of the rows added counted in. A few statements whatever the number of
 * entries (the demo seed indexes a whole library at once).
 */
export async function reindexEntries(tx: Tx, entryIds: readonly string[]): Promise<void> {
  if (entryIds.length === 0) return;
  const ids = [...entryIds];
  const removed = await tx
    .delete(knowledgeSearch)
    .where(inArray(knowledgeSearch.entryId, ids))
    .returning({ language: knowledgeSearch.language, words: knowledgeSearch.words });
  await removeFromLexicon(tx, removed);
  await tx.delete(knowledgeSearchRestricted).where(inArray(knowledgeSearchRestricted.entryId, ids));
  const entries = (await tx.select().from(knowledgeEntries).where(inArray(knowledgeEntries.id, ids))).filter(
    (entry) => entry.status === 'inspiring' || entry.status === 'peer_reviewed',
  );
  if (entries.length === 0) return;
  const translations = await tx
    .select()
    .from(knowledgeTranslations)
    .where(
      inArray(
        knowledgeTranslations.entryId,
        entries.map((entry) => entry.id),
      ),
    );
  const textOf = new Map(translations.map((row) => [`${row.entryId}:${row.language}`, row]));
  const rows = entries.flatMap((entry) => {
    const languages = KNOWLEDGE_LANGUAGES.filter((language) => textOf.has(`${entry.id}:${language}`));
    return KNOWLEDGE_LANGUAGES.map((language) =>
      searchRow(entry, language, textOf.get(`${entry.id}:${language}`), languages),
    );
  });
  const publicRows = rows.filter((row) => row.visibility === 'public');
  const restrictedRows = rows.filter((row) => row.visibility === 'restricted');
  for (let start = 0; start < publicRows.length; start += ROWS_PER_STATEMENT)
    await tx.insert(knowledgeSearch).values(publicRows.slice(start, start + ROWS_PER_STATEMENT));
  for (let start = 0; start < restrictedRows.length; start += ROWS_PER_STATEMENT)
    await tx
      .insert(knowledgeSearchRestricted)
      .values(restrictedRows.slice(start, start + ROWS_PER_STATEMENT));
  await addToLexicon(tx, publicRows);
}

/**
 * Rebuilds the search rows of one entry, in the caller's transaction (the entry's tenant's). Call
 * after every change that a reader of the search could notice.
 */
export function reindexEntry(tx: Tx, entryId: string): Promise<void> {
  return reindexEntries(tx, [entryId]);
}
