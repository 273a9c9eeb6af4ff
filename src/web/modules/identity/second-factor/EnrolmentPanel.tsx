import { Button, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type EnrolmentConfirmed,
  type EnrolmentStarted,
  IDENTITY_PATHS,
} from '../../../../contracts/identity';
import { withCurrentCsrfToken } from '../../../app/session/fresh-csrf';
import { rememberSession, sessionQueryKey } from '../../../app/session/session-query';
import { useApiClient } from '../../../app/session/use-api-client';
import { Notice } from '../../../app/ui/Notice';
import { CodeInput } from './CodeInput';
import classes from './second-factor.module.css';
import { groupSecret, type SecondFactorProblem, secondFactorProblemOf } from './second-factor-api';

/**
 * Setting up an authenticator app: start (a new secret), scan the QR code or type the secret, then
 * confirm with a code the app shows. The answer replaces the session (new cookie and CSRF token) and
 * carries the recovery codes, which `onConfirmed` shows once.
 */
export function EnrolmentPanel({ onConfirmed }: { onConfirmed: (recoveryCodes: string[]) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const queryClient = useQueryClient();
  const client = useApiClient();
  const headingId = useId();
  const [started, setStarted] = useState<EnrolmentStarted | null>(null);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<SecondFactorProblem | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const fail = (error: unknown) => {
    const next = secondFactorProblemOf(error, t, language);
    setProblem(next);
    setCode('');
    requestAnimationFrame(() => (next.place === 'form' ? alertRef : codeRef).current?.focus());
  };

  const start = useMutation({
    mutationFn: () =>
      withCurrentCsrfToken(queryClient, client, () =>
        client.post<EnrolmentStarted>(IDENTITY_PATHS.secondFactorEnrolment),
      ),
    onSuccess: (answer) => {
      setStarted(answer);
      setProblem(null);
      setCode('');
      requestAnimationFrame(() => codeRef.current?.focus());
    },
    onError: fail,
  });

  const confirm = useMutation({
    mutationFn: (body: { code: string }) =>
      withCurrentCsrfToken(queryClient, client, () =>
        client.post<EnrolmentConfirmed>(IDENTITY_PATHS.secondFactorEnrolmentConfirm, { body }),
      ),
    onSuccess: (answer) => {
      // The session was replaced: take the new one (and its CSRF token), then ask /me again.
      rememberSession(queryClient, answer.signedIn);
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      onConfirmed(answer.recoveryCodes);
    },
    onError: fail,
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (confirm.isPending) return;
    const typed = code.replace(/\s+/g, '');
    if (typed === '') {
      setProblem({ place: 'code', message: t('secondFactor.errors.codeRequired') });
      codeRef.current?.focus();
      return;
    }
    setProblem(null);
    confirm.mutate({ code: typed });
  }

  const formProblem = problem?.place === 'form' && (
    <Notice
      ref={alertRef}
      tone="error"
      title={t('secondFactor.errors.title')}
      data-testid="second-factor-error"
    >
      <p>{problem.message}</p>
    </Notice>
  );

  if (!started) {
    return (
      <section aria-labelledby={headingId}>
        <Stack gap="md">
          <Title order={2} id={headingId} size="h3">
            {t('secondFactor.enrol.heading')}
          </Title>
          <Text>{t('secondFactor.enrol.intro')}</Text>
          {formProblem}
          <Group>
            <Button
              size="md"
              className={classes.action}
              onClick={() => start.mutate()}
              loading={start.isPending}
              data-testid="enrolment-start"
            >
              {t('secondFactor.enrol.start')}
            </Button>
          </Group>
        </Stack>
      </section>
    );
  }

  const grouped = groupSecret(started.secret);
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} id={headingId} size="h3">
          {t('secondFactor.enrol.scanHeading')}
        </Title>
        <ol>
          <li>{t('secondFactor.enrol.stepInstall')}</li>
          <li>{t('secondFactor.enrol.stepScan')}</li>
          <li>{t('secondFactor.enrol.stepCode')}</li>
        </ol>
        <img
          src={started.qrCode}
          alt={t('secondFactor.enrol.qrAlt')}
          className={classes.qr}
          width={192}
          height={192}
          data-testid="enrolment-qr"
        />
        <div>
          <Text fw={700}>{t('secondFactor.enrol.secretLabel')}</Text>
          <Group gap="sm" align="center">
            <code className={classes.secret} data-testid="enrolment-secret" data-secret={started.secret}>
              {grouped}
            </code>
            <CopyButton value={started.secret}>
              {({ copied, copy }) => (
                <Button variant="outline" size="md" className={classes.action} onClick={copy}>
                  {copied ? t('secondFactor.enrol.copied') : t('secondFactor.enrol.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </div>
        {formProblem}
        <form onSubmit={submit} noValidate aria-labelledby={headingId} className={classes.fieldRow}>
          <Stack gap="md">
            <CodeInput
              ref={codeRef}
              label={t('secondFactor.enrol.codeLabel')}
              description={t('secondFactor.enrol.codeHint')}
              value={code}
              onChange={setCode}
              error={problem?.place === 'code' ? problem.message : undefined}
              testId="enrolment-code"
            />
            <Group>
              <Button
                type="submit"
                size="md"
                className={classes.action}
                loading={confirm.isPending}
                data-testid="enrolment-confirm"
              >
                {t('secondFactor.enrol.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </section>
  );
}
