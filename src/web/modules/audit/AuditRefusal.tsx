import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api/api-error';
import { describeRequestError } from '../../app/api/error-message';
import { Notice } from '../../app/ui/Notice';

/**
 * Why the trail could not be shown. A refusal (403: not an oversight monitor; 404: not a record this
 * user may see) replaces the page's content, so nothing of the trail is on screen; anything else
 * offers to try again.
 */
export function AuditRefusal({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  if (error instanceof ApiError && error.status === 403) {
    return (
      <Notice tone="error" title={t('audit.refusal.forbiddenTitle')} data-testid="audit-forbidden">
        <p>{t('audit.refusal.forbidden')}</p>
      </Notice>
    );
  }
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Notice tone="error" title={t('audit.refusal.notFoundTitle')} data-testid="audit-not-found">
        <p>{t('errors.notFound')}</p>
      </Notice>
    );
  }
  return (
    <Notice tone="error" title={t('audit.refusal.loadFailedTitle')} data-testid="audit-load-failed">
      <p>{describeRequestError(error, t, language)}</p>
      <Button variant="outline" size="md" onClick={onRetry}>
        {t('session.retry')}
      </Button>
    </Notice>
  );
}
