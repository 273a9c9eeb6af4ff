import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './pages.module.css';
import { usePageTitle } from './use-page-title';

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.pageTitle'));

  return (
    <Stack gap="lg" data-testid="page-home" className={classes.page}>
      <Title order={1}>{t('home.heading')}</Title>
      <Text size="lg">{t('home.intro')}</Text>
      <Text>{t('home.principles')}</Text>

      <section aria-labelledby="planned-heading">
        <Title order={2} id="planned-heading" size="h3" mb="sm">
          {t('home.plannedHeading')}
        </Title>
        <List spacing="xs" className={classes.plannedList}>
          <List.Item>{t('home.planned.accreditation')}</List.Item>
          <List.Item>{t('home.planned.access')}</List.Item>
          <List.Item>{t('home.planned.cases')}</List.Item>
          <List.Item>{t('home.planned.release')}</List.Item>
          <List.Item>{t('home.planned.oversight')}</List.Item>
          <List.Item>{t('home.planned.transparency')}</List.Item>
        </List>
      </section>

      <p className={classes.note}>{t('home.earlyVersion')}</p>
    </Stack>
  );
}
