import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Translation } from '../../../contracts/knowledge';
import { LANGUAGE_NAMES } from '../../../contracts/knowledge-taxonomy';
import classes from './knowledge.module.css';
import { LIBRARY_ROUTES } from './library-routes';
import { TranslationOrigin } from './TranslationOrigin';

/**
 * The languages an entry is written in, each a link named in its own script (so that a reader finds
 * their language whatever the interface's), the one shown marked `aria-current`; each says how the
 * translation was made.
 */
export function EntryLanguageSwitch({
  entryId,
  translations,
  shown,
}: {
  entryId: string;
  translations: readonly Translation[];
  shown: Translation;
}) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('knowledge.entry.languagesLabel')} data-testid="entry-languages">
      <ul className={classes.languageSwitch}>
        {translations.map((translation) => {
          const current = translation.language === shown.language;
          return (
            <li key={translation.language}>
              <Link
                to={LIBRARY_ROUTES.entry(entryId, translation.language)}
                aria-current={current ? 'page' : undefined}
                data-testid={`entry-language-${translation.language}`}
              >
                <span lang={translation.language}>{LANGUAGE_NAMES[translation.language]}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      <p data-testid="entry-shown-origin">
        {t('knowledge.entry.shownOrigin')} <TranslationOrigin translation={shown} />
      </p>
    </nav>
  );
}
