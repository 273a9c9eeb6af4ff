import { useTranslation } from 'react-i18next';
import { usePlatformInfo } from '../platform/platform-api';
import classes from './shell.module.css';

/**
 * Says plainly that the data is invented, whenever the server reports demo data.
 * Shows nothing while loading or when the platform endpoint cannot be reached.
 */
export function DemoBanner() {
  const { t } = useTranslation();
  const { data } = usePlatformInfo();
  if (!data?.demoData) return null;
  return (
    <div role="status" data-testid="demo-banner" className={classes.demoBanner}>
      {t('shell.demoBanner')}
    </div>
  );
}
