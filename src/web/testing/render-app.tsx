import { configure, render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { App } from '../app/App';
import { createQueryClient } from '../app/query-client';
import { appRoutes } from '../app/routes';
import { createI18n } from '../i18n/i18n';
import type { LanguageCode } from '../i18n/languages';

// The whole app renders in happy-dom in tens of milliseconds, but on a loaded two-core machine (the
// server suite running alongside) a first render can pass Testing Library's 1 s default for `findBy`.
configure({ asyncUtilTimeout: 5000 });

/** The whole app on a memory router, with the real query cache (retries off) and real catalogues. */
export function renderApp({ path = '/', language = 'en' }: { path?: string; language?: LanguageCode } = {}) {
  const queryClient = createQueryClient({ retry: false });
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const i18n = createI18n(language);
  const view = render(<App i18n={i18n} queryClient={queryClient} router={router} />);
  return { ...view, queryClient, router, i18n };
}
