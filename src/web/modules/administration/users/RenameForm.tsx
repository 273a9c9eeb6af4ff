import { Button, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../app/ui/Notice';
import { accountProblemsOf } from './account-problems';
import { displayNameProblem } from './check-account';
import { useUpdateUser } from './user-mutations';
import type { ManagedUser } from './user-types';
import classes from './users.module.css';

/** The account's full name, changed in place (PATCH `displayName`). */
export function RenameForm({ account }: { account: ManagedUser }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const headingId = useId();
  const [name, setName] = useState(account.displayName);
  const [fieldProblem, setFieldProblem] = useState<string | undefined>();
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const update = useUpdateUser(account.id);

  useEffect(() => {
    inputRef.current?.setAttribute('dir', 'auto');
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    setSaved(false);
    setFormProblem(null);
    const local = displayNameProblem(name, t);
    setFieldProblem(local);
    if (local) return requestAnimationFrame(() => inputRef.current?.focus());
    update.mutate(
      { displayName: name.trim() },
      {
        onSuccess: (updated) => {
          setName(updated.displayName);
          setSaved(true);
        },
        onError: (error) => {
          const problems = accountProblemsOf(error, t, language, 'change');
          setFieldProblem(problems.fields.displayName);
          setFormProblem(problems.fields.displayName ? null : problems.form);
          requestAnimationFrame(() => (problems.fields.displayName ? inputRef : alertRef).current?.focus());
        },
      },
    );
  }

  return (
    <section aria-labelledby={headingId} className={classes.section} data-testid="rename-section">
      <Stack gap="sm">
        <Title order={2} id={headingId} size="h3">
          {t('administration.users.account.renameHeading')}
        </Title>
        {formProblem && (
          <Notice ref={alertRef} tone="error" title={t('administration.users.account.failedTitle')}>
            <p>{formProblem}</p>
          </Notice>
        )}
        <form onSubmit={submit} noValidate aria-labelledby={headingId}>
          <Stack gap="sm" align="flex-start">
            <TextInput
              ref={inputRef}
              label={t('administration.users.create.displayName')}
              autoComplete="off"
              size="md"
              required
              w="100%"
              value={name}
              onChange={(event) => {
                setName(event.currentTarget.value);
                setSaved(false);
              }}
              error={fieldProblem}
              data-testid="rename-display-name"
            />
            <Button
              type="submit"
              variant="outline"
              size="md"
              className={classes.action}
              loading={update.isPending}
              data-testid="rename-submit"
            >
              {t('administration.users.account.renameSubmit')}
            </Button>
          </Stack>
        </form>
        {saved && (
          <p role="status" data-testid="rename-saved">
            {t('administration.users.account.renamed')}
          </p>
        )}
      </Stack>
    </section>
  );
}
