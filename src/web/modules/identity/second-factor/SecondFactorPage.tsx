import { Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  IDENTITY_PATHS,
  mustEnrolSecondFactor,
  type RecoveryCodes,
  type SecondFactorStatus,
} from '../../../../contracts/identity';
import classes from '../../../app/pages/pages.module.css';
import { usePageTitle } from '../../../app/pages/use-page-title';
import { withCurrentCsrfToken } from '../../../app/session/fresh-csrf';
import { sessionQueryKey, useSession } from '../../../app/session/session-query';
import { useApiClient } from '../../../app/session/use-api-client';
import { LoadFailed } from '../../../app/ui/LoadFailed';
import { Notice } from '../../../app/ui/Notice';
import { Pending } from '../../../app/ui/Pending';
import { formatDate } from '../../../i18n/format';
import { ConfirmedAction } from './ConfirmedAction';
import { EnrolmentPanel } from './EnrolmentPanel';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';
import { secondFactorQueryKey, useSecondFactorStatus } from './second-factor-api';

/** Recovery codes on screen: just after enrolment (then on to the home) or after asking for a new set. */
type ShownCodes = { codes: string[]; after: 'enrolment' | 'regeneration' } | null;

/**
 * `/account/second-factor`: set up an authenticator app, or, once set up, see its state, replace the
 * recovery codes and remove it. A user whose roles need a second factor is sent here after sign-in and
 * from every other page until it is set up (`RequireSession`).
 */
export function SecondFactorPage() {
  const { t } = useTranslation();
  usePageTitle(t('secondFactor.pageTitle'));
  const headingId = useId();
  const session = useSession();
  const status = useSecondFactorStatus();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [shown, setShown] = useState<ShownCodes>(null);
  const [removed, setRemoved] = useState(false);

  const mustEnrol = session.data ? mustEnrolSecondFactor(session.data) : false;

  function codesStored() {
    const after = shown?.after;
    setShown(null);
    void queryClient.invalidateQueries({ queryKey: secondFactorQueryKey });
    if (after === 'enrolment') {
      navigate('/', { replace: true })?.catch((error: unknown) => {
        console.error('Pathways: could not open the home page', error);
      });
    }
  }

  return (
    <Stack gap="lg" data-testid="page-second-factor" className={classes.page}>
      <Title order={1} id={headingId}>
        {t('secondFactor.heading')}
      </Title>
      <Text>{t('secondFactor.intro')}</Text>
      {mustEnrol && !shown && (
        <Notice
          tone="info"
          role="status"
          title={t('secondFactor.required.title')}
          data-testid="second-factor-required"
        >
          <p>{t('secondFactor.required.explanation')}</p>
        </Notice>
      )}
      {removed && !shown && (
        <Notice
          tone="info"
          role="status"
          title={t('secondFactor.manage.removedTitle')}
          data-testid="second-factor-removed"
        >
          <p>{t('secondFactor.manage.removed')}</p>
        </Notice>
      )}
      {shown ? (
        <RecoveryCodesPanel codes={shown.codes} onDone={codesStored} />
      ) : status.data ? (
        status.data.enrolled ? (
          <ManageSecondFactor
            status={status.data}
            onNewCodes={(codes) => setShown({ codes, after: 'regeneration' })}
            onRemoved={() => setRemoved(true)}
          />
        ) : (
          <EnrolmentPanel
            onConfirmed={(codes) => {
              setRemoved(false);
              setShown({ codes, after: 'enrolment' });
            }}
          />
        )
      ) : status.isError ? (
        <LoadFailed
          title={t('secondFactor.errors.title')}
          error={status.error}
          onRetry={() => status.refetch()}
          testId="second-factor-load-failed"
        />
      ) : (
        <Pending label={t('secondFactor.loading')} testId="second-factor-pending" />
      )}
    </Stack>
  );
}

function ManageSecondFactor({
  status,
  onNewCodes,
  onRemoved,
}: {
  status: SecondFactorStatus;
  onNewCodes: (codes: string[]) => void;
  onRemoved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const queryClient = useQueryClient();
  const client = useApiClient();
  const send = <T,>(call: () => Promise<T>) => withCurrentCsrfToken(queryClient, client, call);

  return (
    <Stack gap="lg">
      <div data-testid="second-factor-status">
        <Text fw={700}>
          {status.enrolledAt
            ? t('secondFactor.manage.enrolledSince', {
                date: formatDate(new Date(status.enrolledAt), language),
              })
            : t('secondFactor.manage.enrolled')}
        </Text>
        <Text data-testid="recovery-codes-left" data-count={status.recoveryCodesLeft}>
          {t('secondFactor.manage.codesLeft', {
            count: status.recoveryCodesLeft,
          })}
        </Text>
      </div>
      <ConfirmedAction<RecoveryCodes>
        id="regenerate-codes"
        heading={t('secondFactor.manage.regenerateHeading')}
        explanation={t('secondFactor.manage.regenerateExplanation')}
        submitLabel={t('secondFactor.manage.regenerate')}
        question={t('secondFactor.manage.regenerateQuestion')}
        confirmLabel={t('secondFactor.manage.regenerateConfirm')}
        send={({ code }) =>
          send(() => client.post<RecoveryCodes>(IDENTITY_PATHS.recoveryCodes, { body: { code } }))
        }
        onDone={(answer) => onNewCodes(answer.recoveryCodes)}
      />
      <ConfirmedAction<undefined>
        id="remove-second-factor"
        heading={t('secondFactor.manage.removeHeading')}
        explanation={t('secondFactor.manage.removeExplanation')}
        submitLabel={t('secondFactor.manage.remove')}
        question={t('secondFactor.manage.removeQuestion')}
        confirmLabel={t('secondFactor.manage.removeConfirm')}
        withPassword
        danger
        send={({ code, password }) =>
          send(() => client.delete<undefined>(IDENTITY_PATHS.secondFactor, { body: { password, code } }))
        }
        onDone={() => {
          onRemoved();
          void queryClient.invalidateQueries({ queryKey: secondFactorQueryKey });
          void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
        }}
      />
    </Stack>
  );
}
