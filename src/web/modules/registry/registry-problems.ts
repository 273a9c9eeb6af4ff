import type { TFunction } from 'i18next';
import type { FieldError } from '../../../contracts/problem';
import { ApiError } from '../../app/api/api-error';
import { describeRequestError } from '../../app/api/error-message';
import type { FormProblems } from '../../app/forms/field-problems';
import type { DescribeProblems } from './use-registry-problems';

// A refusal of the registry API in the reader's words: each field error next to the field it names
// (`/body/legalName`, or a line of a list such as `/body/facilityIds/2`, which belongs to the list's
// field), and one sentence above the form. Never the server's English.

/** The form's field that a JSON pointer into the request body names, a list's line included; or null. */
export function registryFieldOf<Field extends string>(path: string, fields: readonly Field[]): Field | null {
  const match = /^\/body\/([^/]+)(?:\/\d+)?$/.exec(path);
  const name = match?.[1];
  return name !== undefined && (fields as readonly string[]).includes(name) ? (name as Field) : null;
}

/** One field error in words, by its stable code. */
export function fieldErrorMessage(error: FieldError, t: TFunction): string {
  switch (error.code) {
    case 'required':
    case 'minLength':
    case 'minItems':
      return t('registry.errors.required');
    case 'maxLength':
      return t('registry.errors.tooLongPlain');
    case 'pattern':
      return t('registry.errors.control');
    case 'format':
      return t('registry.errors.dayFormat');
    case 'enum':
      return t('registry.errors.chooseOne');
    case 'taken':
      return t('registry.errors.registrationNumberTaken');
    case 'unknown_facility':
      return t('registry.errors.unknownFacility');
    case 'unknown_course':
      return t('registry.errors.unknownCourse');
    case 'unknown_version':
      return t('registry.errors.unknownVersion');
    case 'in_future':
      return t('registry.errors.dayInFuture');
    case 'before_start':
    case 'before_valid_from':
      return t('registry.errors.endBeforeStart');
    case 'not_applicable':
      return t('registry.errors.notApplicable');
    case 'transition_not_allowed':
      return t('registry.errors.transitionNotAllowed');
    case 'profile_missing':
      return t('registry.errors.profileMissing');
    default:
      return t('registry.errors.fieldInvalid');
  }
}

/** The sentence above the form when no field of it is at fault, by the problem's code and status. */
function formMessage(error: ApiError, t: TFunction, language: string): string {
  switch (error.code) {
    case 'accreditation.transition_not_allowed':
      return t('registry.errors.transitionNotAllowed');
    case 'registry.profile_missing':
      return t('registry.errors.profileMissing');
    case 'practitioner.already_suspended':
      return t('registry.errors.alreadySuspended');
    case 'practitioner.not_suspended':
      return t('registry.errors.notSuspended');
    case 'accreditation.due_diligence_incomplete':
      return t('registry.errors.dueDiligenceIncomplete');
  }
  if (error.status === 400 || error.status === 409) return t('registry.errors.invalid');
  if (error.status === 403 && error.code !== 'auth.csrf') return t('registry.errors.notAllowed');
  if (error.status === 404) return t('registry.errors.gone');
  return describeRequestError(error, t, language);
}

export function registryProblemsOf<Field extends string>(
  error: unknown,
  fields: readonly Field[],
  t: TFunction,
  language: string,
): FormProblems<Field> {
  if (!(error instanceof ApiError)) return { fields: {}, form: describeRequestError(error, t, language) };
  const placed: Partial<Record<Field, string>> = {};
  for (const fieldError of error.errors) {
    const field = registryFieldOf(fieldError.path, fields);
    // The server lists the most telling error of a field first.
    if (field !== null && placed[field] === undefined) placed[field] = fieldErrorMessage(fieldError, t);
  }
  const form =
    Object.keys(placed).length > 0 ? t('registry.errors.checkFields') : formMessage(error, t, language);
  return { fields: placed, form };
}

/** Each field's problem found before sending (undefined where none), in the words `t` gives. */
export type FieldChecks<Field extends string> = (t: TFunction) => Partial<Record<Field, string | undefined>>;

/** Whether a check found anything. */
export const anyProblem = (fields: Partial<Record<string, string | undefined>>) =>
  Object.values(fields).some((message) => message !== undefined);

/** Problems found before sending, with the sentence above the form. */
export const beforeSending =
  <Field extends string>(checks: FieldChecks<Field>): DescribeProblems<Field> =>
  (t) => ({ fields: checks(t), form: t('registry.errors.checkFields') });

/** The server's refusal, sorted onto the form's fields. */
export const fromRefusal =
  <Field extends string>(error: unknown, fields: readonly Field[]): DescribeProblems<Field> =>
  (t, language) =>
    registryProblemsOf(error, fields, t, language);
