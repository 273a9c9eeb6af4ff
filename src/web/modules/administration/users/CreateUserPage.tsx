import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import pageClasses from '../../../app/pages/pages.module.css';
import { usePageTitle } from '../../../app/pages/use-page-title';
import { useSession } from '../../../app/session/session-query';
import { LoadFailed } from '../../../app/ui/LoadFailed';
import { Notice } from '../../../app/ui/Notice';
import { Pending } from '../../../app/ui/Pending';
import { CreateUserForm } from './CreateUserForm';
import { grantsOf } from './role-grants';
import { scopeDirectoryOf } from './scope-directory';
import { usePlaces } from './user-queries';
import { type ManagedUser, USER_ADMIN_ROUTES } from './user-types';

/** What the account page says after arriving from here. */
export interface CreatedState {
  created: true;
}

/**
 * `/admin/users/new`: a new account. Administrators choose its organisation; a coordinator's
 * accounts belong to the organisation they coordinate. Once created, the account's page opens.
 */
export function CreateUserPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('administration.users.create.pageTitle'));
  const language = i18n.resolvedLanguage ?? i18n.language;
  const headingId = useId();
  const navigate = useNavigate();
  const { data: session } = useSession();
  const grants = session ? grantsOf(session) : null;
  // Administrators choose among the tenant's organisations and facilities.
  const places = usePlaces(grants?.tenantWide === true);

  if (!session || !grants) return null;
  const scopes = scopeDirectoryOf(session, places, language);
  const organisations = grants.tenantWide
    ? scopes.organisations
    : scopes.organisations.filter((entry) => grants.organisationIds.includes(entry.id));

  function created(account: ManagedUser) {
    const state: CreatedState = { created: true };
    navigate(USER_ADMIN_ROUTES.account(account.id), { state })?.catch((error: unknown) => {
      console.error('Pathways: could not open the new account', error);
    });
  }

  return (
    <Stack gap="lg" data-testid="page-create-user" className={pageClasses.page}>
      <Anchor component={Link} to={USER_ADMIN_ROUTES.list} data-testid="back-to-users">
        {t('administration.users.backToList')}
      </Anchor>
      <Title order={1} id={headingId}>
        {t('administration.users.create.heading')}
      </Title>
      <Text>{t('administration.users.create.intro')}</Text>
      {grants.roles.length === 0 ? (
        <Notice tone="error" title={t('administration.users.create.notAllowedTitle')} role="status">
          <p>{t('administration.users.errors.notAllowed')}</p>
        </Notice>
      ) : places.ready ? (
        <CreateUserForm
          headingId={headingId}
          grants={grants}
          directory={scopes}
          organisations={organisations}
          onCreated={created}
        />
      ) : places.error ? (
        <LoadFailed
          title={t('administration.users.create.loadFailedTitle')}
          error={places.error}
          onRetry={() => places.retry()}
          testId="places-load-failed"
        />
      ) : (
        <Pending label={t('administration.users.create.loading')} />
      )}
    </Stack>
  );
}
