import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { flushSync } from 'react-dom';
import { type DataRouter, RouterProvider } from 'react-router';
import { AppProviders } from './AppProviders';

export interface AppProps {
  i18n: I18n;
  queryClient: QueryClient;
  router: DataRouter;
  styleNonce?: string | undefined;
}

/** The whole app, with its dependencies passed in: the browser in main.tsx, memory ones in tests. */
/** ReactDOM's flushSync in the shape the router asks for (it wants no return value). */
const flushNow = (update: () => unknown): undefined => {
  flushSync(update);
};

export function App({ i18n, queryClient, router, styleNonce }: AppProps) {
  return (
    <AppProviders i18n={i18n} queryClient={queryClient} styleNonce={styleNonce}>
      {/* flushSync lets a navigation be drawn at once when asked (`navigate(to, { flushSync: true })`). */}
      <RouterProvider router={router} flushSync={flushNow} />
    </AppProviders>
  );
}
