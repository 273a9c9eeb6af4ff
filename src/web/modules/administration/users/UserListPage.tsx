import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ROLES } from '../../../../contracts/identity';
import { describeRequestError } from '../../../app/api/error-message';
import pageClasses from '../../../app/pages/pages.module.css';
import { usePageTitle } from '../../../app/pages/use-page-title';
import { useSession } from '../../../app/session/session-query';
import { LoadFailed } from '../../../app/ui/LoadFailed';
import { Notice } from '../../../app/ui/Notice';
import { Pending } from '../../../app/ui/Pending';
import { bidiIsolate } from '../../../i18n/bidi';
import { type ListFilters, listFiltersFrom, matchesLocally, paramsOf, serverFiltersOf } from './list-filters';
import { grantsOf } from './role-grants';
import { useRoleWords } from './role-words';
import { emptyScopeDirectory, scopeDirectoryOf } from './scope-directory';
import { UserFilters } from './UserFilters';
import { UsersTable } from './UsersTable';
import { usePlaces, useUserList } from './user-queries';
import { USER_ADMIN_ROUTES } from './user-types';
import classes from './users.module.css';

/**
 * `/admin/users`: the accounts the signed-in administrator or coordinator may see, a page at a time,
 * with search and filters; each name leads to the account's page.
 */
export function UserListPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('administration.users.list.pageTitle'));
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { data: session } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = listFiltersFrom(params);
  const grants = session ? grantsOf(session) : null;
  const list = useUserList(serverFiltersOf(filters));
  // Administrators filter by any organisation of the tenant, and see every place named.
  const places = usePlaces(grants?.tenantWide === true);
  const loaded = list.data?.pages.flatMap((page) => page.items) ?? [];
  const scopes = session
    ? scopeDirectoryOf(session, { ...places, accounts: loaded }, language)
    : emptyScopeDirectory();
  const words = useRoleWords(scopes);

  if (!session || !grants) return null;
  const shown = loaded.filter((account) => matchesLocally(account, filters, language));
  const narrowed = filters.search.trim() !== '' || filters.role !== '';
  const changeFilters = (next: ListFilters) => setParams(paramsOf(next), { replace: true });

  return (
    <Stack gap="lg" data-testid="page-user-administration" className={pageClasses.widePage}>
      <div className={classes.listHeader}>
        <Title order={1}>{t('administration.users.list.heading')}</Title>
        {grants.roles.length > 0 && (
          <Button component={Link} to={USER_ADMIN_ROUTES.create} size="md" data-testid="create-user-link">
            {t('administration.users.list.create')}
          </Button>
        )}
      </div>
      <Text>
        {grants.tenantWide
          ? t('administration.users.list.introAdministrator', { tenant: bidiIsolate(session.tenant.name) })
          : t('administration.users.list.introCoordinator', {
              organisation: bidiIsolate(session.organisation.name),
            })}
      </Text>
      <UserFilters
        filters={filters}
        onChange={changeFilters}
        roles={ROLES}
        words={words}
        organisations={grants.tenantWide ? scopes.organisations : []}
      />
      {list.data ? (
        <>
          <p role="status" data-testid="users-summary">
            {t('administration.users.list.summary', { count: shown.length })}
            {list.hasNextPage && narrowed ? ` ${t('administration.users.list.moreToLoad')}` : ''}
          </p>
          {shown.length > 0 ? (
            <UsersTable accounts={shown} words={words} />
          ) : (
            <p data-testid="users-no-match">
              {loaded.length === 0
                ? t('administration.users.list.empty')
                : t('administration.users.list.noMatch')}
            </p>
          )}
          {list.hasNextPage && (
            <Button
              variant="outline"
              size="md"
              className={classes.action}
              onClick={() => list.fetchNextPage()}
              loading={list.isFetchingNextPage}
              data-testid="users-load-more"
            >
              {t('administration.users.list.loadMore')}
            </Button>
          )}
          {list.isFetchNextPageError && (
            <Notice tone="error" title={t('administration.users.list.loadFailedTitle')}>
              <p>{describeRequestError(list.error, t, language)}</p>
            </Notice>
          )}
        </>
      ) : list.isError ? (
        <LoadFailed
          title={t('administration.users.list.loadFailedTitle')}
          error={list.error}
          onRetry={() => list.refetch()}
          testId="users-load-failed"
        />
      ) : (
        <Pending label={t('administration.users.list.loading')} />
      )}
    </Stack>
  );
}
