import { Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../../contracts/identity';
import { ApiError } from '../../../app/api/api-error';
import { describeRequestError } from '../../../app/api/error-message';
import pageClasses from '../../../app/pages/pages.module.css';
import { usePageTitle } from '../../../app/pages/use-page-title';
import { useLeaveSession } from '../../../app/session/use-sign-out';
import { LoadFailed } from '../../../app/ui/LoadFailed';
import { Notice } from '../../../app/ui/Notice';
import { Pending } from '../../../app/ui/Pending';
import { RevokeAllPanel } from './RevokeAllPanel';
import { SessionsTable } from './SessionsTable';
import { ownSessionsQueryKey, useOwnSessions, useRevokeAllSessions, useRevokeSession } from './sessions-api';

type Outcome = { tone: 'error' | 'info'; title: string; text: string };

/** `/account/sessions`: where the user is signed in, with a way to end any of it. */
export function SessionsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('sessions.pageTitle'));
  const language = i18n.resolvedLanguage ?? i18n.language;
  const queryClient = useQueryClient();
  const sessions = useOwnSessions();
  const revoke = useRevokeSession();
  const revokeAll = useRevokeAllSessions();
  const leave = useLeaveSession();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const refreshList = () => queryClient.invalidateQueries({ queryKey: ownSessionsQueryKey });
  const failed = (error: unknown): Outcome => ({
    tone: 'error',
    title: t('sessions.failedTitle'),
    text: describeRequestError(error, t, language),
  });

  function revokeOne(session: SessionSummary) {
    setOutcome(null);
    revoke.mutate(session.id, {
      onSuccess: async () => {
        if (session.current) return leave();
        setOutcome({ tone: 'info', title: t('sessions.revokedTitle'), text: t('sessions.revoked') });
        await refreshList();
      },
      onError: async (error) => {
        // Ended meanwhile (expired, or signed out from elsewhere): the list was out of date.
        const gone = error instanceof ApiError && error.status === 404;
        setOutcome(
          gone
            ? { tone: 'info', title: t('sessions.revokedTitle'), text: t('sessions.alreadyEnded') }
            : failed(error),
        );
        if (gone) await refreshList();
      },
    });
  }

  function revokeEverywhere() {
    setOutcome(null);
    revokeAll.mutate(undefined, { onSuccess: leave, onError: (error) => setOutcome(failed(error)) });
  }

  return (
    <Stack gap="lg" data-testid="page-sessions" className={pageClasses.widePage}>
      <Title order={1}>{t('sessions.heading')}</Title>
      <Text>{t('sessions.intro')}</Text>
      {outcome && (
        <Notice
          tone={outcome.tone}
          title={outcome.title}
          role={outcome.tone === 'error' ? 'alert' : 'status'}
          data-testid="sessions-outcome"
        >
          <p>{outcome.text}</p>
        </Notice>
      )}
      {sessions.data ? (
        <SessionsTable
          sessions={sessions.data.sessions}
          onRevoke={revokeOne}
          revokingId={revoke.isPending ? (revoke.variables ?? null) : null}
        />
      ) : sessions.isError ? (
        <LoadFailed
          title={t('sessions.loadFailedTitle')}
          error={sessions.error}
          onRetry={() => sessions.refetch()}
          testId="sessions-load-failed"
        />
      ) : (
        <Pending label={t('sessions.loading')} />
      )}
      <RevokeAllPanel onConfirm={revokeEverywhere} pending={revokeAll.isPending} />
    </Stack>
  );
}
