import { Button, Checkbox, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../app/forms/FormProblem';
import { useFormProblems } from '../../../app/forms/use-form-problems';
import { type AccountProblems, accountProblemsOf, hasProblems, noProblems } from './account-problems';
import { checkNewAccount } from './check-account';
import { RoleAssignmentsEditor } from './RoleAssignmentsEditor';
import { newDraftKey, type RoleDraft, requestsOf } from './role-drafts';
import type { Grants } from './role-grants';
import type { KnownOrganisation, ScopeDirectory } from './scope-directory';
import { useCreateUser } from './user-mutations';
import type { ManagedUser } from './user-types';
import classes from './users.module.css';

export interface CreateUserFormProps {
  headingId: string;
  grants: Grants;
  directory: ScopeDirectory;
  /** The organisations the account may belong to; with one, it is fixed and shown, not asked. */
  organisations: readonly KnownOrganisation[];
  onCreated: (account: ManagedUser) => void;
}

/**
 * A new account: full name, username, organisation, initial password (with the policy explained) and
 * roles. Empty or malformed fields are said before sending; the server's refusals are shown next to
 * their fields. Nothing typed is lost on an error.
 */
export function CreateUserForm({
  headingId,
  grants,
  directory,
  organisations,
  onCreated,
}: CreateUserFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const only = organisations.length === 1 ? organisations[0] : undefined;
  const [displayName, setDisplayName] = useState('');
  const [username, setUsername] = useState('');
  const [organisationId, setOrganisationId] = useState(only?.id ?? '');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [roles, setRoles] = useState<RoleDraft[]>(() =>
    // A coordinator creates practitioners of their organisation: the one line they can give, ready.
    !grants.tenantWide && grants.roles.length === 1 && only && grants.roles[0]
      ? [{ key: newDraftKey(), role: grants.roles[0], placeId: only.id }]
      : [],
  );
  const { problems, setProblems, show, formRef, alertRef } = useFormProblems<AccountProblems>(noProblems);
  const displayNameRef = useRef<HTMLInputElement>(null);
  const usernameRef = useRef<HTMLInputElement>(null);
  const create = useCreateUser();

  // A name may be in any script, a username is Latin: Mantine puts `dir` on the wrapper (label
  // included), so the inputs get theirs here.
  useEffect(() => {
    displayNameRef.current?.setAttribute('dir', 'auto');
    usernameRef.current?.setAttribute('dir', 'ltr');
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const draft = { displayName, username, organisationId, password, roles };
    const found = checkNewAccount(draft, t);
    if (hasProblems(found)) return show(found);
    setProblems(noProblems());
    create.mutate(
      {
        displayName: displayName.trim(),
        username: username.trim(),
        organisationId,
        password,
        roles: requestsOf(roles),
      },
      { onSuccess: onCreated, onError: (error) => show(accountProblemsOf(error, t, language, 'create')) },
    );
  }

  const { fields } = problems;
  return (
    <form
      ref={formRef}
      aria-labelledby={headingId}
      onSubmit={submit}
      noValidate
      data-testid="create-user-form"
    >
      <Stack gap="md">
        <FormProblem
          ref={alertRef}
          message={problems.form}
          title={t('administration.users.create.failedTitle')}
          testId="create-user-error"
        />
        <TextInput
          ref={displayNameRef}
          label={t('administration.users.create.displayName')}
          description={t('administration.users.create.displayNameHint')}
          autoComplete="off"
          size="md"
          required
          value={displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
          error={fields.displayName}
          data-testid="create-user-display-name"
        />
        <TextInput
          ref={usernameRef}
          label={t('administration.users.create.username')}
          description={t('administration.users.create.usernameHint')}
          autoComplete="off"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          size="md"
          required
          value={username}
          onChange={(event) => setUsername(event.currentTarget.value)}
          error={fields.username}
          data-testid="create-user-username"
        />
        {only && !grants.tenantWide ? (
          <div data-testid="create-user-organisation-fixed">
            <Text fw={700}>{t('administration.users.create.organisation')}</Text>
            <p className={classes.fixedValue}>
              <bdi>{only.name}</bdi>
            </p>
            <p className={classes.hint}>{t('administration.users.create.organisationFixed')}</p>
          </div>
        ) : (
          <NativeSelect
            label={t('administration.users.create.organisation')}
            size="md"
            required
            value={organisationId}
            onChange={(event) => setOrganisationId(event.currentTarget.value)}
            error={fields.organisationId}
            data={[
              { value: '', label: t('administration.users.roles.chooseOrganisation') },
              ...organisations.map((entry) => ({ value: entry.id, label: entry.name })),
            ]}
            data-testid="create-user-organisation"
          />
        )}
        <div>
          <TextInput
            type={showPassword ? 'text' : 'password'}
            label={t('administration.users.create.password')}
            description={t('administration.users.create.passwordPolicy')}
            autoComplete="new-password"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            size="md"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={fields.password}
            data-testid="create-user-password"
          />
          <Checkbox
            mt="xs"
            label={t('administration.users.create.showPassword')}
            checked={showPassword}
            onChange={(event) => setShowPassword(event.currentTarget.checked)}
            data-testid="create-user-show-password"
          />
        </div>
        <RoleAssignmentsEditor
          drafts={roles}
          onChange={setRoles}
          grants={grants}
          directory={directory}
          problems={problems.roles}
          disabled={create.isPending}
        />
        <div>
          <Button type="submit" size="md" loading={create.isPending} data-testid="create-user-submit">
            {t('administration.users.create.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
