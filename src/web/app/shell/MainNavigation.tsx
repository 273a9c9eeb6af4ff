import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { NAV_ITEMS, type RoleName, visibleNavItems } from './navigation';
import classes from './shell.module.css';

export interface MainNavigationProps {
  /** The signed-in user's roles; empty until the identity module provides a session. */
  roles?: readonly RoleName[];
}

export function MainNavigation({ roles = [] }: MainNavigationProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('shell.navigationLabel')} className={classes.nav}>
      <ul className={classes.navList}>
        {visibleNavItems(NAV_ITEMS, roles).map((item) => (
          <li key={item.to}>
            {/* NavLink marks the current page with aria-current="page", which the CSS also styles. */}
            <NavLink to={item.to} end={item.end} data-testid={item.testId} className={classes.navLink}>
              {t(item.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
