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
  checkSignInForm,
  type FieldProblem,
  type FieldProblems,
  type SignInFailure,
  signInFailureOf,
  USERNAME_MAX_LENGTH,
} from './sign-in-failure';

/**
 * Username and password, sent to `POST /api/v1/auth/login`. On any failure the username stays and
 * only the password is cleared; the reason shows next to the form (or the field), in the user's
 * language, and focus moves to where the user acts next. `onSignedIn` runs once the session is known.
 */
export function SignInForm({ headingId, onSignedIn }: { headingId: string; onSignedIn: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const client = useApiClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
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
      onSignedIn();
    },
    onError: (error) => {
      setPassword('');
      show(signInFailureOf(error));
    },
  });

  function show(next: SignInFailure) {
    setFailure(next);
    // After React has drawn the message (and re-enabled the fields the pending state disabled).
    requestAnimationFrame(() => {
      if (next.kind === 'fields') (next.fields.username ? usernameRef : passwordRef).current?.focus();
      else if (next.kind === 'mfaRequired' || next.kind === 'throttled') alertRef.current?.focus();
      else passwordRef.current?.focus();
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    const fields = checkSignInForm(username, password);
    if (Object.keys(fields).length > 0) return show({ kind: 'fields', fields });
    setFailure(null);
    signIn.mutate({ username, password });
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

  return (
    <form aria-labelledby={headingId} onSubmit={submit} noValidate data-testid="sign-in-form">
      <Stack gap="md">
        {failure && failure.kind !== 'fields' && <SignInFailureAlert ref={alertRef} failure={failure} />}
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
        <Button type="submit" size="md" loading={signIn.isPending} data-testid="sign-in-submit">
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
