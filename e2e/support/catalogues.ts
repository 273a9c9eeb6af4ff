import { IntlMessageFormat } from 'intl-messageformat';
import ar from '../../src/web/locales/ar.json' with { type: 'json' };
import en from '../../src/web/locales/en.json' with { type: 'json' };
import es from '../../src/web/locales/es.json' with { type: 'json' };
import fr from '../../src/web/locales/fr.json' with { type: 'json' };
import ru from '../../src/web/locales/ru.json' with { type: 'json' };
import zh from '../../src/web/locales/zh.json' with { type: 'json' };
import type { LanguageCode } from '../pages/ShellPage.ts';

type Catalogue = typeof en;

/** The web app's own message catalogues: a test expects the words the app ships, not a copy of them. */
export const CATALOGUES: Record<LanguageCode, Catalogue> = { en, fr, es, ru, zh, ar };

/** A message of `language` with its arguments filled in, formatted as the app formats it (ICU). */
export function formatMessage(
  language: LanguageCode,
  pick: (catalogue: Catalogue) => string,
  values: Record<string, string | number>,
): string {
  return String(new IntlMessageFormat(pick(CATALOGUES[language]), language).format(values));
}

/** Text as the app sets it inside a translated sentence: between Unicode isolates (src/web/i18n/bidi.ts). */
export const isolated = (text: string) => `\u2068${text}\u2069`;

/** The h1 of each page in `language`, keyed by the page's name; the role home greets `displayName`. */
export function headingsIn(language: LanguageCode, displayName = '') {
  const catalogue = CATALOGUES[language];
  return {
    home: catalogue.home.heading,
    signIn: catalogue.signIn.heading,
    notFound: catalogue.notFound.heading,
    roleHome: formatMessage(language, (messages) => messages.roleHome.welcome, {
      name: isolated(displayName),
    }),
    sessions: catalogue.sessions.heading,
  };
}
