import type { RouteObject } from 'react-router';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { SignInPage } from './pages/SignInPage';
import { ShellLayout } from './shell/ShellLayout';

/**
 * Every screen renders inside the shell. The pathless route catches rendering errors below it,
 * so a failing page still shows the header, navigation and language switcher.
 * Module pages will join as lazy routes (`lazy: () => import(...)`) to keep the first load small.
 */
export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <ShellLayout />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
