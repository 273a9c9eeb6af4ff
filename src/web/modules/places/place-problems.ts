import type { TFunction } from 'i18next';
import { FACILITY_CAPACITY_MAX } from '../../../contracts/administration';
import type { FieldError } from '../../../contracts/problem';
import { ApiError } from '../../app/api/api-error';
import { describeRequestError } from '../../app/api/error-message';
import { type FormProblems, fieldProblemsOf } from '../../app/forms/field-problems';
import { PLACE_NAME_MAX_LENGTH } from './check-place';

/** The fields of the organisation and facility forms that a refusal can point at. */
const PLACE_FIELDS = ['kind', 'name', 'code', 'timeZone', 'capacity', 'organisationId'] as const;
export type PlaceField = (typeof PLACE_FIELDS)[number];

export type PlaceProblems = FormProblems<PlaceField>;

export const noProblems = (): PlaceProblems => ({ fields: {}, form: null });

export function hasProblems(problems: PlaceProblems): boolean {
  return Object.keys(problems.fields).length > 0 || problems.form !== null;
}

/** Whose form it is: the words for a taken name or a vanished record differ. */
export type PlaceSubject = 'organisation' | 'facility';

function fieldMessage(field: PlaceField, error: FieldError, t: TFunction): string {
  switch (`${field}:${error.code}`) {
    case 'name:taken':
      return t('places.errors.nameTaken');
    case 'name:required':
    case 'name:minLength':
      return t('places.errors.nameRequired');
    case 'name:maxLength':
      return t('places.errors.nameTooLong', { max: PLACE_NAME_MAX_LENGTH });
    case 'name:pattern':
      return t('places.errors.nameFormat');
    case 'code:taken':
      return t('places.errors.codeTaken');
    case 'code:required':
      return t('places.errors.codeRequired');
    case 'code:pattern':
      return t('places.errors.codeFormat');
    case 'kind:required':
    case 'kind:enum':
      return t('places.errors.kindRequired');
    case 'timeZone:unknown_time_zone':
      return t('places.errors.timeZoneUnknown');
    case 'timeZone:required':
    case 'timeZone:minLength':
      return t('places.errors.timeZoneRequired');
    case 'capacity:type':
    case 'capacity:minimum':
    case 'capacity:maximum':
      return t('places.errors.capacityRange', { min: 1, max: FACILITY_CAPACITY_MAX });
    case 'organisationId:required':
    case 'organisationId:format':
      return t('places.errors.prisonServiceRequired');
    case 'organisationId:unknown_organisation':
      return t('places.errors.organisationUnknown');
    case 'organisationId:not_prison_service':
      return t('places.errors.notPrisonService');
    default:
      return t('places.errors.fieldInvalid');
  }
}

/**
 * Sorts a refusal of the administration API into messages: each field error next to its field (the
 * server names it by a JSON pointer such as `/body/code`), and a sentence above the form; never the
 * server's English. A 404 when changing means the record is gone or out of the caller's sight.
 */
export function placeProblemsOf(
  error: unknown,
  t: TFunction,
  language: string,
  subject: PlaceSubject,
): PlaceProblems {
  const problems = noProblems();
  if (!(error instanceof ApiError)) return { ...problems, form: describeRequestError(error, t, language) };
  problems.fields = fieldProblemsOf(error.errors, PLACE_FIELDS, (field, fieldError) =>
    fieldMessage(field, fieldError, t),
  );
  const placed = Object.keys(problems.fields).length > 0;
  if (placed) {
    problems.form = t('places.errors.checkFields');
  } else if (error.status === 400 || error.status === 409) {
    problems.form = t('places.errors.invalid');
  } else if (error.status === 403 && error.code !== 'auth.csrf') {
    problems.form = t('places.errors.notAllowed');
  } else if (error.status === 404) {
    problems.form =
      subject === 'organisation' ? t('places.errors.organisationGone') : t('places.errors.facilityGone');
  } else {
    problems.form = describeRequestError(error, t, language);
  }
  return problems;
}
