import { AppError } from '../../../platform/http/problem.ts';

// The second factor's refusals, each with a stable code. At sign-in they answer 401 (there is no
// session yet); on a signed-in route 403, since 401 means "your session is gone" to clients.

export type SecondFactorFailure =
  | 'missing'
  | 'invalid_totp'
  | 'totp_replayed'
  | 'invalid_recovery_code'
  | 'spent_recovery_code';

export function secondFactorRefused(failure: SecondFactorFailure, status: 401 | 403): AppError {
  switch (failure) {
    case 'missing':
      return new AppError(
        status,
        'auth.mfa_required',
        'Second factor required',
        'Enter the six-digit code from your authenticator app, or one of your recovery codes.',
      );
    case 'invalid_totp':
      return new AppError(
        status,
        'auth.invalid_totp',
        'Wrong code',
        'The code is not correct. Check the time on your phone and enter the code it shows now.',
      );
    case 'totp_replayed':
      return new AppError(
        status,
        'auth.totp_replayed',
        'Code already used',
        'This code has been used already. Wait for your authenticator app to show the next one.',
      );
    case 'invalid_recovery_code':
    case 'spent_recovery_code':
      // One answer for both: whether a code was once valid is for the audit trail, not the caller.
      return new AppError(
        status,
        'auth.invalid_recovery_code',
        'Wrong recovery code',
        'This recovery code is not valid, or has been used already. Each code works once.',
      );
  }
}

export const wrongPassword = () =>
  new AppError(403, 'auth.wrong_password', 'Wrong password', 'The password is not correct.');

export const alreadyEnrolled = () =>
  new AppError(
    409,
    'auth.mfa_already_enrolled',
    'Second factor already set up',
    'Your account already has a second factor. To move it to a new device, remove it first.',
  );

export const notEnrolled = () =>
  new AppError(409, 'auth.mfa_not_enrolled', 'No second factor', 'Your account has no second factor set up.');

export const noPendingEnrolment = () =>
  new AppError(
    409,
    'auth.mfa_enrolment_not_started',
    'No enrolment in progress',
    'Start setting up your authenticator app again; an unconfirmed set-up lasts 15 minutes.',
  );

export const enrolmentRequired = () =>
  new AppError(
    403,
    'auth.mfa_enrolment_required',
    'Set up your second factor first',
    'Your roles need a second factor. Set up an authenticator app to continue.',
  );
