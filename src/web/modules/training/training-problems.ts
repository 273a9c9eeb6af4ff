import type { ParseKeys } from 'i18next';
import type { FieldError } from '../../../contracts/problem';
import { ApiError } from '../../app/api/api-error';
import { fromRefusal } from '../registry/registry-problems';
import type { DescribeProblems } from '../registry/use-registry-problems';

// Training's refusals in the reader's words: its own codes first (a course code taken, a
// participant recorded twice or unknown, a session not held yet), everything else as the registry
// says it (registry-problems.ts). Keys are held as `labelKey`, where the translation-key scan
// (i18n/translation-keys.test.ts) sees them used.

const TRAINING_FIELD_CODES: Readonly<Record<string, { labelKey: ParseKeys }>> = {
  taken: { labelKey: 'training.errors.codeTaken' },
  already_recorded: { labelKey: 'training.errors.alreadyRecorded' },
  unknown_practitioner: { labelKey: 'training.errors.unknownParticipant' },
  unknown_staff_member: { labelKey: 'training.errors.unknownParticipant' },
};

const TRAINING_FORM_CODES: Readonly<Record<string, { labelKey: ParseKeys }>> = {
  'training.session_not_held': { labelKey: 'training.errors.sessionNotHeld' },
  'training.attendance_already_recorded': { labelKey: 'training.errors.alreadyRecorded' },
  'training.course_code_taken': { labelKey: 'training.errors.codeTaken' },
};

/** The server's refusal on the form's fields; `fieldOf` places a path the registry's rule cannot. */
export const trainingRefusal =
  <Field extends string>(
    error: unknown,
    fields: readonly Field[],
    fieldOf?: (path: string) => Field | null,
  ): DescribeProblems<Field> =>
  (t, language) => {
    const described = fromRefusal(error, fields)(t, language);
    if (!(error instanceof ApiError)) return described;
    const placed: Partial<Record<Field, string>> = { ...described.fields };
    for (const fieldError of error.errors as FieldError[]) {
      const field = fieldOf?.(fieldError.path) ?? null;
      const key = TRAINING_FIELD_CODES[fieldError.code]?.labelKey;
      if (field !== null && placed[field] === undefined)
        placed[field] = key ? t(key) : t('registry.errors.fieldInvalid');
      else if (key !== undefined) {
        for (const name of fields) if (fieldError.path === `/body/${name}`) placed[name] = t(key);
      }
    }
    const formKey = TRAINING_FORM_CODES[error.code]?.labelKey;
    // With a field at fault the sentence above the form points to it; otherwise it says what happened.
    const anyField = Object.values(placed).some((message) => message !== undefined);
    return { fields: placed, form: formKey && !anyField ? t(formKey) : described.form };
  };
