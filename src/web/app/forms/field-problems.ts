import type { FieldError } from '../../../contracts/problem';

/** What went wrong with a form, in the reader's words: next to each field at fault, and above the form. */
export interface FormProblems<Field extends string> {
  fields: Partial<Record<Field, string>>;
  form: string | null;
}

/** The field of a form that a JSON pointer into the request body names (`/body/name` → `name`), or null. */
export function bodyFieldOf<Field extends string>(path: string, fields: readonly Field[]): Field | null {
  const name = path.startsWith('/body/') ? path.slice('/body/'.length) : null;
  return name !== null && (fields as readonly string[]).includes(name) ? (name as Field) : null;
}

/**
 * Sorts the field errors of a problem+json answer onto a form's own fields, each told in the form's
 * words by `say`; a field keeps the first of its errors, as the server lists the most telling first.
 * Errors at any other path (a field this form does not have, a line of a list) are left out here.
 */
export function fieldProblemsOf<Field extends string, Said>(
  errors: readonly FieldError[],
  fields: readonly Field[],
  say: (field: Field, error: FieldError) => Said,
): Partial<Record<Field, Said>> {
  const found: Partial<Record<Field, Said>> = {};
  for (const error of errors) {
    const field = bodyFieldOf(error.path, fields);
    if (field !== null && found[field] === undefined) found[field] = say(field, error);
  }
  return found;
}
