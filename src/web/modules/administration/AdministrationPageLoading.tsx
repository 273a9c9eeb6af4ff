import { useTranslation } from 'react-i18next';
import { Pending } from '../../app/ui/Pending';

/**
 * Shown in the shell while an administration screen's code loads (its routes are lazy), also on a
 * first visit straight to its address: the header and navigation stay, and the wait is said in words.
 */
export function AdministrationPageLoading() {
  const { t } = useTranslation();
  return <Pending label={t('administration.loadingPage')} testId="administration-page-loading" />;
}
