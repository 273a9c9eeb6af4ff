import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PUBLIC_KNOWLEDGE_PATHS } from '../../../contracts/knowledge-public';
import { THEME_NAMES } from '../../../contracts/knowledge-taxonomy';
import pageClasses from '../../app/pages/pages.module.css';
import { usePageTitle } from '../../app/pages/use-page-title';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Pending } from '../../app/ui/Pending';
import { EntryCard } from './EntryCard';
import classes from './knowledge.module.css';
import { useLibraryHome, useReader } from './knowledge-api';
import { LIBRARY_ROUTES } from './library-routes';
import { SearchBox } from './SearchBox';
import { searchFor } from './search-params';
import { useTaxonomyName, useUiLanguage } from './taxonomy-names';

/**
 * `/library`: what the library is and how to read its evidence, a search box, the featured and
 * recent entries, the themes with their counts, the feed and the open export; signed in, also
 * restricted entries and a way to propose a practice.
 */
export function LibraryHomePage() {
  const { t } = useTranslation();
  usePageTitle(t('knowledge.home.pageTitle'));
  const language = useUiLanguage();
  const name = useTaxonomyName();
  const navigate = useNavigate();
  const { signedIn } = useReader();
  const home = useLibraryHome(language);

  return (
    <Stack gap="lg" className={pageClasses.widePage} data-testid="page-library-home">
      <Title order={1}>{t('knowledge.home.heading')}</Title>
      <div className={classes.intro} data-testid="library-intro">
        <p>{t('knowledge.home.intro')}</p>
        <p>{t('knowledge.home.statuses')}</p>
        <p>{t('knowledge.home.evidence')}</p>
      </div>
      <SearchBox
        initial=""
        onSearch={(query) =>
          navigate(LIBRARY_ROUTES.search(query ? new URLSearchParams({ q: query }).toString() : ''))
        }
      />
      {signedIn && (
        <p>
          <Link to={LIBRARY_ROUTES.contribute} data-testid="library-propose">
            {t('knowledge.home.propose')}
          </Link>
        </p>
      )}
      {home.data ? (
        <>
          {home.data.featured.length > 0 && (
            <section
              className={classes.section}
              aria-labelledby="library-featured"
              data-testid="library-featured"
            >
              <h2 id="library-featured">{t('knowledge.home.featured')}</h2>
              <ul className={classes.cards}>
                {home.data.featured.map((entry) => (
                  <li key={entry.id}>
                    <EntryCard entry={entry} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section className={classes.section} aria-labelledby="library-recent" data-testid="library-recent">
            <h2 id="library-recent">{t('knowledge.home.recent')}</h2>
            {home.data.recent.length > 0 ? (
              <ul className={classes.cards}>
                {home.data.recent.map((entry) => (
                  <li key={entry.id}>
                    <EntryCard entry={entry} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className={pageClasses.note} data-testid="library-empty">
                {t('knowledge.home.empty')}
              </p>
            )}
          </section>
          <section className={classes.section} aria-labelledby="library-themes" data-testid="library-themes">
            <h2 id="library-themes">{t('knowledge.home.themes')}</h2>
            <p>{t('knowledge.home.total', { count: home.data.total })}</p>
            <ul className={classes.themeList}>
              {home.data.themes
                .filter((theme) => theme.count > 0)
                .map((theme) => (
                  <li key={theme.theme}>
                    <Link
                      to={LIBRARY_ROUTES.search(searchFor('theme', theme.theme))}
                      data-testid="library-theme-link"
                    >
                      {t('knowledge.home.themeCount', {
                        theme: name(THEME_NAMES, theme.theme),
                        count: theme.count,
                      })}
                    </Link>
                  </li>
                ))}
            </ul>
          </section>
        </>
      ) : home.isError ? (
        <LoadFailed
          title={t('knowledge.home.loadFailed')}
          error={home.error}
          onRetry={() => home.refetch()}
          testId="library-home-load-failed"
        />
      ) : (
        <Pending label={t('knowledge.home.loading')} testId="library-home-pending" />
      )}
      <section
        className={classes.section}
        aria-labelledby="library-open-data"
        data-testid="library-open-data"
      >
        <h2 id="library-open-data">{t('knowledge.home.openData')}</h2>
        <p>{t('knowledge.home.openDataIntro')}</p>
        <ul className={classes.linkList}>
          <li>
            <a href={PUBLIC_KNOWLEDGE_PATHS.feed} type="application/atom+xml" data-testid="library-feed">
              {t('knowledge.home.feed')}
            </a>
          </li>
          <li>
            <a href={PUBLIC_KNOWLEDGE_PATHS.export} type="application/json" data-testid="library-export">
              {t('knowledge.home.export')}
            </a>
          </li>
        </ul>
      </section>
    </Stack>
  );
}
