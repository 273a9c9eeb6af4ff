import { describe, expect, it } from 'vitest';
import { NAV_ITEMS, type NavItem, visibleNavItems } from './navigation';

const items: NavItem[] = [
  { to: '/', labelKey: 'nav.home', testId: 'nav-home', end: true },
  { to: '/cases', labelKey: 'nav.home', testId: 'nav-cases', roles: ['case_manager', 'prison_director'] },
  { to: '/audit', labelKey: 'nav.home', testId: 'nav-audit', roles: ['oversight_monitor'] },
];

describe('visibleNavItems', () => {
  it('shows items without roles to everyone, signed in or not', () => {
    expect(visibleNavItems(items, []).map((item) => item.to)).toEqual(['/']);
  });

  it('adds the items of any role the viewer holds, in declared order', () => {
    expect(visibleNavItems(items, ['oversight_monitor', 'case_manager']).map((item) => item.to)).toEqual([
      '/',
      '/cases',
      '/audit',
    ]);
    expect(visibleNavItems(items, ['analyst']).map((item) => item.to)).toEqual(['/']);
  });

  it('offers Home and Sign in today', () => {
    expect(visibleNavItems(NAV_ITEMS, []).map((item) => item.testId)).toEqual(['nav-home', 'nav-sign-in']);
  });
});
