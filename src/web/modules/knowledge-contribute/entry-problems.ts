import type { TFunction } from 'i18next';
import {
  isEntryTextField,
  PERSONAL_DATA_WARNING_KINDS,
  type PersonalDataWarning,
} from '../../../contracts/knowledge';
import { KNOWLEDGE_LANGUAGES, type KnowledgeLanguage } from '../../../contracts/knowledge-taxonomy';
import type { FieldError } from '../../../contracts/problem';
import { ApiError } from '../../app/api/api-error';
import { describeRequestError } from '../../app/api/error-message';
import type { FormProblems } from '../../app/forms/field-problems';
import type { DraftProblem } from './entry-draft';

// A refusal of the knowledge API in the reader's words. A field error's path points into the request
// (`/body/text/title`, `/body/links/2/url`, `/body/themes`): the field is the deepest part of the path
// that the form has, so a line of a list belongs to the list.

/** The form's field that a field error's path names, or null. */
export function knowledgeFieldOf<Field extends string>(path: string, fields: readonly Field[]): Field | null {
  const parts = path.split('/').filter((part) => part !== '');
  // `/body/…` names the request's body, not a form field called "body" (a review event's text).
  const first = parts[0] === 'body' ? 1 : 0;
  for (let index = parts.length - 1; index >= first; index -= 1) {
    const part = parts[index] as string;
    if ((fields as readonly string[]).includes(part)) return part as Field;
  }
  return null;
}

/** A check made before sending, in words. */
export function draftProblemMessage(problem: DraftProblem, t: TFunction): string {
  switch (problem) {
    case 'required':
      return t('knowledgeContribute.errors.required');
    case 'tooLong':
      return t('knowledgeContribute.errors.tooLong');
    case 'endBeforeStart':
      return t('knowledgeContribute.errors.endBeforeStart');
    case 'inFuture':
      return t('knowledgeContribute.errors.inFuture');
    case 'country':
      return t('knowledgeContribute.errors.country');
    case 'email':
      return t('knowledgeContribute.errors.email');
    case 'link':
      return t('knowledgeContribute.errors.link');
  }
}

/** One field error of the server, by its stable code. */
export function knowledgeFieldMessage(error: FieldError, t: TFunction): string {
  switch (error.code) {
    case 'required':
    case 'minLength':
    case 'minItems':
      return t('knowledgeContribute.errors.required');
    case 'maxLength':
    case 'maxItems':
      return t('knowledgeContribute.errors.tooLong');
    case 'enum':
    case 'unknown_value':
      return t('knowledgeContribute.errors.unknownValue');
    case 'before_start':
      return t('knowledgeContribute.errors.endBeforeStart');
    case 'format':
      return t('knowledgeContribute.errors.format');
    case 'person_name':
    case 'identity_number':
    case 'date_of_birth':
    case 'case_reference':
    case 'email_or_phone':
      return t('knowledgeContribute.errors.personalData');
    default:
      return t('knowledgeContribute.errors.fieldInvalid');
  }
}

/** The sentence above a form when no field of it is at fault. */
export function knowledgeFormMessage(error: unknown, t: TFunction, language: string): string {
  if (!(error instanceof ApiError)) return describeRequestError(error, t, language);
  switch (error.code) {
    case 'knowledge.version_conflict':
      return t('knowledgeContribute.errors.versionConflict');
    case 'knowledge.incomplete':
      return t('knowledgeContribute.errors.incomplete');
    case 'knowledge.personal_data_warning':
      return t('knowledgeContribute.errors.personalDataWarning');
    case 'knowledge.peer_review_missing':
      return t('knowledgeContribute.errors.peerReviewMissing');
  }
  if (error.status === 400 || error.status === 409 || error.status === 422) {
    return t('knowledgeContribute.errors.invalid');
  }
  if (error.status === 403 && error.code !== 'auth.csrf') return t('knowledgeContribute.errors.notAllowed');
  if (error.status === 404) return t('knowledgeContribute.errors.gone');
  return describeRequestError(error, t, language);
}

/** A refusal sorted onto the form's fields, with one sentence above the form. */
export function knowledgeProblemsOf<Field extends string>(
  error: unknown,
  fields: readonly Field[],
  t: TFunction,
  language: string,
): FormProblems<Field> {
  const placed: Partial<Record<Field, string>> = {};
  if (error instanceof ApiError) {
    for (const fieldError of error.errors) {
      const field = knowledgeFieldOf(fieldError.path, fields);
      if (field !== null && placed[field] === undefined) placed[field] = knowledgeFieldMessage(fieldError, t);
    }
  }
  // These refusals say more than "check the fields", even when they also name one.
  const telling =
    error instanceof ApiError &&
    [
      'knowledge.version_conflict',
      'knowledge.peer_review_missing',
      'knowledge.personal_data_warning',
    ].includes(error.code);
  const form =
    Object.keys(placed).length > 0 && !telling
      ? t('knowledgeContribute.errors.checkFields')
      : knowledgeFormMessage(error, t, language);
  return { fields: placed, form };
}

export const isVersionConflict = (error: unknown) =>
  error instanceof ApiError && error.code === 'knowledge.version_conflict';

/**
 * The warnings of a 409 `knowledge.personal_data_warning`, as the entry shows them: each error names
 * where (`/translations/<language>/<field>`, or `/links` and `/peerReviews` for the links' labels and
 * the peer reviews' conclusions, read in the entry's `originalLanguage`), what kind (`code`) and a
 * few words around it (`message`). Empty for any other refusal.
 */
export function personalDataWarningsOf(
  error: unknown,
  originalLanguage: KnowledgeLanguage,
): PersonalDataWarning[] {
  if (!(error instanceof ApiError) || error.code !== 'knowledge.personal_data_warning') return [];
  return error.errors.flatMap((fieldError) => {
    const kind = PERSONAL_DATA_WARNING_KINDS.find((known) => known === fieldError.code);
    if (!kind) return [];
    const [, root, language, field] = fieldError.path.split('/');
    if (root !== undefined && isEntryTextField(root) && language === undefined) {
      return [{ kind, language: originalLanguage, field: root, excerpt: fieldError.message }];
    }
    if (root !== 'translations' || !KNOWLEDGE_LANGUAGES.includes(language as KnowledgeLanguage)) return [];
    if (!field) return [];
    return [{ kind, language: language as KnowledgeLanguage, field, excerpt: fieldError.message }];
  });
}
