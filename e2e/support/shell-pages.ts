import type { Page } from 'playwright-core';
import { HomePage } from '../pages/HomePage.ts';
import { NotFoundPage } from '../pages/NotFoundPage.ts';
import { RoleHomePage } from '../pages/RoleHomePage.ts';
import { SessionsPage } from '../pages/SessionsPage.ts';
import type { LanguageCode, ShellPage } from '../pages/ShellPage.ts';
import { SignInPage } from '../pages/SignInPage.ts';
import { headingsIn } from './catalogues.ts';

/** The account the signed-in pages are looked at with, and the name its home greets. */
export const PAGE_TOUR_ACCOUNT = { username: 'case.central', displayName: 'Leïla Trabelsi' } as const;

export interface ShellPageCase {
  name: string;
  path: string;
  /** The demo account the page is seen as (its username), or null for a signed-out page. */
  account: string | null;
  open: (page: Page) => Promise<ShellPage>;
  heading: (language: LanguageCode) => string;
}

/**
 * Every page the per-page loops (accessibility, layout, content security) visit, in an order that
 * lets one browser context see them all: the signed-out pages first, then the signed-in ones.
 */
export const SHELL_PAGES: readonly ShellPageCase[] = [
  {
    name: 'home',
    path: HomePage.path,
    account: null,
    open: (page) => HomePage.open(page),
    heading: (language) => headingsIn(language).home,
  },
  {
    name: 'sign-in',
    path: SignInPage.path,
    account: null,
    open: (page) => SignInPage.open(page),
    heading: (language) => headingsIn(language).signIn,
  },
  {
    name: 'not found',
    path: NotFoundPage.path,
    account: null,
    open: (page) => NotFoundPage.open(page),
    heading: (language) => headingsIn(language).notFound,
  },
  {
    name: 'role home',
    path: RoleHomePage.path,
    account: PAGE_TOUR_ACCOUNT.username,
    open: (page) => RoleHomePage.open(page),
    heading: (language) => headingsIn(language, PAGE_TOUR_ACCOUNT.displayName).roleHome,
  },
  {
    name: 'my sessions',
    path: SessionsPage.path,
    account: PAGE_TOUR_ACCOUNT.username,
    open: (page) => SessionsPage.open(page),
    heading: (language) => headingsIn(language).sessions,
  },
];
