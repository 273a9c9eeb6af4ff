import { isEntryTextField, type PersonalDataWarning } from '../../../../contracts/knowledge.ts';
import { AppError, type FieldError } from '../../../platform/http/problem.ts';

export type { FieldError };

import { invalidRequest } from '../../registry/organisations/errors.ts';

// The entries' own refusals, each with a stable code (src/contracts/problem.ts). A field at fault is
// named by a JSON pointer as every Pathways error does: `/body/<field>` for a request's field,
// `/themes` or `/translations/<language>/<field>` for what the stored entry lacks.

export { invalidRequest };

/** One field of the request at fault, as a 400. */
export const invalidField = (field: string, code: string, message: string) =>
  invalidRequest([{ path: `/body/${field}`, code, message }]);

/**
 * Stops a write whose words the check warned about unless the writer confirmed them
 * (`acknowledgeWarnings`): 409 with the warnings, before anything is saved.
 */
export function expectWarningsConfirmed(warnings: PersonalDataWarning[], acknowledged: boolean | undefined) {
  if (warnings.length > 0 && acknowledged !== true) throw personalDataWarning(warnings);
}

/** A change that names no field (only its version, or only a confirmation): a 400, nothing saved. */
export const nothingToChange = () =>
  invalidRequest([{ path: '/body', code: 'nothing_to_change', message: 'names no field to change' }]);

/** The entry changed since the version the change was made on. */
export const versionConflict = (current: number) =>
  new AppError(
    409,
    'knowledge.version_conflict',
    'Changed since',
    `The entry was changed since you opened it (it is now at version ${current}). Reload it and make your change again.`,
    [{ path: '/body/version', code: 'conflict', message: `the entry is at version ${current}` }],
  );

/** What submitting or publishing needs and the entry lacks. */
export const incomplete = (errors: FieldError[]) =>
  new AppError(
    422,
    'knowledge.incomplete',
    'Entry incomplete',
    'The entry lacks what this step needs; see errors.',
    errors,
  );

export const required = (path: string): FieldError => ({ path, code: 'required', message: 'is required' });

export const peerReviewMissing = () =>
  new AppError(
    422,
    'knowledge.peer_review_missing',
    'No peer review recorded',
    'Record a peer review before publishing the entry as peer-reviewed.',
    [{ path: '/body/level', code: 'peer_review_missing', message: 'needs a recorded peer review' }],
  );

/**
 * The personal-data check found text that looks like case data: publishing waits for the editor to
 * confirm (`acknowledgeWarnings`). Each warning is one error: where (`/translations/<language>/<field>`
 * for a translation's text, `/links` or `/peerReviews` for the links' labels and the peer reviews'
 * conclusions, read in the entry's original language), what kind (`code`) and a few words around it
 * (`message`).
 */
export const personalDataWarning = (warnings: PersonalDataWarning[]) =>
  new AppError(
    409,
    'knowledge.personal_data_warning',
    'Looks like personal data',
    'Some text looks like data about a person in custody. Remove it, or confirm that it is not, and publish again.',
    warnings.map((warning) => ({
      path: isEntryTextField(warning.field)
        ? `/${warning.field}`
        : `/translations/${warning.language}/${warning.field}`,
      code: warning.kind,
      message: warning.excerpt,
    })),
  );
