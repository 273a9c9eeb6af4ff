import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SearchResult } from '../../../contracts/knowledge-search';
import pageClasses from '../../app/pages/pages.module.css';
import { bidiIsolate } from '../../i18n/bidi';
import { formatNumber } from '../../i18n/format';
import { EntryCard } from './EntryCard';
import classes from './knowledge.module.css';
import { LIBRARY_ROUTES } from './library-routes';
import { hasFilters, type LibrarySearch, searchParamsOf } from './search-params';
import { useUiLanguage } from './taxonomy-names';

/** The hits of a search as cards, or what to try when there are none; with pages when there are many. */
export function SearchResults({ search, result }: { search: LibrarySearch; result: SearchResult }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const pageLink = (page: number) => LIBRARY_ROUTES.search(searchParamsOf({ ...search, page }).toString());

  if (result.total === 0 || result.hits.length === 0) {
    return (
      <div className={pageClasses.note} role="status" data-testid="library-no-results">
        <p>
          {search.q
            ? t('knowledge.results.noneFor', { query: bidiIsolate(search.q) })
            : t('knowledge.results.none')}
        </p>
        <p>{t('knowledge.results.suggestionsIntro')}</p>
        <ul className={classes.linkList}>
          {search.q && <li>{t('knowledge.results.suggestSpelling')}</li>}
          {search.q && <li>{t('knowledge.results.suggestOtherWords')}</li>}
          {hasFilters(search) && <li>{t('knowledge.results.suggestFewerFilters')}</li>}
          <li>
            <Link to={LIBRARY_ROUTES.home}>{t('knowledge.results.suggestBrowse')}</Link>
          </li>
        </ul>
      </div>
    );
  }

  return (
    <>
      <ol className={classes.resultList} data-testid="library-results">
        {result.hits.map((hit) => (
          <li key={hit.id}>
            <EntryCard entry={hit} headingLevel={2} />
          </li>
        ))}
      </ol>
      {pages > 1 && (
        <nav
          aria-label={t('knowledge.results.pagesLabel')}
          className={classes.pager}
          data-testid="library-pager"
        >
          {result.page > 1 && (
            <Link to={pageLink(result.page - 1)} rel="prev" data-testid="library-previous-page">
              {t('knowledge.results.previous')}
            </Link>
          )}
          <span data-testid="library-page-of">
            {t('knowledge.results.pageOf', {
              page: formatNumber(result.page, language),
              pages: formatNumber(pages, language),
            })}
          </span>
          {result.page < pages && (
            <Link to={pageLink(result.page + 1)} rel="next" data-testid="library-next-page">
              {t('knowledge.results.next')}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
