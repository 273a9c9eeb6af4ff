import { Button, Checkbox, Group, Stack, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../app/ui/Notice';
import classes from './second-factor.module.css';

/**
 * The ten recovery codes, shown this once (the server keeps only their digests): a warning, the
 * list, a print button, and a "stored them" tick that must be set before going on.
 */
export function RecoveryCodesPanel({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [stored, setStored] = useState(false);

  // The codes replace what was on screen: start reading there.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} id={headingId} size="h3" ref={headingRef} tabIndex={-1}>
          {t('secondFactor.codes.heading')}
        </Title>
        <Notice tone="info" role="status" title={t('secondFactor.codes.warningTitle')}>
          <p>{t('secondFactor.codes.warning')}</p>
        </Notice>
        <ol className={classes.codes} data-testid="recovery-codes" aria-labelledby={headingId}>
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
        <Group className={classes.noPrint}>
          <Button
            variant="outline"
            size="md"
            className={classes.action}
            onClick={() => window.print()}
            data-testid="recovery-codes-print"
          >
            {t('secondFactor.codes.print')}
          </Button>
        </Group>
        <Checkbox
          className={classes.noPrint}
          size="md"
          label={t('secondFactor.codes.stored')}
          checked={stored}
          onChange={(event) => setStored(event.currentTarget.checked)}
          data-testid="recovery-codes-stored"
        />
        <Group className={classes.noPrint}>
          <Button
            size="md"
            className={classes.action}
            disabled={!stored}
            onClick={onDone}
            data-testid="recovery-codes-done"
          >
            {t('secondFactor.codes.continue')}
          </Button>
        </Group>
      </Stack>
    </section>
  );
}
