import type { TFunction } from 'i18next';
import { PASSWORD_MAX_LENGTH } from '../../../../contracts/identity';
import { type AccountProblems, draftProblemMessage, noProblems } from './account-problems';
import { checkDrafts, type RoleDraft } from './role-drafts';
import { scopeKindOf } from './role-grants';
import { DISPLAY_NAME_MAX_LENGTH, PASSWORD_MIN_LENGTH, USERNAME_PATTERN } from './user-types';

export interface AccountDraft {
  displayName: string;
  username: string;
  organisationId: string;
  password: string;
  roles: readonly RoleDraft[];
}

/** The display name's problem, if any, before sending. */
export function displayNameProblem(displayName: string, t: TFunction): string | undefined {
  const name = displayName.trim();
  if (name === '') return t('administration.users.errors.displayNameRequired');
  if (name.length > DISPLAY_NAME_MAX_LENGTH) {
    return t('administration.users.errors.displayNameTooLong', { max: DISPLAY_NAME_MAX_LENGTH });
  }
  return undefined;
}

/** The roles editor's problems before sending, by line. */
export function roleProblems(drafts: readonly RoleDraft[], t: TFunction): AccountProblems['roles'] {
  const lines: AccountProblems['roles'] = new Map();
  for (const [index, problem] of checkDrafts(drafts)) {
    const role = drafts[index]?.role;
    const kind = role ? scopeKindOf(role) : 'organisation';
    lines.set(index, draftProblemMessage(problem, kind === 'facility' ? 'facility' : 'organisation', t));
  }
  return lines;
}

/**
 * What can be told before sending, in the reader's words: empty fields, a username the server would
 * refuse, a password shorter than the policy. Whether a password is too easy to guess, or a username
 * taken, only the server knows.
 */
export function checkNewAccount(draft: AccountDraft, t: TFunction): AccountProblems {
  const problems = noProblems();
  const { fields } = problems;
  fields.displayName = displayNameProblem(draft.displayName, t);
  const username = draft.username.trim();
  if (username === '') fields.username = t('administration.users.errors.usernameRequired');
  else if (!USERNAME_PATTERN.test(username))
    fields.username = t('administration.users.errors.usernameFormat');
  if (draft.organisationId === '')
    fields.organisationId = t('administration.users.errors.organisationRequired');
  const length = [...draft.password].length;
  if (length === 0) fields.password = t('administration.users.errors.passwordRequired');
  else if (length < PASSWORD_MIN_LENGTH) {
    fields.password = t('administration.users.errors.passwordTooShort', { min: PASSWORD_MIN_LENGTH });
  } else if (draft.password.length > PASSWORD_MAX_LENGTH) {
    fields.password = t('administration.users.errors.passwordTooLong', { max: PASSWORD_MAX_LENGTH });
  }
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
    if (fields[key] === undefined) delete fields[key];
  }
  problems.roles = roleProblems(draft.roles, t);
  if (Object.keys(fields).length > 0 || problems.roles.size > 0) {
    problems.form = t('administration.users.errors.checkFields');
  }
  return problems;
}
