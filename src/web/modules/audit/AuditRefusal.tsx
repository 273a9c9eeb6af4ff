import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api/api-error';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Notice } from '../../app/ui/Notice';

/**
 * Why the trail could not be shown. A refusal (403: not an oversight monitor; 404: not a record this
 * user may see) replaces the page's content, so nothing of the trail is on screen; anything else
 * offers to try again.
 */
export function AuditRefusal({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
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
    <LoadFailed
      title={t('audit.refusal.loadFailedTitle')}
      error={error}
      onRetry={onRetry}
      testId="audit-load-failed"
    />
  );
}
