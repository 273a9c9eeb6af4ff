import type { KnowledgeLanguage } from '../../../../contracts/knowledge-taxonomy.ts';

/**
 * The PostgreSQL text search configuration of each language (stemming and stop words): all but
 * Chinese have one, in PostgreSQL 15 and in PGlite alike. Chinese uses `simple` over bigrams
 * (chinese-bigrams.ts). A constant per language, never a value from a request, so that it can be
 * written into SQL as a literal and each branch of a search can use the index.
 */
export const TEXT_SEARCH_CONFIGURATION: Readonly<Record<KnowledgeLanguage, string>> = {
  en: 'english',
  fr: 'french',
  es: 'spanish',
  ru: 'russian',
  zh: 'simple',
  ar: 'arabic',
};
