import { Button, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { palette } from '../../../app/theme/palette';
import { Notice } from '../../../app/ui/Notice';
import { CodeInput } from './CodeInput';
import classes from './second-factor.module.css';
import { type SecondFactorProblem, secondFactorProblemOf } from './second-factor-api';

export interface ConfirmedActionProps<T> {
  /** The prefix of the test ids: `<id>-code`, `<id>-password`, `<id>-submit`, `confirm-<id>`, `cancel-<id>`. */
  id: string;
  heading: string;
  explanation: string;
  submitLabel: string;
  question: string;
  confirmLabel: string;
  /** Asks for the password as well as a code. */
  withPassword?: boolean;
  danger?: boolean;
  send: (proof: { code: string; password: string }) => Promise<T>;
  onDone: (answer: T) => void;
}

/**
 * An action on the second factor that needs proof (a code, and maybe the password) and is asked
 * twice: the form's button opens the question, focus goes to "Cancel" (the harmless choice), and only
 * "Confirm" sends. A refusal shows next to its field (a wrong code clears the code, a wrong password
 * the password) or above the form.
 */
export function ConfirmedAction<T>(props: ConfirmedActionProps<T>) {
  const { id, heading, explanation, submitLabel, question, confirmLabel, withPassword, danger } = props;
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const headingId = useId();
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<SecondFactorProblem | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const show = (next: SecondFactorProblem) => {
    setProblem(next);
    requestAnimationFrame(() =>
      (next.place === 'code' ? codeRef : next.place === 'password' ? passwordRef : alertRef).current?.focus(),
    );
  };

  const action = useMutation({
    mutationFn: () => props.send({ code: code.replace(/\s+/g, ''), password }),
    onSuccess: (answer) => {
      setConfirming(false);
      setCode('');
      setPassword('');
      setProblem(null);
      props.onDone(answer);
    },
    onError: (error) => {
      const next = secondFactorProblemOf(error, t, language);
      setConfirming(false);
      setCode('');
      if (next.place === 'password') setPassword('');
      show(next);
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (withPassword && password === '') {
      return show({ place: 'password', message: t('signIn.errors.passwordRequired') });
    }
    if (code.trim() === '') return show({ place: 'code', message: t('secondFactor.errors.codeRequired') });
    setProblem(null);
    setConfirming(true);
  }

  function cancel() {
    setConfirming(false);
    requestAnimationFrame(() => codeRef.current?.focus());
  }

  return (
    <section aria-labelledby={headingId} className={classes.section} data-testid={`${id}-section`}>
      <Stack gap="md">
        <Title order={2} id={headingId} size="h3">
          {heading}
        </Title>
        <Text>{explanation}</Text>
        {problem?.place === 'form' && (
          <Notice
            ref={alertRef}
            tone="error"
            title={t('secondFactor.errors.title')}
            data-testid="second-factor-error"
          >
            <p>{problem.message}</p>
          </Notice>
        )}
        <form onSubmit={submit} noValidate aria-labelledby={headingId} className={classes.fieldRow}>
          <Stack gap="md">
            {withPassword && (
              <PasswordInput
                ref={passwordRef}
                label={t('signIn.password')}
                autoComplete="current-password"
                size="md"
                required
                value={password}
                disabled={confirming}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={problem?.place === 'password' ? problem.message : undefined}
                data-testid={`${id}-password`}
              />
            )}
            <CodeInput
              ref={codeRef}
              label={t('secondFactor.codeLabel')}
              description={t('secondFactor.codeHint')}
              value={code}
              onChange={setCode}
              error={problem?.place === 'code' ? problem.message : undefined}
              testId={`${id}-code`}
            />
            {!confirming && (
              <Group>
                <Button
                  type="submit"
                  variant="outline"
                  size="md"
                  className={classes.action}
                  data-testid={`${id}-submit`}
                >
                  {submitLabel}
                </Button>
              </Group>
            )}
          </Stack>
        </form>
        {confirming && (
          <fieldset className={classes.confirmation} data-testid={`${id}-confirmation`}>
            <legend className={classes.question}>{question}</legend>
            <Group gap="sm">
              <Button
                color={danger ? palette.error : undefined}
                size="md"
                className={classes.action}
                onClick={() => action.mutate()}
                loading={action.isPending}
                data-testid={`confirm-${id}`}
              >
                {confirmLabel}
              </Button>
              <Button
                ref={cancelRef}
                variant="outline"
                size="md"
                className={classes.action}
                onClick={cancel}
                disabled={action.isPending}
                data-testid={`cancel-${id}`}
              >
                {t('secondFactor.cancel')}
              </Button>
            </Group>
          </fieldset>
        )}
      </Stack>
    </section>
  );
}
