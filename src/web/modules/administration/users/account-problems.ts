import type { TFunction } from 'i18next';
import { PASSWORD_MAX_LENGTH } from '../../../../contracts/identity';
import type { FieldError } from '../../../../contracts/problem';
import { ApiError } from '../../../app/api/api-error';
import { describeRequestError } from '../../../app/api/error-message';
import { type FormProblems, fieldProblemsOf } from '../../../app/forms/field-problems';
import type { DraftProblem } from './role-drafts';
import { DISPLAY_NAME_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './user-types';

/** The fields of the account forms that a refusal can point at. */
const ACCOUNT_FIELDS = ['username', 'displayName', 'organisationId', 'password'] as const;
export type AccountField = (typeof ACCOUNT_FIELDS)[number];

/** A message for the role and for the place of one line of the roles editor. */
export interface RoleLineProblem {
  role?: string;
  place?: string;
}

/** As any form's problems, and a message for each line of the roles editor at fault. */
export interface AccountProblems extends FormProblems<AccountField> {
  roles: Map<number, RoleLineProblem>;
}

export const noProblems = (): AccountProblems => ({ fields: {}, roles: new Map(), form: null });

export function hasProblems(problems: AccountProblems): boolean {
  return Object.keys(problems.fields).length > 0 || problems.roles.size > 0 || problems.form !== null;
}

const ROLE_PATH = /^\/body\/roles\/(\d+)\/(role|facilityId|organisationId)$/;

/** A problem found before sending, for one line of the roles editor. */
export function draftProblemMessage(
  problem: DraftProblem,
  placeKind: 'facility' | 'organisation',
  t: TFunction,
) {
  if (problem === 'roleRequired') return { role: t('administration.users.errors.roleRequired') };
  if (problem === 'duplicate') return { role: t('administration.users.errors.roleDuplicate') };
  return {
    place:
      placeKind === 'facility'
        ? t('administration.users.errors.facilityRequired')
        : t('administration.users.errors.placeOrganisationRequired'),
  };
}

function fieldMessage(field: AccountField, error: FieldError, t: TFunction): string {
  switch (`${field}:${error.code}`) {
    case 'username:taken':
      return t('administration.users.errors.usernameTaken');
    case 'username:required':
      return t('administration.users.errors.usernameRequired');
    case 'username:pattern':
    case 'username:minLength':
    case 'username:maxLength':
      return t('administration.users.errors.usernameFormat');
    case 'displayName:required':
    case 'displayName:minLength':
      return t('administration.users.errors.displayNameRequired');
    case 'displayName:maxLength':
      return t('administration.users.errors.displayNameTooLong', { max: DISPLAY_NAME_MAX_LENGTH });
    case 'organisationId:required':
      return t('administration.users.errors.organisationRequired');
    case 'organisationId:unknown_organisation':
      return t('administration.users.errors.organisationUnknown');
    case 'password:required':
      return t('administration.users.errors.passwordRequired');
    case 'password:too_short':
    case 'password:minLength':
      return t('administration.users.errors.passwordTooShort', { min: PASSWORD_MIN_LENGTH });
    case 'password:too_long':
    case 'password:maxLength':
      return t('administration.users.errors.passwordTooLong', { max: PASSWORD_MAX_LENGTH });
    case 'password:too_guessable':
      return t('administration.users.errors.passwordTooGuessable');
    default:
      return t('administration.users.errors.fieldInvalid');
  }
}

function roleLineMessage(part: string, error: FieldError, t: TFunction): RoleLineProblem {
  if (part === 'role') {
    return error.code === 'duplicate'
      ? { role: t('administration.users.errors.roleDuplicate') }
      : { role: t('administration.users.errors.fieldInvalid') };
  }
  switch (error.code) {
    case 'unknown_facility':
      return { place: t('administration.users.errors.facilityUnknown') };
    case 'unknown_organisation':
      return { place: t('administration.users.errors.organisationUnknown') };
    case 'wrong_scope':
      return { place: t('administration.users.errors.wrongScope') };
    case 'required':
      return {
        place:
          part === 'facilityId'
            ? t('administration.users.errors.facilityRequired')
            : t('administration.users.errors.placeOrganisationRequired'),
      };
    default:
      return { place: t('administration.users.errors.fieldInvalid') };
  }
}

/**
 * Sorts a refusal of the administration API into messages: each field error next to its field (the
 * server names it by a JSON pointer such as `/body/roles/0/facilityId`), and a sentence above the
 * form. Never the server's English text. A 404 when creating means the organisation is out of the
 * caller's sight (refused like one that does not exist); when changing, that the account is.
 */
export function accountProblemsOf(
  error: unknown,
  t: TFunction,
  language: string,
  action: 'create' | 'change',
): AccountProblems {
  const problems = noProblems();
  if (!(error instanceof ApiError)) return { ...problems, form: describeRequestError(error, t, language) };
  problems.fields = fieldProblemsOf(error.errors, ACCOUNT_FIELDS, (field, fieldError) =>
    fieldMessage(field, fieldError, t),
  );
  for (const fieldError of error.errors) {
    const line = ROLE_PATH.exec(fieldError.path);
    if (line?.[1] && line[2]) {
      const index = Number(line[1]);
      problems.roles.set(index, { ...roleLineMessage(line[2], fieldError, t), ...problems.roles.get(index) });
    }
  }
  const placed = Object.keys(problems.fields).length > 0 || problems.roles.size > 0;
  if (error.code === 'request.validation' || error.code === 'user.username_taken') {
    problems.form = placed
      ? t('administration.users.errors.checkFields')
      : t('administration.users.errors.invalid');
  } else if (error.code === 'user.self_deactivation') {
    problems.form = t('administration.users.errors.selfDeactivation');
  } else if (error.code === 'user.self_demotion') {
    problems.form = t('administration.users.errors.selfDemotion');
  } else if (
    (error.status === 403 && error.code !== 'auth.csrf') ||
    (error.status === 404 && action === 'create')
  ) {
    problems.form = t('administration.users.errors.notAllowed');
  } else if (error.status === 404) {
    problems.form = t('administration.users.errors.gone');
  } else {
    problems.form = describeRequestError(error, t, language);
  }
  return problems;
}
