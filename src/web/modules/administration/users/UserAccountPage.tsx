import { Anchor, Stack, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../../../app/api/api-error';
import pageClasses from '../../../app/pages/pages.module.css';
import { usePageTitle } from '../../../app/pages/use-page-title';
import { useSession } from '../../../app/session/session-query';
import { LoadFailed } from '../../../app/ui/LoadFailed';
import { Notice } from '../../../app/ui/Notice';
import { Pending } from '../../../app/ui/Pending';
import { bidiIsolate } from '../../../i18n/bidi';
import { AccountAccessPanel } from './AccountAccessPanel';
import { AccountDetails } from './AccountDetails';
import type { CreatedState } from './CreateUserPage';
import { RenameForm } from './RenameForm';
import { RoleSummary } from './RoleSummary';
import { RolesForm } from './RolesForm';
import { grantsOf } from './role-grants';
import { useRoleWords } from './role-words';
import { emptyScopeDirectory, scopeDirectoryOf } from './scope-directory';
import { useManagedUser, usePlaces } from './user-queries';
import { USER_ADMIN_ROUTES } from './user-types';
import classes from './users.module.css';

/**
 * `/admin/users/:userId`: one account, and what the signed-in user may do with it — rename,
 * change roles, deactivate or reactivate — each offered only when the account's `actions` allow it.
 */
export function UserAccountPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('administration.users.account.pageTitle'));
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { userId = '' } = useParams();
  const location = useLocation();
  const justCreated = (location.state as CreatedState | null)?.created === true;
  const { data: session } = useSession();
  const found = useManagedUser(userId);
  const tenantWide = session ? grantsOf(session).tenantWide : false;
  const places = usePlaces(tenantWide);
  const scopes = session
    ? scopeDirectoryOf(session, { ...places, accounts: found.data ? [found.data] : [] }, language)
    : emptyScopeDirectory();
  const words = useRoleWords(scopes);
  const rolesHeadingId = useId();

  if (!session) return null;
  const account = found.data;
  const back = (
    <Anchor component={Link} to={USER_ADMIN_ROUTES.list} data-testid="back-to-users">
      {t('administration.users.backToList')}
    </Anchor>
  );

  if (!account) {
    return (
      <Stack gap="lg" data-testid="page-user-account-unavailable" className={pageClasses.page}>
        {back}
        <Title order={1}>{t('administration.users.account.pageTitle')}</Title>
        {found.error instanceof ApiError && found.error.status === 404 ? (
          <Notice
            tone="error"
            role="status"
            title={t('administration.users.account.notFoundTitle')}
            data-testid="account-not-found"
          >
            <p>{t('administration.users.errors.gone')}</p>
          </Notice>
        ) : found.isError ? (
          <LoadFailed
            title={t('administration.users.account.loadFailedTitle')}
            error={found.error}
            onRetry={() => found.refetch()}
            testId="account-load-failed"
          />
        ) : (
          <Pending label={t('administration.users.account.loading')} />
        )}
      </Stack>
    );
  }

  const grants = grantsOf(session);
  const ownAccount = account.id === session.user.id;
  const mayUpdate = account.actions.includes('update');
  const mayChangeRoles = account.actions.includes('change_roles');
  return (
    <Stack gap="lg" data-testid="page-user-account" data-user-id={account.id} className={pageClasses.page}>
      {back}
      <Title order={1}>
        <bdi>{account.displayName}</bdi>
      </Title>
      {justCreated && (
        <Notice
          tone="info"
          role="status"
          title={t('administration.users.account.createdTitle')}
          data-testid="account-created"
        >
          <p>{t('administration.users.account.createdText', { name: bidiIsolate(account.displayName) })}</p>
        </Notice>
      )}
      <AccountDetails account={account} />
      {!mayUpdate && !mayChangeRoles && (
        <Notice
          tone="info"
          role="status"
          title={t('administration.users.account.readOnlyTitle')}
          data-testid="account-read-only"
        >
          <p>{t('administration.users.account.readOnly')}</p>
        </Notice>
      )}
      {mayUpdate && <RenameForm account={account} />}
      {mayChangeRoles ? (
        <RolesForm account={account} grants={grants} directory={scopes} ownAccount={ownAccount} />
      ) : (
        <section className={classes.section} aria-labelledby={rolesHeadingId}>
          <Title order={2} id={rolesHeadingId} size="h3" mb="sm">
            {t('administration.users.account.rolesHeading')}
          </Title>
          <RoleSummary roles={account.roles} words={words} />
        </section>
      )}
      {mayUpdate && <AccountAccessPanel account={account} ownAccount={ownAccount} />}
    </Stack>
  );
}
