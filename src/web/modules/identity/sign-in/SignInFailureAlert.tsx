import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../../../app/api/error-message';
import { Notice } from '../../../app/ui/Notice';
import { formatWait } from '../../../i18n/format';
import type { SignInFailure } from './sign-in-failure';

export type FormFailure = Exclude<SignInFailure, { kind: 'fields' } | { kind: 'code' }>;

/** The form-level answer to a failed sign-in, in the user's language; focusable so focus can move to it. */
export function SignInFailureAlert({ failure, ref }: { failure: FormFailure; ref?: Ref<HTMLDivElement> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const mfa = failure.kind === 'mfaRequired';
  return (
    <Notice
      ref={ref}
      tone={mfa ? 'info' : 'error'}
      title={mfa ? t('signIn.mfa.title') : t('signIn.errors.title')}
      data-testid="sign-in-error"
      data-failure={failure.kind}
      role={mfa ? 'status' : 'alert'}
    >
      <p>{messageOf(failure)}</p>
    </Notice>
  );

  function messageOf(shown: FormFailure): string {
    switch (shown.kind) {
      case 'invalidCredentials':
        return t('signIn.errors.invalidCredentials');
      case 'mfaRequired':
        return t('signIn.mfa.explanation');
      case 'throttled':
        return shown.retryAfterSeconds === null
          ? t('signIn.errors.throttledLater')
          : t('signIn.errors.throttled', { wait: formatWait(shown.retryAfterSeconds, language) });
      case 'network':
        return t('errors.network');
      case 'other':
        return describeRequestError(shown.error, t, language);
    }
  }
}
