import { Button, Paper, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './pages.module.css';
import { usePageTitle } from './use-page-title';

/**
 * Placeholder until the identity module: a real, labelled form whose submit stays disabled.
 * It calls no API. It will move to `src/web/modules/identity/` with the module.
 */
export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.pageTitle'));
  const headingId = useId();
  const noteId = useId();

  // Implicit submission (Enter) is already blocked by the disabled button; this is the second wall.
  function holdSubmission(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
  }

  return (
    <Stack gap="lg" data-testid="page-sign-in" className={classes.page}>
      <Title order={1} id={headingId}>
        {t('signIn.heading')}
      </Title>
      <Paper withBorder p="lg" maw={420}>
        <form aria-labelledby={headingId} onSubmit={holdSubmission}>
          <Stack gap="md">
            <TextInput label={t('signIn.username')} name="username" autoComplete="username" dir="auto" />
            <TextInput
              label={t('signIn.password')}
              name="password"
              type="password"
              autoComplete="current-password"
            />
            <p id={noteId} className={classes.note}>
              {t('signIn.unavailable')}
            </p>
            <Button type="submit" disabled aria-describedby={noteId}>
              {t('signIn.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
