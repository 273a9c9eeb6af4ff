import { IntlMessageFormat } from 'intl-messageformat';
import { type Catalogue, CATALOGUES as WEB_CATALOGUES } from '../../src/web/locales/catalogues.ts';
import type { LanguageCode } from '../pages/ShellPage.ts';

/** The web app's own message catalogues: a test expects the words the app ships, not a copy of them. */
export const CATALOGUES: Record<LanguageCode, Catalogue> = WEB_CATALOGUES;

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
