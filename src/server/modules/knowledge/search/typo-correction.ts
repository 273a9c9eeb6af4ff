import { sql } from 'drizzle-orm';
import type { KnowledgeLanguage } from '../../../../contracts/knowledge-taxonomy.ts';
import { queryRows, type Tx } from '../../../platform/db/database.ts';
import { MIN_WORD_LENGTH, wordKey } from './lexicon.ts';
import { hasHan } from './query-reading.ts';

// Typo tolerance: when a query finds (almost) nothing, each of its words that no public entry holds
// is replaced by the closest word of the word list (lexicon.ts, migration 0016) by trigram
// similarity, and the query is run again. The list holds only the words of public entries, so a
// suggestion never tells that a restricted entry exists; it is read through its trigram index, so a
// correction costs a few milliseconds however large the library. A word of the reader's language is
// preferred to an equally close word of another.

/** A replacement must be at least this similar (pg_trgm's similarity, 0..1). */
const MIN_SIMILARITY = 0.45;
/** What a word of the reader's own language gains over one of another language. */
const OWN_LANGUAGE_BONUS = 0.1;

/** The words of a query that may be corrected: long enough, not Chinese, not an operator. */
function correctable(word: string): boolean {
  return [...word].length >= MIN_WORD_LENGTH && !hasHan(word) && !/^(or|-.*|".*|.*")$/i.test(word);
}

/**
 * The query with each correctable word that the word list does not hold replaced by the closest
 * word it does, or null when no word changes.
 */
export async function correctQuery(
  tx: Tx,
  query: string,
  language: KnowledgeLanguage,
): Promise<string | null> {
  const words = query.split(' ');
  const candidates = [...new Set(words.filter(correctable).map(wordKey))];
  if (candidates.length === 0) return null;
  // `%` finds keys at least this similar through the trigram index; pg_trgm's default (0.3) is looser.
  await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(MIN_SIMILARITY)}, true)`);
  const rows = await queryRows<{ typed: string; word: string }>(
    tx,
    sql`select w.typed, best.word
          from unnest(string_to_array(${candidates.join(' ')}, ' ')) as w(typed)
          cross join lateral (
            select l.word
              from knowledge_lexicon l
             where l.key % w.typed
             order by similarity(l.key, w.typed)
                      + case when l.language = ${language} then ${OWN_LANGUAGE_BONUS}::float4 else 0 end desc,
                      l.uses desc, l.key
             limit 1
          ) best
         -- A word the list holds as typed is no typo.
         where not exists (select 1 from knowledge_lexicon k where k.key = w.typed)`,
  );
  const replacement = new Map(rows.map((row) => [row.typed, row.word]));
  let changed = false;
  const corrected = words.map((word) => {
    const better = correctable(word) ? replacement.get(wordKey(word)) : undefined;
    if (!better || wordKey(better) === wordKey(word)) return word;
    changed = true;
    return better;
  });
  return changed ? corrected.join(' ') : null;
}
