import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../api/error-message';
import { Notice } from './Notice';

/** Why something could not be loaded, in the reader's language, with a way to ask for it again. */
export function LoadFailed({
  title,
  error,
  onRetry,
  testId,
}: {
  title: string;
  error: unknown;
  onRetry: () => void;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Notice tone="error" title={title} data-testid={testId}>
      <p>{describeRequestError(error, t, i18n.resolvedLanguage ?? i18n.language)}</p>
      <Button variant="outline" size="md" onClick={onRetry}>
        {t('session.retry')}
      </Button>
    </Notice>
  );
}
