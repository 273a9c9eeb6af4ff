import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import classes from './audit.module.css';

/** The audit screens an oversight monitor moves between: the whole trail, and the break-glass openings. */
export function AuditViews() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('audit.views.label')} className={classes.views}>
      <ul>
        <li>
          <NavLink to="/audit" end className={classes.viewLink} data-testid="audit-view-search">
            {t('audit.views.search')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/audit/break-glass" className={classes.viewLink} data-testid="audit-view-break-glass">
            {t('audit.views.breakGlass')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
