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

/** The h1 of each shell page in `language`, keyed by the page's name. */
export function headingsIn(language: LanguageCode) {
  const catalogue = CATALOGUES[language];
  return {
    home: catalogue.home.heading,
    signIn: catalogue.signIn.heading,
    notFound: catalogue.notFound.heading,
  };
}
