import { useTranslation } from 'react-i18next';
import classes from './knowledge.module.css';

/** Said on every demonstration entry: written to show the library, not a real practice. */
export function DemonstrationLabel() {
  const { t } = useTranslation();
  return (
    <span className={classes.demonstration} data-testid="demonstration-label">
      {t('knowledge.demonstration')}
    </span>
  );
}
