import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import classes from './pages.module.css';
import { usePageTitle } from './use-page-title';

/** Shown inside the shell when a page fails to render; the details go to the console, not the user. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  usePageTitle(t('routeError.pageTitle'));

  useEffect(() => {
    console.error('Pathways: a page failed to render', error);
  }, [error]);

  return (
    <Stack gap="md" data-testid="page-error" className={classes.page}>
      <Title order={1}>{t('routeError.heading')}</Title>
      <Text>{t('routeError.body')}</Text>
      <Anchor component={Link} to="/" underline="always" fw={600} reloadDocument>
        {t('notFound.backHome')}
      </Anchor>
    </Stack>
  );
}
