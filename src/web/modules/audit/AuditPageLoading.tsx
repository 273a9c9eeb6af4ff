import { useTranslation } from 'react-i18next';
import { Pending } from '../../app/ui/Pending';

/**
 * Shown in the shell while an audit screen's code loads (its routes are lazy), including on a first
 * visit straight to its address: the header and navigation stay, and the wait is said in words.
 */
export function AuditPageLoading() {
  const { t } = useTranslation();
  return <Pending label={t('audit.loadingPage')} testId="audit-page-loading" />;
}
