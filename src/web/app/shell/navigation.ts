import type { ParseKeys } from 'i18next';
import type { RoleName } from '../../../contracts/identity';

export type { RoleName };

/** Who the navigation is for: unknown while the session is being checked. */
export interface Viewer {
  signedIn: boolean | null;
  roles: readonly RoleName[];
}

export interface NavItem {
  to: string;
  labelKey: ParseKeys;
  testId: string;
  /** Match the path exactly (for `/`, which every path starts with). */
  end?: boolean;
  /** Only for signed-in or only for signed-out viewers; absent means both. */
  audience?: 'signed-in' | 'signed-out';
  /** Roles that see this item (signed in, holding one of them); absent means any role. */
  roles?: readonly RoleName[];
}

// Module items (cases, access, audit…) join with their modules, each with the roles that use it.
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.home', testId: 'nav-home', end: true },
  // The knowledge library is for everyone: its public entries signed out, restricted ones too signed in.
  { to: '/library', labelKey: 'knowledge.nav.library', testId: 'nav-library' },
  {
    to: '/library/mine',
    labelKey: 'knowledgeContribute.nav.mine',
    testId: 'nav-library-mine',
    audience: 'signed-in',
  },
  {
    to: '/library/review',
    labelKey: 'knowledgeReview.nav.queue',
    testId: 'nav-library-review',
    roles: ['knowledge_editor'],
  },
  { to: '/sign-in', labelKey: 'nav.signIn', testId: 'nav-sign-in', audience: 'signed-out' },
  { to: '/audit', labelKey: 'nav.audit', testId: 'nav-audit', roles: ['oversight_monitor'] },
  {
    to: '/admin/users',
    labelKey: 'administration.nav.users',
    testId: 'nav-user-administration',
    roles: ['administrator', 'cso_coordinator'],
  },
  {
    to: '/admin/organisations',
    labelKey: 'places.nav.organisations',
    testId: 'nav-organisations',
    roles: ['administrator'],
  },
  {
    to: '/admin/facilities',
    labelKey: 'places.nav.facilities',
    testId: 'nav-facilities',
    roles: ['administrator'],
  },
  { to: '/account/sessions', labelKey: 'nav.sessions', testId: 'nav-sessions', audience: 'signed-in' },
  {
    to: '/account/second-factor',
    labelKey: 'nav.secondFactor',
    testId: 'nav-second-factor',
    audience: 'signed-in',
  },
];

/**
 * The items a viewer may see, in their declared order. While the session is unknown, only the items
 * for everyone show, so that neither "Sign in" nor a signed-in item flickers. Hiding an item is a
 * convenience, never the access control: the server refuses what a role may not do.
 */
export function visibleNavItems(items: readonly NavItem[], viewer: Viewer): NavItem[] {
  return items.filter((item) => {
    if (item.audience === 'signed-in' && viewer.signedIn !== true) return false;
    if (item.audience === 'signed-out' && viewer.signedIn !== false) return false;
    if (!item.roles) return true;
    return viewer.signedIn === true && item.roles.some((role) => viewer.roles.includes(role));
  });
}

/** Whether `path` is at or under the item's address (exactly, for an item that ends there). */
const isUnder = (item: NavItem, path: string) =>
  path === item.to || (!item.end && path.startsWith(item.to.endsWith('/') ? item.to : `${item.to}/`));

/**
 * The item that stands for the page at `path`: the most specific one whose address it is at or under,
 * so that "My contributions" (`/library/mine`) is the current page there, not "Library" too.
 */
export function currentNavItem(items: readonly NavItem[], path: string): NavItem | undefined {
  return items
    .filter((item) => isUnder(item, path))
    .reduce<NavItem | undefined>(
      (best, item) => (best && best.to.length >= item.to.length ? best : item),
      undefined,
    );
}
