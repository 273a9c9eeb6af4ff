import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api/api-error';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Notice } from '../../app/ui/Notice';

/**
 * Why an entry (or a list) could not be shown: not found — the same for an unknown entry and one the
 * reader may not see — not allowed, or a failure to try again.
 */
export function EntryLoadFailed({
  error,
  onRetry,
  testId,
}: {
  error: unknown;
  onRetry: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Notice
        tone="info"
        role="status"
        title={t('knowledgeContribute.load.notFoundTitle')}
        data-testid={`${testId}-not-found`}
      >
        <p>{t('knowledgeContribute.load.notFound')}</p>
      </Notice>
    );
  }
  if (error instanceof ApiError && error.status === 403) {
    return (
      <Notice
        tone="info"
        role="status"
        title={t('knowledgeContribute.load.forbiddenTitle')}
        data-testid={`${testId}-forbidden`}
      >
        <p>{t('knowledgeContribute.load.forbidden')}</p>
      </Notice>
    );
  }
  return (
    <LoadFailed
      title={t('knowledgeContribute.load.failedTitle')}
      error={error}
      onRetry={onRetry}
      testId={`${testId}-load-failed`}
    />
  );
}
