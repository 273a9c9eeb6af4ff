import { Button, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IDENTITY_PATHS,
  type LoginRequest,
  PASSWORD_MAX_LENGTH,
  type SignedIn,
} from '../../../../contracts/identity';
import { forgetSession, rememberSession } from '../../../app/session/session-query';
import { useApiClient } from '../../../app/session/use-api-client';
import { SignInFailureAlert } from './SignInFailureAlert';
import {
  type CodeProblem,
  checkSignInForm,
  type FieldProblem,
  type FieldProblems,
  type SignInFailure,
  signInFailureOf,
  USERNAME_MAX_LENGTH,
} from './sign-in-failure';

/** The longest second-factor code the server takes (the contract's `totp`). */
const CODE_MAX_LENGTH = 64;

/**
 * Username and password, sent to `POST /api/v1/auth/login`. When the server answers that a second
 * factor is needed (`auth.mfa_required`), a code field appears (the authenticator app's six digits or
 * a recovery code) and the form is sent again with `totp`; username and password stay meanwhile.
 * On a failure the reason shows next to the form (or the field), in the user's language, and focus
 * moves to where the user acts next: a wrong code clears only the code, a wrong password the password.
 * `onSignedIn` runs once the session is known.
 */
export function SignInForm({
  headingId,
  onSignedIn,
}: {
  headingId: string;
  onSignedIn: (session: SignedIn) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const client = useApiClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [codeAsked, setCodeAsked] = useState(false);
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  // A username may be in any script. Mantine puts a `dir` prop on the input's wrapper, so the input
  // itself gets `dir="auto"` here (React does not manage that attribute on it, so it stays).
  useEffect(() => {
    usernameRef.current?.setAttribute('dir', 'auto');
  }, []);

  const signIn = useMutation({
    mutationFn: (body: LoginRequest) => client.post<SignedIn>(IDENTITY_PATHS.login, { body }),
    onSuccess: (answer) => {
      // Nothing cached for a previous user may show to this one.
      forgetSession(queryClient);
      rememberSession(queryClient, answer);
      onSignedIn(answer);
    },
    onError: (error) => {
      const next = signInFailureOf(error);
      if (next.kind === 'mfaRequired') {
        // The password was right: keep it, and ask for the code.
        setCodeAsked(true);
        setCode('');
      } else if (next.kind === 'code') {
        setCode('');
      } else {
        setPassword('');
        setCode('');
      }
      show(next);
    },
  });

  function show(next: SignInFailure) {
    setFailure(next);
    // After React has drawn the message (and re-enabled the fields the pending state disabled).
    requestAnimationFrame(() => {
      if (next.kind === 'fields') (next.fields.username ? usernameRef : passwordRef).current?.focus();
      else if (next.kind === 'mfaRequired' || next.kind === 'code') codeRef.current?.focus();
      else if (next.kind === 'throttled') alertRef.current?.focus();
      else passwordRef.current?.focus();
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    const fields = checkSignInForm(username, password);
    if (Object.keys(fields).length > 0) return show({ kind: 'fields', fields });
    const totp = code.trim();
    if (codeAsked && totp === '') return show({ kind: 'code', problem: 'required' });
    setFailure(codeAsked ? { kind: 'mfaRequired' } : null);
    signIn.mutate(codeAsked ? { username, password, totp } : { username, password });
  }

  const fields: FieldProblems = failure?.kind === 'fields' ? failure.fields : {};
  const fieldMessage = (field: 'username' | 'password', problem: FieldProblem | undefined) => {
    if (problem === undefined) return undefined;
    if (problem === 'invalid') return t('signIn.errors.fieldInvalid');
    if (field === 'username') {
      return problem === 'required'
        ? t('signIn.errors.usernameRequired')
        : t('signIn.errors.usernameTooLong', { max: USERNAME_MAX_LENGTH });
    }
    return problem === 'required'
      ? t('signIn.errors.passwordRequired')
      : t('signIn.errors.passwordTooLong', { max: PASSWORD_MAX_LENGTH });
  };
  const codeMessage = (problem: CodeProblem | undefined) => {
    switch (problem) {
      case undefined:
        return undefined;
      case 'required':
        return t('signIn.mfa.codeRequired');
      case 'invalidTotp':
        return t('signIn.mfa.invalidTotp');
      case 'totpReplayed':
        return t('signIn.mfa.totpReplayed');
      case 'invalidRecoveryCode':
        return t('signIn.mfa.invalidRecoveryCode');
      case 'invalid':
        return t('signIn.errors.fieldInvalid');
    }
  };

  // While the code is asked for, the explanation stays above the form; any other failure replaces it.
  const formFailure =
    failure && failure.kind !== 'fields' && failure.kind !== 'code'
      ? failure
      : codeAsked
        ? ({ kind: 'mfaRequired' } as const)
        : null;

  return (
    <form aria-labelledby={headingId} onSubmit={submit} noValidate data-testid="sign-in-form">
      <Stack gap="md">
        {formFailure && <SignInFailureAlert ref={alertRef} failure={formFailure} />}
        <TextInput
          ref={usernameRef}
          label={t('signIn.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          size="md"
          required
          value={username}
          onChange={(event) => setUsername(event.currentTarget.value)}
          error={fieldMessage('username', fields.username)}
          data-testid="sign-in-username"
        />
        <TextInput
          ref={passwordRef}
          label={t('signIn.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          size="md"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldMessage('password', fields.password)}
          data-testid="sign-in-password"
        />
        {codeAsked && (
          <TextInput
            ref={codeRef}
            label={t('signIn.mfa.codeLabel')}
            description={t('signIn.mfa.codeHint')}
            name="totp"
            autoComplete="one-time-code"
            inputMode="numeric"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            maxLength={CODE_MAX_LENGTH}
            size="md"
            required
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={codeMessage(failure?.kind === 'code' ? failure.problem : undefined)}
            data-testid="totp-code"
          />
        )}
        <Button type="submit" size="md" loading={signIn.isPending} data-testid="sign-in-submit">
          {codeAsked ? t('signIn.mfa.submit') : t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
