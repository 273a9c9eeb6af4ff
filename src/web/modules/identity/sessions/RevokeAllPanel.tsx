import { Button, Group, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { palette } from '../../../app/theme/palette';
import classes from './sessions.module.css';

export interface RevokeAllPanelProps {
  onConfirm: () => void;
  pending: boolean;
}

/**
 * "Sign out everywhere", asked twice: the first button only opens the question, so a stray click or
 * key press cannot end every session. Focus goes to "Cancel" when the question opens (the harmless
 * choice) and back to the first button when it closes.
 */
export function RevokeAllPanel({ onConfirm, pending }: RevokeAllPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (opened.current) openRef.current?.focus();
    opened.current = confirming || opened.current;
  }, [confirming]);

  return (
    <section aria-labelledby={headingId} className={classes.revokeAll}>
      <Title order={2} id={headingId} size="h3" mb="xs">
        {t('sessions.revokeAll.heading')}
      </Title>
      <p>{t('sessions.revokeAll.explanation')}</p>
      {confirming ? (
        <fieldset className={classes.confirmation} data-testid="revoke-all-confirmation">
          <legend className={classes.question}>{t('sessions.revokeAll.question')}</legend>
          <Group gap="sm">
            <Button
              color={palette.error}
              size="md"
              className={classes.dangerButton}
              onClick={onConfirm}
              loading={pending}
              data-testid="confirm-revoke-all"
            >
              {t('sessions.revokeAll.confirm')}
            </Button>
            <Button
              ref={cancelRef}
              variant="outline"
              size="md"
              className={classes.dangerButton}
              onClick={() => setConfirming(false)}
              disabled={pending}
              data-testid="cancel-revoke-all"
            >
              {t('sessions.revokeAll.cancel')}
            </Button>
          </Group>
        </fieldset>
      ) : (
        <Button
          ref={openRef}
          variant="outline"
          size="md"
          className={classes.dangerButton}
          onClick={() => setConfirming(true)}
          data-testid="revoke-all-sessions"
        >
          {t('sessions.revokeAll.open')}
        </Button>
      )}
    </section>
  );
}
