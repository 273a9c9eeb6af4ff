import { AppError, type FieldError } from '../../../platform/http/problem.ts';

/** A request whose fields are well-formed but do not hold together or name nothing the tenant has. */
export const invalidRequest = (errors: FieldError[]) =>
  new AppError(
    400,
    'request.validation',
    'Invalid request',
    'Some fields are missing or not valid; see errors.',
    errors,
  );

/** A second suspension would replace the first one's date and reason: reinstate first. */
export const alreadySuspended = () =>
  new AppError(
    409,
    'practitioner.already_suspended',
    'Already suspended',
    'This practitioner is suspended already; reinstate them before suspending them again.',
  );

/** Reinstating someone who is not suspended would record a change that did not happen. */
export const notSuspended = () =>
  new AppError(409, 'practitioner.not_suspended', 'Not suspended', 'This practitioner is not suspended.');

/** An account stands for one practitioner at most (`practitioners` unique on tenant and user). */
export const accountTaken = () =>
  new AppError(
    409,
    'practitioner.account_taken',
    'Account already linked',
    'This account belongs to another practitioner already.',
    [{ path: '/body/userId', code: 'taken', message: 'this account is linked to another practitioner' }],
  );

/** Whether a database error (wrapped by drizzle in `cause`) is a unique violation. */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  while (current instanceof Error) {
    if ((current as Error & { code?: unknown }).code === '23505') return true;
    current = current.cause;
  }
  return false;
}

/** The field error of a day later than a record may be dated. */
export const inFuture = (path: string): FieldError => ({
  path,
  code: 'in_future',
  message: 'must not be later than today',
});

/** The field error of an expiry before the day it runs from. */
export const beforeStart = (path: string, start: string): FieldError => ({
  path,
  code: 'before_start',
  message: `must not be before ${start}`,
});
