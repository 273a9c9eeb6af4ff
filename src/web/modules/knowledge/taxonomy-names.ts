import { useTranslation } from 'react-i18next';
import {
  KNOWLEDGE_LANGUAGES,
  type KnowledgeLanguage,
  type Names,
} from '../../../contracts/knowledge-taxonomy';

/** The interface language as one of the knowledge hub's six (they are the same six). */
export function knowledgeLanguageOf(language: string | undefined): KnowledgeLanguage {
  const primary = (language ?? 'en').toLowerCase().split('-')[0];
  return (KNOWLEDGE_LANGUAGES as readonly string[]).includes(primary ?? '')
    ? (primary as KnowledgeLanguage)
    : 'en';
}

/**
 * A code's name from one of the reference lists of knowledge-taxonomy.ts, in `language`. The names
 * are kept there (the server indexes them too), never in the web catalogues. An unknown code (a
 * newer server) shows as itself rather than as nothing.
 */
export function taxonomyName<Code extends string>(
  table: Readonly<Record<Code, Names>>,
  code: Code,
  language: string | undefined,
): string {
  const names = table[code] as Names | undefined;
  return names ? names[knowledgeLanguageOf(language)] : code;
}

/** `taxonomyName` bound to the interface language, updating when it changes. */
export function useTaxonomyName() {
  const { i18n } = useTranslation();
  const language = knowledgeLanguageOf(i18n.resolvedLanguage ?? i18n.language);
  return <Code extends string>(table: Readonly<Record<Code, Names>>, code: Code) =>
    taxonomyName(table, code, language);
}

/** The interface language, as a knowledge language. */
export function useUiLanguage(): KnowledgeLanguage {
  const { i18n } = useTranslation();
  return knowledgeLanguageOf(i18n.resolvedLanguage ?? i18n.language);
}
