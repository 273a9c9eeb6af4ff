import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api/api-error';
import { describeRequestError } from '../../app/api/error-message';
import { Notice } from '../../app/ui/Notice';

/**
 * Why a list could not be shown. A refusal (403: the reader is not an administrator) replaces the
 * page's content, so no form and no record is on screen; anything else offers to try again.
 */
export function PlacesRefusal({
  error,
  loadFailedTitle,
  onRetry,
}: {
  error: unknown;
  loadFailedTitle: string;
  onRetry: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  if (error instanceof ApiError && error.status === 403 && error.code !== 'auth.csrf') {
    return (
      <Notice
        tone="error"
        title={t('places.refusal.forbiddenTitle')}
        role="status"
        data-testid="places-forbidden"
      >
        <p>{t('places.refusal.forbidden')}</p>
      </Notice>
    );
  }
  return (
    <Notice tone="error" title={loadFailedTitle} data-testid="places-load-failed">
      <p>{describeRequestError(error, t, language)}</p>
      <Button variant="outline" size="md" onClick={onRetry}>
        {t('session.retry')}
      </Button>
    </Notice>
  );
}
