import type { ParseKeys } from 'i18next';

/** A role name as the identity module will report it (for example `case_manager`). */
export type RoleName = string;

export interface NavItem {
  to: string;
  labelKey: ParseKeys;
  testId: string;
  /** Match the path exactly (for `/`, which every path starts with). */
  end?: boolean;
  /** Roles that see this item; absent means everyone, signed in or not. */
  roles?: readonly RoleName[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.home', testId: 'nav-home', end: true },
  { to: '/sign-in', labelKey: 'nav.signIn', testId: 'nav-sign-in' },
];

/** The items a viewer holding `roles` may see, in their declared order. */
export function visibleNavItems(items: readonly NavItem[], roles: readonly RoleName[]): NavItem[] {
  return items.filter((item) => !item.roles || item.roles.some((role) => roles.includes(role)));
}
