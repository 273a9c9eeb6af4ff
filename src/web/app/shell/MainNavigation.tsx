import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../session/session-query';
import { NAV_ITEMS, type Viewer, visibleNavItems } from './navigation';
import classes from './shell.module.css';

/** The main navigation, following the signed-in user's roles as `/me` reports them. */
export function MainNavigation() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const viewer: Viewer = {
    signedIn: session === undefined ? null : session !== null,
    roles: session?.roles.map((held) => held.role) ?? [],
  };
  return (
    <nav aria-label={t('shell.navigationLabel')} className={classes.nav}>
      <ul className={classes.navList}>
        {visibleNavItems(NAV_ITEMS, viewer).map((item) => (
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
