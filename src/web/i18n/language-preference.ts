import { DEFAULT_LANGUAGE, isSupportedLanguage, type LanguageCode, toSupportedLanguage } from './languages';

export const LANGUAGE_STORAGE_KEY = 'pathways.language';

/** The parts of the browser the choice depends on, passed in so the rule can be tested alone. */
export interface LanguageSources {
  storage: Pick<Storage, 'getItem'> | null;
  browserLanguages: readonly string[];
}

/** The saved choice, else the first browser language we offer, else English. */
export function pickInitialLanguage({ storage, browserLanguages }: LanguageSources): LanguageCode {
  const saved = readSaved(storage);
  if (saved) return saved;
  for (const tag of browserLanguages) {
    const match = toSupportedLanguage(tag);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}

function readSaved(storage: LanguageSources['storage']): LanguageCode | null {
  try {
    const value = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isSupportedLanguage(value) ? value : null;
  } catch (error) {
    // Storage can be refused (privacy settings, sandboxed frames); the browser language then decides.
    console.warn('Pathways: the saved language could not be read', error);
    return null;
  }
}

/** Remembers an explicit choice; a refused write only costs the user re-choosing next time. */
export function saveLanguage(code: LanguageCode, storage: Pick<Storage, 'setItem'> | null): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, code);
  } catch (error) {
    console.warn('Pathways: the language choice could not be saved', error);
  }
}

/** The browser's own sources, tolerant of environments where `localStorage` throws on access. */
export function browserLanguageSources(): LanguageSources {
  const browserLanguages = navigator.languages?.length ? navigator.languages : [navigator.language];
  return { storage: safeLocalStorage(), browserLanguages };
}

export function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch (error) {
    console.warn('Pathways: localStorage is not available', error);
    return null;
  }
}
