import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { type DataRouter, RouterProvider } from 'react-router';
import { AppProviders } from './AppProviders';

export interface AppProps {
  i18n: I18n;
  queryClient: QueryClient;
  router: DataRouter;
  styleNonce?: string | undefined;
}

/** The whole app, with its dependencies passed in: the browser in main.tsx, memory ones in tests. */
export function App({ i18n, queryClient, router, styleNonce }: AppProps) {
  return (
    <AppProviders i18n={i18n} queryClient={queryClient} styleNonce={styleNonce}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
