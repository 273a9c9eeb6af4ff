import { type SQL, sql } from 'drizzle-orm';
import { KNOWLEDGE_LANGUAGES, type KnowledgeLanguage } from '../../../../contracts/knowledge-taxonomy.ts';
import type { LibraryReader } from '../public/library-reader.ts';
import { chineseBigrams } from './chinese-bigrams.ts';
import { TEXT_SEARCH_CONFIGURATION } from './text-search-configuration.ts';

// How a query is read: once per language, with that language's text search configuration, against
// that language's rows of the index. Each branch names its configuration as a constant, so that
// PostgreSQL sees `document @@ <constant query>` and uses the GIN index on `document`. A word that is
// a stop word in one language only empties that language's branch (an empty query matches nothing
// there), never the others; a query empty in every language matches nothing rather than everything.

const HAN = /\p{Script=Han}/u;

/** Whether the query holds Chinese characters, so the Chinese (bigram) branch is worth running. */
export const hasHan = (text: string) => HAN.test(text);

/** The configuration of a language as an SQL constant (never a value from a request). */
export const configurationOf = (language: KnowledgeLanguage): SQL =>
  sql.raw(`'${TEXT_SEARCH_CONFIGURATION[language]}'::regconfig`);

/**
 * The query without the stop words of the reader's language, as an SQL expression (computed once per
 * statement). A word the reader typed as a stop word ("the", "les", "في") is dropped from every
 * branch, not only from its own: otherwise another language's branch would require it, and find it
 * in any text quoting a phrase of the reader's language. Operators (quotes, `-`, `or`) stay.
 */
function withoutReaderStopWords(query: string, readerLanguage: KnowledgeLanguage): SQL {
  return sql`(select coalesce(string_agg(t.word, ' ' order by t.position), '')
                from regexp_split_to_table(${query}, ' ') with ordinality as t(word, position)
               where t.word ~ '["-]' or lower(t.word) = 'or'
                  or to_tsvector(${configurationOf(readerLanguage)}, t.word) <> ''::tsvector)`;
}

/**
 * The text search query of one language's branch: websearch syntax ("quoted phrases", -excluded, or)
 * for languages with a configuration, without the reader's stop words when the reader's language is
 * given; for Chinese, the query cut into overlapping pairs, all of them required (chineseTsquery).
 */
export function tsqueryOf(
  language: KnowledgeLanguage,
  query: string,
  readerLanguage?: KnowledgeLanguage,
): SQL {
  if (language === 'zh') return chineseTsquery(query);
  const text = readerLanguage ? withoutReaderStopWords(query, readerLanguage) : sql`${query}`;
  return sql`websearch_to_tsquery(${configurationOf(language)}, ${text})`;
}

/**
 * The Chinese branch's query: the query's pairs, all required; a lone Han character (a run of one,
 * which has no pair) as a prefix, so that 监 finds the pairs it begins (监狱, 监管). A character found
 * only at the end of a run (狱 in 监狱) is not found alone: the index holds pairs, not characters.
 */
function chineseTsquery(query: string): SQL {
  const cut = chineseBigrams(query)
    .split(' ')
    .filter((token) => token !== '');
  const lone = cut.filter((token) => [...token].length === 1 && hasHan(token));
  const rest = cut.filter((token) => !lone.includes(token)).join(' ');
  const pairs = sql`plainto_tsquery('simple'::regconfig, ${rest})`;
  if (lone.length === 0) return pairs;
  const prefixes = sql`to_tsquery('simple'::regconfig, ${lone.map((character) => `${character}:*`).join(' & ')})`;
  return rest === '' ? prefixes : sql`(${pairs} && ${prefixes})`;
}

/** The languages whose branch a query runs in: all but Chinese, and Chinese when it has Han characters. */
export function branchLanguages(query: string): KnowledgeLanguage[] {
  return KNOWLEDGE_LANGUAGES.filter((language) => language !== 'zh' || hasHan(query));
}

/** How much more an entry scores when the query matched it in the reader's own language. */
export const READER_LANGUAGE_BOOST = 1.5;

/**
 * How the words of a query combine: `all` of them (the usual reading), or `any` of them, for a
 * query whose every word was not found together (an entry with all the words still ranks first).
 */
export type Matching = 'all' | 'any';

/**
 * The query with its words or-ed: the same lexemes, `|` for `&`. A query with an exclusion
 * (`-word`, a `!` in the tsquery) keeps its reading, since `a | !b` would match nearly everything.
 */
const anyOf = (tsquery: SQL) =>
  sql`(case when strpos(${tsquery}::text, '!') = 0 then replace(${tsquery}::text, ' & ', ' | ')::tsquery else ${tsquery} end)`;

/**
 * The index tables a reader's search reads (migration 0016): the public rows for anyone; for a
 * signed-in member, the restricted rows too (row-level security and `visibleTo` narrow them).
 */
function indexTables(reader: LibraryReader): SQL[] {
  const tables = [sql.raw('knowledge_search')];
  if (reader.kind === 'member') tables.push(sql.raw('knowledge_search_restricted'));
  return tables;
}

/**
 * The matched entries with their score: per entry, the best branch's cover-density rank (normalised
 * to 0..1 by `rank / (rank + 1)`, flag 32), boosted when that branch is the reader's language, and
 * doubled, when any word sufficed, for the rows holding them all.
 */
export function matchedEntries(
  reader: LibraryReader,
  query: string,
  readerLanguage: KnowledgeLanguage,
  matching: Matching = 'all',
): SQL {
  const branches = indexTables(reader).flatMap((table) =>
    branchLanguages(query).map((language) => branch(table, language, query, readerLanguage, matching)),
  );
  return sql`select b.entry_id, max(b.score)::float8 as score, max(b.languages) as languages
               from (${sql.join(branches, sql` union all `)}) b
              group by b.entry_id`;
}

/** One table's rows of one language, matched with that language's configuration. */
function branch(
  table: SQL,
  language: KnowledgeLanguage,
  query: string,
  readerLanguage: KnowledgeLanguage,
  matching: Matching,
): SQL {
  const all = tsqueryOf(language, query, readerLanguage);
  const boost = sql.raw(String(language === readerLanguage ? READER_LANGUAGE_BOOST : 1));
  const row = sql`s.language = ${sql.raw(`'${language}'`)}`;
  if (matching === 'all')
    return sql`select s.entry_id, s.languages, ts_rank_cd(s.document, ${all}, 32) * ${boost} as score
                 from ${table} s
                where ${row} and s.document @@ ${all}`;
  const any = anyOf(all);
  return sql`select s.entry_id, s.languages,
                    ts_rank_cd(s.document, ${any}, 32) * ${boost} * (case when s.document @@ ${all} then 2 else 1 end) as score
               from ${table} s
                where ${row} and s.document @@ ${any}`;
}

/** The configuration of a row's language, chosen in SQL (for the highlight of the shown translation). */
export function configurationOfColumn(column: SQL): SQL {
  const cases = KNOWLEDGE_LANGUAGES.map(
    (language) => sql`when ${sql.raw(`'${language}'`)} then ${configurationOf(language)}`,
  );
  return sql`(case ${column} ${sql.join(cases, sql` `)} end)`;
}

/** What a query is normalised to before it is read or logged: one line, trimmed, single spaces. */
export function normaliseQuery(raw: string | undefined): string {
  return (raw ?? '').replace(/[\p{Cc}\s]+/gu, ' ').trim();
}
