import { useTranslation } from 'react-i18next';
import { Pending } from '../../app/ui/Pending';

/**
 * Shown in the shell while the code of an organisation or facility screen loads (their routes are
 * lazy), also on a first visit straight to the address: the header and navigation stay.
 */
export function PlacesPageLoading() {
  const { t } = useTranslation();
  return <Pending label={t('places.loadingPage')} testId="places-page-loading" />;
}
