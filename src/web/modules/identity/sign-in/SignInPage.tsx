import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { mustEnrolSecondFactor } from '../../../../contracts/identity';
import classes from '../../../app/pages/pages.module.css';
import { usePageTitle } from '../../../app/pages/use-page-title';
import { returnPathFrom } from '../../../app/session/return-path';
import { SessionPending } from '../../../app/session/SessionPending';
import { useSession } from '../../../app/session/session-query';
import { bidiIsolate } from '../../../i18n/bidi';
import { SECOND_FACTOR_PATH } from '../second-factor/second-factor-path';
import { SignInForm } from './SignInForm';

/**
 * `/sign-in`. After signing in, the user goes back to the page that sent them here (`?next=`), or to
 * their home. Someone already signed in is told so, rather than shown a form that would replace
 * their session.
 */
export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.pageTitle'));
  const headingId = useId();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const returnPath = returnPathFrom(location.search);

  return (
    <Stack gap="lg" data-testid="page-sign-in" className={classes.page}>
      <Title order={1} id={headingId}>
        {t('signIn.heading')}
      </Title>
      {session.data ? (
        <Text data-testid="signed-in-already">
          {t('signIn.alreadySignedIn', { name: bidiIsolate(session.data.user.displayName) })}{' '}
          <Anchor component={Link} to={returnPath} underline="always" fw={600}>
            {t('signIn.continue')}
          </Anchor>
        </Text>
      ) : session.isPending ? (
        <SessionPending />
      ) : (
        <Paper withBorder p="lg" maw={440}>
          <Stack gap="md">
            <Text>{t('signIn.intro')}</Text>
            <SignInForm
              headingId={headingId}
              onSignedIn={(signedIn) =>
                // A user whose roles need a second factor sets it up before anything else.
                navigate(mustEnrolSecondFactor(signedIn) ? SECOND_FACTOR_PATH : returnPath, { replace: true })
              }
            />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
