import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NetworkError } from '../api/api-error';
import { Notice } from '../ui/Notice';

/** The server could not say who is signed in (offline, or failing): say so, and offer to ask again. */
export function SessionUnavailable({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Notice tone="error" title={t('session.unavailableTitle')} data-testid="session-unavailable">
      <p>{error instanceof NetworkError ? t('errors.network') : t('errors.server')}</p>
      <Button onClick={onRetry} variant="outline" size="md">
        {t('session.retry')}
      </Button>
    </Notice>
  );
}
