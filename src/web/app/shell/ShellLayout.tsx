import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';
import classes from './shell.module.css';

export const MAIN_CONTENT_ID = 'main-content';

/** The frame of every page: skip link, header (demo banner, name, navigation, language), main, footer. */
export function ShellLayout() {
  const mainRef = useFocusMainOnNavigation();
  return (
    <div className={classes.shell}>
      <SkipLink targetId={MAIN_CONTENT_ID} />
      <SiteHeader />
      <main id={MAIN_CONTENT_ID} ref={mainRef} tabIndex={-1} className={classes.main}>
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  );
}

/**
 * After a client-side navigation, focus moves to the main content, as it would on a full page
 * load, so keyboard and screen-reader users start at the new page rather than at the old link.
 */
function useFocusMainOnNavigation() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);

  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);

  return mainRef;
}
