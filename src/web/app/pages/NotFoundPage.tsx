import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import classes from './pages.module.css';
import { usePageTitle } from './use-page-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.pageTitle'));

  return (
    <Stack gap="md" data-testid="page-not-found" className={classes.page}>
      <Title order={1}>{t('notFound.heading')}</Title>
      <Text>{t('notFound.body')}</Text>
      <Anchor component={Link} to="/" underline="always" fw={600}>
        {t('notFound.backHome')}
      </Anchor>
    </Stack>
  );
}
