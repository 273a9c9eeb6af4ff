import { type Static, Type } from 'typebox';
import { PASSWORD_MAX_LENGTH } from '../passwords/hashing.ts';
import { SignedIn } from '../schemas.ts';
import { RECOVERY_CODE_COUNT } from './recovery-codes.ts';

// Requests and answers of the second-factor routes (routes.ts). docs/security.md describes the flow.

const Time = Type.String({ format: 'date-time' });

const SecondFactorCode = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'The six-digit code the authenticator app shows now, or one of the recovery codes.',
});

export const EnrolmentStarted = Type.Object({
  secret: Type.String({ description: 'The new secret in base32, for typing into an app by hand.' }),
  otpauthUri: Type.String({ description: 'The otpauth:// URI the QR code holds.' }),
  qrCode: Type.String({ description: 'The QR code as a data:image/svg+xml URL, for an <img>.' }),
  expiresAt: Type.String({
    format: 'date-time',
    description: 'Confirm with a code before this time, or start again.',
  }),
});
export type EnrolmentStarted = Static<typeof EnrolmentStarted>;

export const ConfirmEnrolmentRequest = Type.Object({
  code: Type.String({
    minLength: 1,
    maxLength: 16,
    description: 'The six-digit code the authenticator app shows for the new secret.',
  }),
});

const RecoveryCodeList = Type.Array(Type.String(), {
  minItems: RECOVERY_CODE_COUNT,
  maxItems: RECOVERY_CODE_COUNT,
  description: 'One-time recovery codes. Shown this once: only their digests are kept.',
});

export const EnrolmentConfirmed = Type.Object({
  recoveryCodes: RecoveryCodeList,
  // The new session that replaced the one enrolment was made in (new cookie, new CSRF token).
  signedIn: SignedIn,
});
export type EnrolmentConfirmed = Static<typeof EnrolmentConfirmed>;

export const RemoveSecondFactorRequest = Type.Object({
  password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
  code: SecondFactorCode,
});

export const RegenerateRecoveryCodesRequest = Type.Object({ code: SecondFactorCode });

export const RecoveryCodes = Type.Object({ recoveryCodes: RecoveryCodeList });

export const SecondFactorStatus = Type.Object({
  enrolled: Type.Boolean(),
  enrolledAt: Type.Union([Time, Type.Null()]),
  recoveryCodesLeft: Type.Integer({ minimum: 0 }),
  enrolmentPending: Type.Boolean({ description: 'An enrolment was started and may still be confirmed.' }),
});
export type SecondFactorStatus = Static<typeof SecondFactorStatus>;
