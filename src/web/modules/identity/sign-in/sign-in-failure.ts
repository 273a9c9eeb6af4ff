import type { FieldError } from '../../../../contracts/problem';
import { ApiError, NetworkError } from '../../../app/api/api-error';
import { fieldProblemsOf } from '../../../app/forms/field-problems';

/** What went wrong with a field of the sign-in form. */
export type FieldProblem = 'required' | 'tooLong' | 'invalid';
const SIGN_IN_FIELDS = ['username', 'password'] as const;
export type SignInField = (typeof SIGN_IN_FIELDS)[number];
export type FieldProblems = Partial<Record<SignInField, FieldProblem>>;

/** What went wrong with the second-factor code (asked for after the password was found right). */
export type CodeProblem = 'required' | 'invalidTotp' | 'totpReplayed' | 'invalidRecoveryCode' | 'invalid';

/** A failed sign-in, sorted into what the form says about it. */
export type SignInFailure =
  | { kind: 'invalidCredentials' }
  | { kind: 'mfaRequired' }
  | { kind: 'code'; problem: CodeProblem }
  | { kind: 'throttled'; retryAfterSeconds: number | null }
  | { kind: 'fields'; fields: FieldProblems }
  | { kind: 'network' }
  | { kind: 'other'; error: unknown };

export const USERNAME_MAX_LENGTH = 128;

/** The checks the server makes too, made first so that an empty field costs no round trip. */
export function checkSignInForm(username: string, password: string): FieldProblems {
  const fields: FieldProblems = {};
  if (username.trim() === '') fields.username = 'required';
  else if (username.length > USERNAME_MAX_LENGTH) fields.username = 'tooLong';
  if (password === '') fields.password = 'required';
  return fields;
}

/** Sorts the server's answer (or the lack of one) by its stable code, never by its English words. */
export function signInFailureOf(error: unknown): SignInFailure {
  if (error instanceof NetworkError) return { kind: 'network' };
  if (!(error instanceof ApiError)) return { kind: 'other', error };
  if (error.code === 'auth.invalid_credentials') return { kind: 'invalidCredentials' };
  if (error.code === 'auth.mfa_required') return { kind: 'mfaRequired' };
  if (error.code === 'auth.invalid_totp') return { kind: 'code', problem: 'invalidTotp' };
  if (error.code === 'auth.totp_replayed') return { kind: 'code', problem: 'totpReplayed' };
  if (error.code === 'auth.invalid_recovery_code') return { kind: 'code', problem: 'invalidRecoveryCode' };
  // auth.throttled (this account or address) and rate_limited (the whole API) read the same to a user.
  if (error.status === 429) return { kind: 'throttled', retryAfterSeconds: error.retryAfterSeconds };
  if (error.code === 'request.validation') {
    const fields = fieldProblemsOf(error.errors, SIGN_IN_FIELDS, fieldProblemOf);
    if (Object.keys(fields).length > 0) return { kind: 'fields', fields };
    if (error.errors.some((field) => field.path === '/body/totp'))
      return { kind: 'code', problem: 'invalid' };
  }
  return { kind: 'other', error };
}

/** The one thing the form says about a field the server refused, by the error's stable code. */
function fieldProblemOf(_field: SignInField, { code }: FieldError): FieldProblem {
  return code === 'required' || code === 'minLength'
    ? 'required'
    : code === 'maxLength'
      ? 'tooLong'
      : 'invalid';
}
