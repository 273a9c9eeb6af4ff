import type { Page } from 'playwright-core';
import { AccessReportPage } from '../pages/AccessReportPage.ts';
import { AuditSearchPage, BreakGlassPage } from '../pages/AuditSearchPage.ts';
import { EligibilityPage } from '../pages/EligibilityPage.ts';
import { HomePage } from '../pages/HomePage.ts';
import { LibraryContributePage } from '../pages/LibraryContributePage.ts';
import { LibraryImportPage, LibraryStatisticsPage } from '../pages/LibraryEditorToolsPage.ts';
import { firstPublicEntry, LibraryEntryPage } from '../pages/LibraryEntryPage.ts';
import { LibraryHomePage } from '../pages/LibraryHomePage.ts';
import { LibraryMinePage } from '../pages/LibraryMinePage.ts';
import { LibraryReviewQueuePage } from '../pages/LibraryReviewPage.ts';
import { LibrarySearchPage } from '../pages/LibrarySearchPage.ts';
import { NotFoundPage } from '../pages/NotFoundPage.ts';
import { NotificationsPage } from '../pages/NotificationsPage.ts';
import { FacilitiesPage, OrganisationsPage } from '../pages/PlacesAdministrationPage.ts';
import { PublicRegisterPage } from '../pages/PublicRegisterPage.ts';
import { RegistryDirectoryPage } from '../pages/RegistryDirectoryPage.ts';
import { RegistryOrganisationPage } from '../pages/RegistryOrganisationPage.ts';
import { RegistryPractitionerPage } from '../pages/RegistryPractitionerPage.ts';
import { ReviewQueuePage } from '../pages/ReviewQueuePage.ts';
import { RoleHomePage } from '../pages/RoleHomePage.ts';
import { SessionsPage } from '../pages/SessionsPage.ts';
import type { LanguageCode, ShellPage } from '../pages/ShellPage.ts';
import { SignInPage } from '../pages/SignInPage.ts';
import { TrainingCoursesPage } from '../pages/TrainingCoursesPage.ts';
import { TrainingSessionPage } from '../pages/TrainingSessionPage.ts';
import { TrainingSessionsPage } from '../pages/TrainingSessionsPage.ts';
import { CreateUserPage, UserAdministrationPage } from '../pages/UserAdministrationPage.ts';
import { CATALOGUES, headingsIn } from './catalogues.ts';
import { facilityIdOf, organisationIdOf, practitionerIdOf } from './registry-ids.ts';

const BRIDGES = 'Bridges · Passerelles · جسور · Мосты';

