import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import pageClasses from '../../app/pages/pages.module.css';
import { usePageTitle } from '../../app/pages/use-page-title';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Pending } from '../../app/ui/Pending';
import { bidiIsolate } from '../../i18n/bidi';
import classes from './knowledge.module.css';
import { exportHref, useLibrarySearch, useReader } from './knowledge-api';
import { LIBRARY_ROUTES } from './library-routes';
import { SearchBox } from './SearchBox';
import { SearchFacets } from './SearchFacets';
import { SearchResults } from './SearchResults';
import { type LibrarySearch, searchOf, searchParamsOf, toggleFilter, withoutFilters } from './search-params';
import { useUiLanguage } from './taxonomy-names';

/**
 * `/library/search?q=…&theme=…`: the words and the ticked facets live in the address, so a search can
 * be shared and the back button undoes a tick. Signed out it asks the public search; signed in, the
 * reader's own (restricted entries too), with an export of the result.
 */
export function LibrarySearchPage() {
  const { t } = useTranslation();
  usePageTitle(t('knowledge.search.pageTitle'));
  const language = useUiLanguage();
  const [params, setParams] = useSearchParams();
  const search = searchOf(params);
  const { signedIn } = useReader();
  const result = useLibrarySearch(search, language);
  // Each change is a new history entry: "back" returns to the search before it.
  const go = (next: LibrarySearch) => setParams(searchParamsOf(next));

  return (
    <Stack gap="lg" className={pageClasses.widePage} data-testid="page-library-search">
      <Title order={1}>{t('knowledge.search.heading')}</Title>
      <p>
        <Link to={LIBRARY_ROUTES.home}>{t('knowledge.search.backToLibrary')}</Link>
      </p>
      <SearchBox initial={search.q} onSearch={(q) => go({ ...search, q, page: 1 })} />
      {result.data ? (
        <div className={classes.searchLayout}>
          <SearchFacets
            search={search}
            facets={result.data.facets}
            onToggle={(facet, value) => go(toggleFilter(search, facet, value))}
            onClear={() => go(withoutFilters(search))}
          />
          <section aria-label={t('knowledge.results.label')} className={classes.entryHeader}>
            <div className={classes.resultsHeader}>
              <p role="status" data-testid="library-result-count">
                {t('knowledge.results.count', { count: result.data.total })}
              </p>
              {signedIn && result.data.total > 0 && (
                <p data-testid="library-export-results">
                  {t('knowledge.results.export')}{' '}
                  <a href={exportHref(search, language, 'csv')} download data-testid="library-export-csv">
                    {t('knowledge.results.exportCsv')}
                  </a>{' '}
                  <a href={exportHref(search, language, 'json')} download data-testid="library-export-json">
                    {t('knowledge.results.exportJson')}
                  </a>
                </p>
              )}
            </div>
            {result.data.correctedQuery && (
              <p data-testid="library-corrected-query">
                {t('knowledge.results.correctedQuery', { query: bidiIsolate(result.data.correctedQuery) })}
              </p>
            )}
            <SearchResults search={search} result={result.data} />
          </section>
        </div>
      ) : result.isError ? (
        <LoadFailed
          title={t('knowledge.search.loadFailed')}
          error={result.error}
          onRetry={() => result.refetch()}
          testId="library-search-load-failed"
        />
      ) : (
        <Pending label={t('knowledge.search.loading')} testId="library-search-pending" />
      )}
    </Stack>
  );
}
