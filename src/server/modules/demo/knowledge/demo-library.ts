import type { DemoKnowledgeEntry, SearchQualityQuery } from './demo-entry.ts';
import { DEMO_ENTRIES_AR } from './entries-ar.ts';
import { DEMO_ENTRIES_EN } from './entries-en.ts';
import { DEMO_ENTRIES_ES } from './entries-es.ts';
import { DEMO_ENTRIES_FR } from './entries-fr.ts';
import { DEMO_ENTRIES_RU } from './entries-ru.ts';
import { DEMO_ENTRIES_ZH } from './entries-zh.ts';
import { SEARCH_QUERIES_AR } from './queries-ar.ts';
import { SEARCH_QUERIES_EN } from './queries-en.ts';
import { SEARCH_QUERIES_ES } from './queries-es.ts';
import { SEARCH_QUERIES_FR } from './queries-fr.ts';
import { SEARCH_QUERIES_RU } from './queries-ru.ts';
import { SEARCH_QUERIES_ZH } from './queries-zh.ts';

/** The demo library: every demonstration entry, in the six languages they were written in. */
export const DEMO_ENTRIES: readonly DemoKnowledgeEntry[] = [
  ...DEMO_ENTRIES_EN,
  ...DEMO_ENTRIES_FR,
  ...DEMO_ENTRIES_ES,
  ...DEMO_ENTRIES_RU,
  ...DEMO_ENTRIES_ZH,
  ...DEMO_ENTRIES_AR,
];

/** The search-quality set (test/knowledge/search-quality.test.ts): queries with the entries that answer them. */
export const SEARCH_QUERIES: readonly SearchQualityQuery[] = [
  ...SEARCH_QUERIES_EN,
  ...SEARCH_QUERIES_FR,
  ...SEARCH_QUERIES_ES,
  ...SEARCH_QUERIES_RU,
  ...SEARCH_QUERIES_ZH,
  ...SEARCH_QUERIES_AR,
];
