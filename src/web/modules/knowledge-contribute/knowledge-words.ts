import {
  KNOWLEDGE_LANGUAGES,
  type KnowledgeLanguage,
  type Names,
} from '../../../contracts/knowledge-taxonomy';

// Taxonomy names come from the shared reference lists (src/contracts/knowledge-taxonomy.ts), in the
// interface language: the server indexes the same names, so a reader's words match a search's.

/** The interface language as one of the library's six, English when it is not one of them. */
export function libraryLanguageOf(language: string): KnowledgeLanguage {
  const primary = language.toLowerCase().split('-')[0];
  return (KNOWLEDGE_LANGUAGES as readonly string[]).includes(primary ?? '')
    ? (primary as KnowledgeLanguage)
    : 'en';
}

/** The name of a code in the reader's language. */
export function nameIn<Code extends string>(
  table: Readonly<Record<Code, Names>>,
  code: Code,
  language: string,
): string {
  return table[code][libraryLanguageOf(language)];
}

/** Choices of a list of codes, named in the reader's language, in the list's order. */
export function codeChoices<Code extends string>(
  codes: readonly Code[],
  table: Readonly<Record<Code, Names>>,
  language: string,
) {
  return codes.map((code) => ({ value: code, label: nameIn(table, code, language) }));
}
