import { describe, expect, it } from 'vitest';
import { currentNavItem, NAV_ITEMS, type NavItem, type Viewer, visibleNavItems } from './navigation';

const items: NavItem[] = [
  { to: '/', labelKey: 'nav.home', testId: 'nav-home', end: true },
  { to: '/sign-in', labelKey: 'nav.signIn', testId: 'nav-sign-in', audience: 'signed-out' },
  { to: '/account', labelKey: 'nav.sessions', testId: 'nav-account', audience: 'signed-in' },
  { to: '/cases', labelKey: 'nav.home', testId: 'nav-cases', roles: ['case_manager', 'director'] },
  { to: '/audit', labelKey: 'nav.home', testId: 'nav-audit', roles: ['oversight_monitor'] },
];

const paths = (viewer: Viewer) => visibleNavItems(items, viewer).map((item) => item.to);

describe('visibleNavItems', () => {
  it('shows only the items for everyone while the session is unknown', () => {
    expect(paths({ signedIn: null, roles: [] })).toEqual(['/']);
  });

  it('offers sign-in, and no role item, to a signed-out viewer', () => {
    expect(paths({ signedIn: false, roles: [] })).toEqual(['/', '/sign-in']);
    // Roles without a session (a stale cache) open nothing.
    expect(paths({ signedIn: false, roles: ['case_manager'] })).toEqual(['/', '/sign-in']);
  });

  it('adds the signed-in items and those of any role the viewer holds, in declared order', () => {
    expect(paths({ signedIn: true, roles: ['oversight_monitor', 'case_manager'] })).toEqual([
      '/',
      '/account',
      '/cases',
      '/audit',
    ]);
    expect(paths({ signedIn: true, roles: ['analyst'] })).toEqual(['/', '/account']);
  });

  it('offers Home, Library and Sign in when signed out, Home, Library, My sessions and Second factor when signed in', () => {
    const ids = (viewer: Viewer) => visibleNavItems(NAV_ITEMS, viewer).map((item) => item.testId);
    expect(ids({ signedIn: false, roles: [] })).toEqual(['nav-home', 'nav-library', 'nav-sign-in']);
    expect(ids({ signedIn: true, roles: ['case_manager'] })).toEqual([
      'nav-home',
      'nav-library',
      'nav-library-mine',
      'nav-sessions',
      'nav-second-factor',
    ]);
  });

  it('offers the library review queue to knowledge editors only', () => {
    const ids = (viewer: Viewer) => visibleNavItems(NAV_ITEMS, viewer).map((item) => item.testId);
    expect(ids({ signedIn: true, roles: ['knowledge_editor'] })).toContain('nav-library-review');
    expect(ids({ signedIn: true, roles: ['cso_coordinator'] })).not.toContain('nav-library-review');
    expect(ids({ signedIn: false, roles: [] })).not.toContain('nav-library-mine');
  });
});

describe('currentNavItem', () => {
  it('marks one item current, the most specific for the page', () => {
    const signedIn = visibleNavItems(NAV_ITEMS, { signedIn: true, roles: ['knowledge_editor'] });
    expect(currentNavItem(signedIn, '/library/mine')?.testId).toBe('nav-library-mine');
    expect(currentNavItem(signedIn, '/library/review/0190c2a0-0000-7000-8000-000000000001')?.testId).toBe(
      'nav-library-review',
    );
    expect(currentNavItem(signedIn, '/library/entries/0190c2a0-0000-7000-8000-000000000001')?.testId).toBe(
      'nav-library',
    );
    expect(currentNavItem(signedIn, '/library')?.testId).toBe('nav-library');
    expect(currentNavItem(signedIn, '/')?.testId).toBe('nav-home');
    expect(currentNavItem(signedIn, '/libraryx')).toBeUndefined();
    expect(currentNavItem(signedIn, '/cases/1')).toBeUndefined();
  });
});
