import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api/api-error';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Notice } from '../../app/ui/Notice';

/** The words of one screen's refusals, already translated. */
export interface RefusalWords {
  notFoundTitle: string;
  notFound: string;
  loadFailedTitle: string;
}

/**
 * Why a record is not shown. It replaces everything below the heading, so nothing of the record is on
 * screen: 404 (none there, or out of the reader's sight: the same answer), 403 (a role that never
 * reads the registry), or a failure with a way to ask again. Test ids: `<testIdPrefix>-not-found`,
 * `-forbidden`, `-load-failed`.
 */
export function RegistryRefusal({
  error,
  onRetry,
  words,
  testIdPrefix,
}: {
  error: unknown;
  onRetry: () => void;
  words: RefusalWords;
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Notice tone="error" title={words.notFoundTitle} data-testid={`${testIdPrefix}-not-found`}>
        <p>{words.notFound}</p>
      </Notice>
    );
  }
  if (error instanceof ApiError && error.status === 403 && error.code !== 'auth.csrf') {
    return (
      <Notice
        tone="error"
        title={t('registry.record.forbiddenTitle')}
        data-testid={`${testIdPrefix}-forbidden`}
      >
        <p>{t('registry.record.forbidden')}</p>
      </Notice>
    );
  }
  return (
    <LoadFailed
      title={words.loadFailedTitle}
      error={error}
      onRetry={onRetry}
      testId={`${testIdPrefix}-load-failed`}
    />
  );
}