// The library entry the tour looks at: the public search's first hit, found when the tour opens it.
// Shown with `?lang=` of its title's language, so its heading stays that title in every UI language.
let libraryTourEntryTitle = '';

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
    // The demo tenant's published register, as anyone reads it without signing in.
    name: 'public register',
    path: PublicRegisterPage.demoPath,
    account: null,
    open: (page) => PublicRegisterPage.open(page),
    heading: (language) => CATALOGUES[language].publicRegister.page.heading,
  },
  {
    // The knowledge library, signed out: the demo library's public entries.
    name: 'library home',
    path: LibraryHomePage.path,
    account: null,
    open: (page) => LibraryHomePage.open(page),
    heading: (language) => CATALOGUES[language].knowledge.home.heading,
  },
  {
    // A search with words, facets, highlighted passages and pages.
    name: 'library search',
    path: `${LibrarySearchPage.path}?q=family`,
    account: null,
    open: (page) => LibrarySearchPage.open(page, 'q=family'),
    heading: (language) => CATALOGUES[language].knowledge.search.heading,
  },
  {
    // An entry's id is made when the demo is loaded, so `path` is the search's.
    name: 'library entry',
    path: LibrarySearchPage.path,
    account: null,
    open: async (page) => {
      const entry = await firstPublicEntry(page);
      libraryTourEntryTitle = entry.title;
      return LibraryEntryPage.open(page, entry.id, entry.language);
    },
    heading: () => libraryTourEntryTitle,
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
  {
    // Signed in, the search also finds restricted entries and offers the export of its result.
    name: 'library search signed in',
    path: LibrarySearchPage.path,
    account: PAGE_TOUR_ACCOUNT.username,
    open: (page) => LibrarySearchPage.open(page),
    heading: (language) => CATALOGUES[language].knowledge.search.heading,
  },
  {
    name: 'audit search',
    path: AuditSearchPage.path,
    account: 'monitor',
    open: (page) => AuditSearchPage.open(page),
    heading: (language) => CATALOGUES[language].audit.search.heading,
  },
  {
    name: 'audit break-glass',
    path: BreakGlassPage.path,
    account: 'monitor',
    open: (page) => BreakGlassPage.open(page),
    heading: (language) => CATALOGUES[language].audit.breakGlass.heading,
  },
  {
    name: 'audit access report',
    path: AccessReportPage.pathFor(AccessReportPage.tourPersonId),
    account: 'monitor',
    open: (page) => AccessReportPage.open(page),
    heading: (language) => CATALOGUES[language].audit.report.heading,
  },
  {
    name: 'user accounts',
    path: UserAdministrationPage.path,
    account: 'admin',
    open: (page) => UserAdministrationPage.open(page),
    heading: (language) => CATALOGUES[language].administration.users.list.heading,
  },
  {
    name: 'create an account',
    path: CreateUserPage.path,
    account: 'admin',
    open: (page) => CreateUserPage.open(page),
    heading: (language) => CATALOGUES[language].administration.users.create.heading,
  },
  {
    // Reached from the list: an account's address holds its id, which the demo data does not fix.
    name: 'a user account',
    path: UserAdministrationPage.path,
    account: 'admin',
    open: async (page) => (await UserAdministrationPage.open(page)).openAccount('practitioner.bridges'),
    heading: () => 'Omar Said',
  },
  {
    name: 'organisations',
    path: OrganisationsPage.path,
    account: 'admin',
    open: (page) => OrganisationsPage.open(page),
    heading: (language) => CATALOGUES[language].places.organisations.heading,
  },
  {
    name: 'facilities',
    path: FacilitiesPage.path,
    account: 'admin',
    open: (page) => FacilitiesPage.open(page),
    heading: (language) => CATALOGUES[language].places.facilities.heading,
  },
  {
    // Reached with ids the demo makes when loaded: Yasmin Haddad, whose vetting has expired, at the
    // Central Prison. `path` (for loops that only load the page) names no practitioner: a refusal.
    name: 'eligibility of a practitioner',
    path: EligibilityPage.pathFor('01950000-0000-7000-8000-00000000e1e1'),
    account: 'coordinator.bridges',
    open: async (page) => {
      const yasmin = await practitionerIdOf(page, BRIDGES, 'Yasmin Haddad');
      const central = await facilityIdOf(page, 'Central Prison');
      const eligibility = await EligibilityPage.open(page, yasmin, {
        facilityId: central,
        interventionType: 'family_engagement',
        accessTier: 'regular',
      });
      await eligibility.answer.waitFor();
      return eligibility;
    },
    heading: (language) => CATALOGUES[language].registry.eligibilityPage.heading,
  },
  {
    // The demo's reminders about Yasmin Haddad's vetting, unread ones among them.
    name: 'notifications',
    path: NotificationsPage.path,
    account: 'coordinator.bridges',
    open: (page) => NotificationsPage.open(page),
    heading: (language) => CATALOGUES[language].notifications.page.heading,
  },
  {
    // Bridges as its coordinator keeps it: the complete profile with its form (names in other
    // languages, expertise, contacts) and the profile's history of versions.
    name: 'registry organisation profile',
    path: RegistryDirectoryPage.path,
    account: 'coordinator.bridges',
    open: async (page) => RegistryOrganisationPage.open(page, await organisationIdOf(page, BRIDGES)),
    heading: () => BRIDGES,
  },
  {
    name: 'registry directory',
    path: RegistryDirectoryPage.path,
    account: 'security.central',
    open: (page) => RegistryDirectoryPage.open(page),
    heading: (language) => CATALOGUES[language].registry.directory.heading,
  },
  {
    // Bridges as a security officer sees it: accredited, with its history, agreement, practitioners
    // and the decision form. Its id is made when the demo is loaded, so `path` is the directory's.
    name: 'registry organisation',
    path: RegistryDirectoryPage.path,
    account: 'security.central',
    open: async (page) => RegistryOrganisationPage.open(page, await organisationIdOf(page, BRIDGES)),
    heading: () => BRIDGES,
  },
  {
    // Yasmin Haddad (vetting expired) as a security officer sees her: findings, and every form of
    // the prison service.
    name: 'registry practitioner',
    path: RegistryDirectoryPage.path,
    account: 'security.central',
    open: async (page) =>
      RegistryPractitionerPage.open(page, await practitionerIdOf(page, BRIDGES, 'Yasmin Haddad')),
    heading: () => 'Yasmin Haddad',
  },
  {
    // The demo's queue as the security officer sees it: Open Doors waiting with two checks of five,
    // Pablo Ortega never vetted, Yasmin Haddad's clearance expired.
    name: 'review queue',
    path: ReviewQueuePage.path,
    account: 'security.central',
    open: (page) => ReviewQueuePage.open(page),
    heading: (language) => CATALOGUES[language].registryReview.queue.heading,
  },
  {
    name: 'training sessions',
    path: TrainingSessionsPage.path,
    account: 'security.central',
    open: (page) => TrainingSessionsPage.open(page),
    heading: (language) => CATALOGUES[language].training.sessions.heading,
  },
  {
    // The demo's latest session held: attendance in a table and the attendance form. Its id is made
    // when the demo is loaded, so `path` is the list's.
    name: 'training session',
    path: TrainingSessionsPage.path,
    account: 'security.central',
    open: async (page) => TrainingSessionPage.open(page, await TrainingSessionPage.newestHeldId(page)),
    heading: (language) => CATALOGUES[language].training.session.heading,
  },
  {
    // The catalogue as the Central Prison's director sees it: the requirements form of the prison.
    name: 'course catalogue',
    path: TrainingCoursesPage.path,
    account: 'director.central',
    open: (page) => TrainingCoursesPage.open(page),
    heading: (language) => CATALOGUES[language].training.catalogue.heading,
  },
  {
    // The catalogue as the administrator keeps it: the add-a-course form and one change form per course.
    name: 'course catalogue as administrator',
    path: TrainingCoursesPage.path,
    account: 'admin',
    open: (page) => TrainingCoursesPage.open(page),
    heading: (language) => CATALOGUES[language].training.catalogue.heading,
  },
  {
    // The contribution form, empty, as a CSO coordinator proposes a practice: every group of fields
    // with its guidance.
    name: 'library contribution form',
    path: LibraryContributePage.path,
    account: 'coordinator.bridges',
    open: (page) => LibraryContributePage.open(page),
    heading: (language) => CATALOGUES[language].knowledgeContribute.propose.heading,
  },
  {
    name: 'library my contributions',
    path: LibraryMinePage.path,
    account: 'coordinator.bridges',
    open: (page) => LibraryMinePage.open(page),
    heading: (language) => CATALOGUES[language].knowledgeContribute.mine.heading,
  },
  {
    // The knowledge editor's queue: entries in review, sent back, or not updated for long.
    name: 'library review queue',
    path: LibraryReviewQueuePage.path,
    account: 'editor',
    open: (page) => LibraryReviewQueuePage.open(page),
    heading: (language) => CATALOGUES[language].knowledgeReview.queue.heading,
  },
  {
    name: 'library search statistics',
    path: LibraryStatisticsPage.path,
    account: 'editor',
    open: (page) => LibraryStatisticsPage.open(page),
    heading: (language) => CATALOGUES[language].knowledgeReview.statistics.heading,
  },
  {
    name: 'library import',
    path: LibraryImportPage.path,
    account: 'editor',
    open: (page) => LibraryImportPage.open(page),
    heading: (language) => CATALOGUES[language].knowledgeReview.import.heading,
  },
];
