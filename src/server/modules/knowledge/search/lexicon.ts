import { sql } from 'drizzle-orm';
import type { KnowledgeLanguage } from '../../../../contracts/knowledge-taxonomy.ts';
import type { Tx } from '../../../platform/db/database.ts';

// The word list typo correction chooses from (migration 0016): the words of public entries' titles,
// summaries and taxonomy names, per language, with how many index rows hold each. The indexer counts
// a row's words in when it adds the row and out when it takes it away, so a word leaves the list with
// the last public entry that used it.

/** Shorter words are not corrected (too few trigrams), so they are not listed either. */
export const MIN_WORD_LENGTH = 4;
const MAX_WORD_LENGTH = 100;
const HAN = /\p{Script=Han}/u;

/** Lower case, without diacritics: the key trigrams compare (the same as the search's `plain`). */
export function wordKey(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The distinct words of a text worth listing: letters and digits, four or more, no Chinese. */
export function lexiconWords(text: string): string[] {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => {
      const length = [...word].length;
      return length >= MIN_WORD_LENGTH && length <= MAX_WORD_LENGTH && !HAN.test(word);
    });
  return [...new Set(words)];
}

interface RowWords {
  language: KnowledgeLanguage;
  words: string[];
}

/** How many rows hold each (language, key), with one spelling of it, in a stable order (lock order). */
function tally(rows: readonly RowWords[]) {
  const counts = new Map<string, { language: KnowledgeLanguage; key: string; word: string; uses: number }>();
  for (const row of rows) {
    const keys = new Set<string>();
    for (const word of row.words) {
      const key = wordKey(word);
      if (key === '' || keys.has(key)) continue;
      keys.add(key);
      const id = `${row.language}\u0000${key}`;
      const known = counts.get(id);
      if (known) known.uses += 1;
      else counts.set(id, { language: row.language, key, word, uses: 1 });
    }
  }
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, value]) => value);
}

// One parameter per list, not one per value (the query builder spreads an array into a tuple): the
// values joined by the unit separator, which no listed word holds (words are letters and digits).
const textArray = (values: readonly string[]) => sql`string_to_array(${values.join('\u001f')}, chr(31))`;
const intArray = (values: readonly number[]) => sql`string_to_array(${values.join(',')}, ',')::int[]`;

/** Counts in the words of rows just added to the public index. */
export async function addToLexicon(tx: Tx, rows: readonly RowWords[]): Promise<void> {
  const words = tally(rows);
  if (words.length === 0) return;
  await tx.execute(sql`
    insert into knowledge_lexicon (language, key, word, uses)
    select w.language, w.key, w.word, w.uses
      from unnest(${textArray(words.map((w) => w.language))}, ${textArray(words.map((w) => w.key))},
                  ${textArray(words.map((w) => w.word))}, ${intArray(words.map((w) => w.uses))})
           as w(language, key, word, uses)
    on conflict (language, key) do update set uses = knowledge_lexicon.uses + excluded.uses`);
}

/** Counts out the words of rows just taken from the public index; a word no row holds leaves. */
export async function removeFromLexicon(tx: Tx, rows: readonly RowWords[]): Promise<void> {
  const words = tally(rows);
  if (words.length === 0) return;
  const removed = sql`unnest(${textArray(words.map((w) => w.language))}, ${textArray(words.map((w) => w.key))},
                             ${intArray(words.map((w) => w.uses))}) as w(language, key, uses)`;
  await tx.execute(sql`
    delete from knowledge_lexicon l
     using ${removed}
     where l.language = w.language and l.key = w.key and l.uses <= w.uses`);
  await tx.execute(sql`
    update knowledge_lexicon l
       set uses = l.uses - w.uses
      from ${removed}
     where l.language = w.language and l.key = w.key`);
}
