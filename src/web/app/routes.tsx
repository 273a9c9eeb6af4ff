import type { RouteObject } from 'react-router';
import { HomeRoute } from '../modules/home/HomeRoute';
import { SecondFactorPage } from '../modules/identity/second-factor/SecondFactorPage';
import { SessionsPage } from '../modules/identity/sessions/SessionsPage';
import { SignInPage } from '../modules/identity/sign-in/SignInPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { RequireSession } from './session/RequireSession';
import { ShellLayout } from './shell/ShellLayout';
import { PageLoading } from './ui/PageLoading';

/**
 * Every screen renders inside the shell. The pathless route catches rendering errors below it,
 * so a failing page still shows the header, navigation and language switcher. Pages that need a
 * signed-in user sit under `RequireSession`, which sends everyone else to sign in and back.
 *
 * Sign-in, the homes and the sessions page load with the app, not lazily: they are where every visit
 * starts, and a lazy first route would hold the first paint. Heavier module pages join as lazy routes
 * (`lazy: () => import(...)`).
 */
// While a module's lazy screen loads; its words stay in the module's catalogue.
const auditLoading = <PageLoading labelKey="audit.loadingPage" testId="audit-page-loading" />;
const administrationLoading = (
  <PageLoading labelKey="administration.loadingPage" testId="administration-page-loading" />
);
const placesLoading = <PageLoading labelKey="places.loadingPage" testId="places-page-loading" />;
const registryLoading = <PageLoading labelKey="registry.loadingPage" testId="registry-page-loading" />;
const publicRegisterLoading = (
  <PageLoading labelKey="publicRegister.loadingPage" testId="public-register-page-loading" />
);
const notificationsLoading = (
  <PageLoading labelKey="notifications.loadingPage" testId="notifications-page-loading" />
);
const trainingLoading = <PageLoading labelKey="training.loadingPage" testId="training-page-loading" />;
const libraryLoading = <PageLoading labelKey="knowledge.loadingPage" testId="library-page-loading" />;
const libraryWorkLoading = (
  <PageLoading labelKey="knowledgeContribute.loadingPage" testId="library-work-page-loading" />
);

