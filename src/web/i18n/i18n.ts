import i18next, { type i18n as I18n } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { CATALOGUES } from '../locales/catalogues';
import { DEFAULT_LANGUAGE, type LanguageCode, SUPPORTED_LANGUAGES } from './languages';

// The catalogues are small, so all six ship in the bundle: switching language never waits on the network.
export const resources = {
  en: { translation: CATALOGUES.en },
  fr: { translation: CATALOGUES.fr },
  es: { translation: CATALOGUES.es },
  ru: { translation: CATALOGUES.ru },
  zh: { translation: CATALOGUES.zh },
  ar: { translation: CATALOGUES.ar },
} as const;

/**
 * A fresh, initialised i18next instance using ICU MessageFormat (plurals, selects) for every message.
 * One per app (and one per test), handed to React through `I18nextProvider`.
 */
export function createI18n(language: LanguageCode): I18n {
  const instance = i18next.createInstance();
  instance
    .use(new ICU())
    .use(initReactI18next)
    .init({
      resources,
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: SUPPORTED_LANGUAGES.map((entry) => entry.code),
      // Resources are bundled, so initialisation completes synchronously before the first render.
      initAsync: false,
      // React escapes text itself.
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
      returnNull: false,
    })
    .catch((error: unknown) => {
      console.error('Pathways: i18n initialisation failed', error);
    });
  return instance;
}
