import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api/api-error';
import { LoadFailed } from '../../app/ui/LoadFailed';
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
  const { t } = useTranslation();
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
  return <LoadFailed title={loadFailedTitle} error={error} onRetry={onRetry} testId="places-load-failed" />;
}
