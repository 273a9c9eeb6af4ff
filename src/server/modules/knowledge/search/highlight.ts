import { type SQL, sql } from 'drizzle-orm';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../../contracts/knowledge-search.ts';
import { KNOWLEDGE_LANGUAGES } from '../../../../contracts/knowledge-taxonomy.ts';
import { chineseBigrams } from './chinese-bigrams.ts';
import { configurationOfColumn, tsqueryOf } from './query-reading.ts';

// The passage shown under a hit, with the matched words between the private-use markers of the
// contract (never HTML: the web app renders the markers as <mark> and everything else as text).
// Markers already in the text are removed first, so that text cannot fake a highlight.

const MARKERS = `${HIGHLIGHT_START}${HIGHLIGHT_END}`;
const MARKER_PATTERN = new RegExp(`[${MARKERS}]`, 'gu');

/** The text without any highlight marker. */
export const withoutMarkers = (text: string) => text.replace(MARKER_PATTERN, '');

const HEADLINE_OPTIONS = [
  `StartSel="${HIGHLIGHT_START}"`,
  `StopSel="${HIGHLIGHT_END}"`,
  'MaxWords=30',
  'MinWords=12',
  'ShortWord=2',
  'MaxFragments=2',
  'FragmentDelimiter=" … "',
].join(', ');

/**
 * `ts_headline` of the shown translation (alias t: summary, then approach, results and lessons),
 * read with its own language's configuration and the query as that language reads it. Chinese is
 * marked in JavaScript instead (chineseHighlight): its text has no spaces for ts_headline to cut.
 */
export function headlineOf(query: string): SQL {
  const text = sql`translate(concat_ws(E'\n', t.summary, t.approach, t.results, t.lessons), ${MARKERS}, '')`;
  const queries = KNOWLEDGE_LANGUAGES.filter((language) => language !== 'zh').map(
    (language) => sql`when ${sql.raw(`'${language}'`)} then ${tsqueryOf(language, query)}`,
  );
  return sql`case when t.language = 'zh' or t.language is null then null
                  else ts_headline(${configurationOfColumn(sql`t.language`)}, ${text},
                                   (case t.language ${sql.join(queries, sql` `)} end), ${HEADLINE_OPTIONS})
             end`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PASSAGE = 160;

/**
 * A Chinese summary with the query's Chinese words marked: each run of Han characters of the query,
 * and each of its two-character pairs (what the index matched), longest first; a passage of about
 * 160 characters around the first mark. Null when nothing of the query is in it.
 */
export function chineseHighlight(summary: string, query: string): string | null {
  const runs = query.match(/\p{Script=Han}+/gu) ?? [];
  const terms = new Set<string>();
  for (const run of runs) {
    // A lone character is marked where it stands, as the search found it (a pair it begins).
    terms.add(run);
    for (const pair of chineseBigrams(run).trim().split(/\s+/)) if ([...pair].length === 2) terms.add(pair);
  }
  if (terms.size === 0) return null;
  const text = withoutMarkers(summary);
  const pattern = new RegExp(
    [...terms]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    'gu',
  );
  const first = text.search(pattern);
  if (first < 0) return null;
  const start = Math.max(0, first - PASSAGE / 4);
  const passage = text.slice(start, start + PASSAGE);
  const marked = passage.replace(pattern, (found) => `${HIGHLIGHT_START}${found}${HIGHLIGHT_END}`);
  return `${start > 0 ? '…' : ''}${marked}${start + PASSAGE < text.length ? '…' : ''}`;
}
