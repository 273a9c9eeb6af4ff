import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { IDENTITY_PATHS, type SecondFactorStatus } from '../../../../contracts/identity';
import { ApiError } from '../../../app/api/api-error';
import { describeRequestError } from '../../../app/api/error-message';
import { useApiClient } from '../../../app/session/use-api-client';

/** Where the cache keeps `GET /api/v1/auth/mfa` (personal: dropped on sign-out with the rest). */
export const secondFactorQueryKey = ['secondFactor'] as const;

export function useSecondFactorStatus() {
  const client = useApiClient();
  return useQuery({
    queryKey: secondFactorQueryKey,
    queryFn: ({ signal }) => client.get<SecondFactorStatus>(IDENTITY_PATHS.secondFactor, { signal }),
    staleTime: 0,
  });
}

/** The field a refusal belongs next to: the code, the password, or the form as a whole. */
export type ProblemPlace = 'code' | 'password' | 'form';

export interface SecondFactorProblem {
  place: ProblemPlace;
  message: string;
}

/**
 * Sorts a refusal of the second-factor routes by its stable code into a translated sentence and the
 * place to show it. Codes this screen has no words of its own for get the common sentence.
 */
export function secondFactorProblemOf(error: unknown, t: TFunction, language: string): SecondFactorProblem {
  const code = error instanceof ApiError ? error.code : null;
  switch (code) {
    case 'auth.invalid_totp':
      return { place: 'code', message: t('secondFactor.errors.invalidTotp') };
    case 'auth.totp_replayed':
      return { place: 'code', message: t('secondFactor.errors.totpReplayed') };
    case 'auth.invalid_recovery_code':
      return { place: 'code', message: t('secondFactor.errors.invalidRecoveryCode') };
    case 'auth.wrong_password':
      return { place: 'password', message: t('secondFactor.errors.wrongPassword') };
    case 'auth.mfa_already_enrolled':
      return { place: 'form', message: t('secondFactor.errors.alreadyEnrolled') };
    case 'auth.mfa_not_enrolled':
      return { place: 'form', message: t('secondFactor.errors.notEnrolled') };
    case 'auth.mfa_enrolment_not_started':
      return { place: 'form', message: t('secondFactor.errors.enrolmentNotStarted') };
    case 'auth.mfa_enrolment_required':
      return { place: 'form', message: t('secondFactor.errors.enrolmentRequired') };
    default:
      if (error instanceof ApiError && error.code === 'request.validation') {
        const password = error.errors.some((field) => field.path === '/body/password');
        return { place: password ? 'password' : 'code', message: t('signIn.errors.fieldInvalid') };
      }
      return { place: 'form', message: describeRequestError(error, t, language) };
  }
}

/** The secret in groups of four characters, as authenticator apps show it for typing by hand. */
export function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}