export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <ShellLayout />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'sign-in', element: <SignInPage /> },
          // Anyone may read a prison service's published register, signed in or not.
          {
            path: 'public/registry/:tenantSlug',
            hydrateFallbackElement: publicRegisterLoading,
            lazy: async () => ({
              Component: (await import('../modules/public-register/PublicRegisterPage')).PublicRegisterPage,
            }),
          },
          // The knowledge library, for anyone: public entries signed out, restricted ones too signed in.
          {
            path: 'library',
            hydrateFallbackElement: libraryLoading,
            lazy: async () => ({
              Component: (await import('../modules/knowledge/LibraryHomePage')).LibraryHomePage,
            }),
          },
          {
            path: 'library/search',
            hydrateFallbackElement: libraryLoading,
            lazy: async () => ({
              Component: (await import('../modules/knowledge/LibrarySearchPage')).LibrarySearchPage,
            }),
          },
          {
            path: 'library/entries/:entryId',
            hydrateFallbackElement: libraryLoading,
            lazy: async () => ({
              Component: (await import('../modules/knowledge/EntryPage')).EntryPage,
            }),
          },
          {
            element: <RequireSession />,
            children: [
              { path: 'account/sessions', element: <SessionsPage /> },
              { path: 'account/second-factor', element: <SecondFactorPage /> },
              // The knowledge library's work: contributing, translating, and the editors' review.
              {
                path: 'library/contribute',
                hydrateFallbackElement: libraryWorkLoading,
                lazy: async () => ({
                  Component: (await import('../modules/knowledge-contribute/ContributePage')).ContributePage,
                }),
              },
              {
                path: 'library/mine',
                hydrateFallbackElement: libraryWorkLoading,
                lazy: async () => ({
                  Component: (await import('../modules/knowledge-contribute/MyEntriesPage')).MyEntriesPage,
                }),
              },
              {
                path: 'library/entries/:entryId/edit',
                hydrateFallbackElement: libraryWorkLoading,
                lazy: async () => ({
                  Component: (await import('../modules/knowledge-contribute/EditEntryPage')).EditEntryPage,
                }),
              },
              {
                path: 'library/entries/:entryId/translate',
                hydrateFallbackElement: libraryWorkLoading,
                lazy: async () => ({
                  Component: (await import('../modules/knowledge-contribute/TranslatePage')).TranslatePage,
                }),
              },
              {
                path: 'library/review',
                hydrateFallbackElement: libraryWorkLoading,
                lazy: async () => ({
                  Component: (await import('../modules/knowledge-review/ReviewQueuePage')).ReviewQueuePage,
                }),
              },
              {
                path: 'library/review/:entryId',
                hydrateFallbackElement: libraryWorkLoading,
                lazy: async () => ({
                  Component: (await import('../modules/knowledge-review/EntryReviewPage')).EntryReviewPage,
                }),
              },
              {
                path: 'library/statistics',
                hydrateFallbackElement: libraryWorkLoading,
                lazy: async () => ({
                  Component: (await import('../modules/knowledge-review/StatisticsPage')).StatisticsPage,
                }),
              },
              {
                path: 'library/import',
                hydrateFallbackElement: libraryWorkLoading,
                lazy: async () => ({
                  Component: (await import('../modules/knowledge-review/ImportPage')).ImportPage,
                }),
              },
              {
                path: 'notifications',
                hydrateFallbackElement: notificationsLoading,
                lazy: async () => ({
                  Component: (await import('../modules/notifications/NotificationsPage')).NotificationsPage,
                }),
              },
              {
                path: 'audit',
                hydrateFallbackElement: auditLoading,
                lazy: async () => ({
                  Component: (await import('../modules/audit/AuditSearchPage')).AuditSearchPage,
                }),
              },
              {
                path: 'audit/break-glass',
                hydrateFallbackElement: auditLoading,
                lazy: async () => ({
                  Component: (await import('../modules/audit/BreakGlassPage')).BreakGlassPage,
                }),
              },
              {
                path: 'audit/people/:personId',
                hydrateFallbackElement: auditLoading,
                lazy: async () => ({
                  Component: (await import('../modules/audit/AccessReportPage')).AccessReportPage,
                }),
              },
              {
                path: 'admin/users',
                hydrateFallbackElement: administrationLoading,
                lazy: async () => ({
                  Component: (await import('../modules/administration/users/UserListPage')).UserListPage,
                }),
              },
              {
                path: 'admin/users/new',
                hydrateFallbackElement: administrationLoading,
                lazy: async () => ({
                  Component: (await import('../modules/administration/users/CreateUserPage')).CreateUserPage,
                }),
              },
              {
                path: 'admin/users/:userId',
                hydrateFallbackElement: administrationLoading,
                lazy: async () => ({
                  Component: (await import('../modules/administration/users/UserAccountPage'))
                    .UserAccountPage,
                }),
              },
              {
                path: 'admin/organisations',
                hydrateFallbackElement: placesLoading,
                lazy: async () => ({
                  Component: (await import('../modules/places/OrganisationsPage')).OrganisationsPage,
                }),
              },
              {
                path: 'admin/facilities',
                hydrateFallbackElement: placesLoading,
                lazy: async () => ({
                  Component: (await import('../modules/places/FacilitiesPage')).FacilitiesPage,
                }),
              },
              {
                path: 'registry/organisations',
                hydrateFallbackElement: registryLoading,
                lazy: async () => ({
                  Component: (await import('../modules/registry/OrganisationDirectoryPage'))
                    .OrganisationDirectoryPage,
                }),
              },
              {
                path: 'registry/review',
                hydrateFallbackElement: registryLoading,
                lazy: async () => ({
                  Component: (await import('../modules/registry-review/ReviewQueuePage')).ReviewQueuePage,
                }),
              },
              {
                path: 'registry/organisations/:organisationId',
                hydrateFallbackElement: registryLoading,
                lazy: async () => ({
                  Component: (await import('../modules/registry/RegistryOrganisationPage'))
                    .RegistryOrganisationPage,
                }),
              },
              {
                path: 'registry/practitioners/:practitionerId',
                hydrateFallbackElement: registryLoading,
                lazy: async () => ({
                  Component: (await import('../modules/registry/PractitionerStandingPage'))
                    .PractitionerStandingPage,
                }),
              },
              {
                path: 'registry/practitioners/:practitionerId/eligibility',
                hydrateFallbackElement: registryLoading,
                lazy: async () => ({
                  Component: (await import('../modules/registry/EligibilityPage')).EligibilityPage,
                }),
              },
              {
                path: 'registry/courses',
                hydrateFallbackElement: trainingLoading,
                lazy: async () => ({
                  Component: (await import('../modules/training/CourseCataloguePage')).CourseCataloguePage,
                }),
              },
              {
                path: 'registry/training',
                hydrateFallbackElement: trainingLoading,
                lazy: async () => ({
                  Component: (await import('../modules/training/TrainingSessionsPage')).TrainingSessionsPage,
                }),
              },
              {
                path: 'registry/training/:sessionId',
                hydrateFallbackElement: trainingLoading,
                lazy: async () => ({
                  Component: (await import('../modules/training/TrainingSessionPage')).TrainingSessionPage,
                }),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
