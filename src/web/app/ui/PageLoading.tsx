import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Pending } from './Pending';

/**
 * Shown in the shell while a screen's code loads (lazy routes), also on a first visit straight to its
 * address: the header and navigation stay, and the wait is said in words from the module's catalogue.
 */
export function PageLoading({ labelKey, testId }: { labelKey: ParseKeys; testId: string }) {
  const { t } = useTranslation();
  return <Pending label={t(labelKey)} testId={testId} />;
}
