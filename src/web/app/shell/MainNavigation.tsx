import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../session/session-query';
import { currentNavItem, NAV_ITEMS, type Viewer, visibleNavItems } from './navigation';
import classes from './shell.module.css';

/** The main navigation, following the signed-in user's roles as `/me` reports them. */
export function MainNavigation() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const viewer: Viewer = {
    signedIn: session === undefined ? null : session !== null,
    roles: session?.roles.map((held) => held.role) ?? [],
  };
  const { pathname } = useLocation();
  const items = visibleNavItems(NAV_ITEMS, viewer);
  // One item is the current page, the most specific (aria-current="page", which the CSS also styles).
  const current = currentNavItem(items, pathname);
  return (
    <nav aria-label={t('shell.navigationLabel')} className={classes.nav}>
      <ul className={classes.navList}>
        {items.map((item) => (
          <li key={item.to}>
            <Link
              to={item.to}
              aria-current={item === current ? 'page' : undefined}
              data-testid={item.testId}
              className={classes.navLink}
            >
              {t(item.labelKey)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
