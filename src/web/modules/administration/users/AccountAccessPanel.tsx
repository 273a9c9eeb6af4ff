import { Button, Group, Stack, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { palette } from '../../../app/theme/palette';
import { Notice } from '../../../app/ui/Notice';
import { bidiIsolate } from '../../../i18n/bidi';
import { accountProblemsOf } from './account-problems';
import { useUpdateUser } from './user-mutations';
import type { ManagedUser } from './user-types';
import classes from './users.module.css';

type Outcome = { tone: 'info' | 'error'; title: string; text: string };

/**
 * Whether the person can sign in. Deactivating is asked twice — the question says that every session
 * of theirs ends at once — with focus on "Cancel", the harmless choice. Reactivating is not
 * destructive and happens at once. Nobody deactivates their own account (the server refuses it too).
 */
export function AccountAccessPanel({ account, ownAccount }: { account: ManagedUser; ownAccount: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const opened = useRef(false);
  const update = useUpdateUser(account.id);
  const name = bidiIsolate(account.displayName);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (opened.current) openRef.current?.focus();
    opened.current = confirming || opened.current;
  }, [confirming]);

  function change(active: boolean) {
    setOutcome(null);
    update.mutate(
      { active },
      {
        onSuccess: () => {
          opened.current = false;
          setConfirming(false);
          setOutcome({
            tone: 'info',
            title: t('administration.users.account.savedTitle'),
            text: active
              ? t('administration.users.account.reactivated', { name })
              : t('administration.users.account.deactivated', { name }),
          });
          requestAnimationFrame(() => outcomeRef.current?.focus());
        },
        onError: (error) => {
          setConfirming(false);
          setOutcome({
            tone: 'error',
            title: t('administration.users.account.failedTitle'),
            text: accountProblemsOf(error, t, language, 'change').form ?? '',
          });
        },
      },
    );
  }

  return (
    <section aria-labelledby={headingId} className={classes.section} data-testid="access-section">
      <Stack gap="sm" align="flex-start">
        <Title order={2} id={headingId} size="h3">
          {t('administration.users.account.accessHeading')}
        </Title>
        <p className={classes.hint}>
          {account.active
            ? t('administration.users.account.activeExplanation', { name })
            : t('administration.users.account.inactiveExplanation', { name })}
        </p>
        {outcome && (
          <Notice
            ref={outcomeRef}
            tone={outcome.tone}
            title={outcome.title}
            role={outcome.tone === 'error' ? 'alert' : 'status'}
            data-testid="access-outcome"
          >
            <p>{outcome.text}</p>
          </Notice>
        )}
        {ownAccount ? (
          <p data-testid="own-account-note">{t('administration.users.account.ownAccount')}</p>
        ) : !account.active ? (
          <Button
            variant="outline"
            size="md"
            className={classes.action}
            onClick={() => change(true)}
            loading={update.isPending}
            data-testid="reactivate-user"
          >
            {t('administration.users.account.reactivate')}
          </Button>
        ) : confirming ? (
          <fieldset className={classes.confirmation} data-testid="deactivate-confirmation">
            <legend className={classes.question}>
              {t('administration.users.account.deactivateQuestion', { name })}
            </legend>
            <p>{t('administration.users.account.deactivateConsequence', { name })}</p>
            <Group gap="sm" mt="sm">
              <Button
                color={palette.error}
                size="md"
                className={classes.action}
                onClick={() => change(false)}
                loading={update.isPending}
                data-testid="confirm-deactivate"
              >
                {t('administration.users.account.deactivateConfirm')}
              </Button>
              <Button
                ref={cancelRef}
                variant="outline"
                size="md"
                className={classes.action}
                onClick={() => setConfirming(false)}
                disabled={update.isPending}
                data-testid="cancel-deactivate"
              >
                {t('administration.users.account.cancel')}
              </Button>
            </Group>
          </fieldset>
        ) : (
          <Button
            ref={openRef}
            variant="outline"
            size="md"
            className={classes.action}
            onClick={() => setConfirming(true)}
            data-testid="deactivate-user"
          >
            {t('administration.users.account.deactivate')}
          </Button>
        )}
      </Stack>
    </section>
  );
}
