import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NotificationsLink } from '../../modules/notifications/NotificationsLink';
import { describeRequestError } from '../api/error-message';
import { useSession } from '../session/session-query';
import { useSignOut } from '../session/use-sign-out';
import classes from './shell.module.css';

/** Who is signed in (name and organisation, in their own script) and the way out. */
export function UserMenu() {
  const { t, i18n } = useTranslation();
  const { data: session } = useSession();
  const signOut = useSignOut();
  if (!session) return null;

  return (
    <section aria-label={t('userMenu.label')} className={classes.userMenu} data-testid="user-menu">
      <p className={classes.userIdentity}>
        {/* <bdi>: a name in any script keeps its own direction without turning the line around. */}
        <bdi className={classes.userName} data-testid="user-name">
          {session.user.displayName}
        </bdi>
        <bdi className={classes.userOrganisation}>{session.organisation.name}</bdi>
      </p>
      <NotificationsLink />
      <Button
        variant="outline"
        size="md"
        onClick={() => signOut.mutate()}
        loading={signOut.isPending}
        data-testid="sign-out"
      >
        {t('userMenu.signOut')}
      </Button>
      {signOut.isError && (
        <p role="alert" className={classes.userMenuError} data-testid="sign-out-error">
          {t('userMenu.signOutFailed', {
            reason: describeRequestError(signOut.error, t, i18n.resolvedLanguage ?? i18n.language),
          })}
        </p>
      )}
    </section>
  );
}
