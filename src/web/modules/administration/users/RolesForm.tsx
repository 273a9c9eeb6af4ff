import { Button, Stack, Title } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../app/forms/FormProblem';
import { useFormProblems } from '../../../app/forms/use-form-problems';
import { type AccountProblems, accountProblemsOf, noProblems } from './account-problems';
import { roleProblems } from './check-account';
import { RoleAssignmentsEditor } from './RoleAssignmentsEditor';
import { draftsOf, type RoleDraft, requestsOf } from './role-drafts';
import type { Grants } from './role-grants';
import type { ScopeDirectory } from './scope-directory';
import { useReplaceRoles } from './user-mutations';
import type { ManagedUser } from './user-types';
import classes from './users.module.css';

export interface RolesFormProps {
  account: ManagedUser;
  grants: Grants;
  directory: ScopeDirectory;
  /** The signed-in user's own account: their administrator role stays (the server refuses its removal). */
  ownAccount: boolean;
}

/** The account's roles, replaced as a whole (PUT …/roles); they apply from the person's next request. */
export function RolesForm({ account, grants, directory, ownAccount }: RolesFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const headingId = useId();
  const [drafts, setDrafts] = useState<RoleDraft[]>(() => draftsOf(account.roles));
  const { problems, setProblems, show, formRef, alertRef } = useFormProblems<AccountProblems>(noProblems);
  const [saved, setSaved] = useState(false);
  const replace = useReplaceRoles(account.id);

  // The server refuses an administrator taking away their own administrator role (409
  // user.self_demotion), so that line of their own account can be neither changed nor removed.
  const [lockedKeys] = useState<ReadonlySet<string>>(
    () =>
      new Set(
        ownAccount ? drafts.filter((draft) => draft.role === 'administrator').map((draft) => draft.key) : [],
      ),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (replace.isPending) return;
    setSaved(false);
    const lines = roleProblems(drafts, t);
    if (lines.size > 0) return show({ ...noProblems(), roles: lines });
    setProblems(noProblems());
    replace.mutate(requestsOf(drafts), {
      onSuccess: () => setSaved(true),
      onError: (error) => show(accountProblemsOf(error, t, language, 'change')),
    });
  }

  return (
    <section aria-labelledby={headingId} className={classes.section} data-testid="roles-section">
      <Stack gap="sm">
        <Title order={2} id={headingId} size="h3">
          {t('administration.users.account.rolesHeading')}
        </Title>
        <FormProblem
          ref={alertRef}
          message={problems.form}
          title={t('administration.users.account.failedTitle')}
        />
        <form ref={formRef} onSubmit={submit} noValidate aria-labelledby={headingId} data-testid="roles-form">
          <Stack gap="md" align="flex-start">
            <RoleAssignmentsEditor
              drafts={drafts}
              onChange={(next) => {
                setDrafts(next);
                setSaved(false);
              }}
              grants={grants}
              directory={directory}
              problems={problems.roles}
              disabled={replace.isPending}
              lockedKeys={lockedKeys}
              hideLegend
            />
            <Button
              type="submit"
              size="md"
              className={classes.action}
              loading={replace.isPending}
              data-testid="roles-submit"
            >
              {t('administration.users.account.rolesSubmit')}
            </Button>
          </Stack>
        </form>
        {saved && (
          <p role="status" data-testid="roles-saved">
            {t('administration.users.account.rolesSaved')}
          </p>
        )}
      </Stack>
    </section>
  );
}
