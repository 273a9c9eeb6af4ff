import '@mantine/core/styles.css';
import './theme/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { applyDocumentLanguage } from '../i18n/document-language';
import { createI18n } from '../i18n/i18n';
import { browserLanguageSources, pickInitialLanguage } from '../i18n/language-preference';
import { App } from './App';
import { createQueryClient } from './query-client';
import { appRoutes } from './routes';
import { readStyleNonce } from './style-nonce';

const language = pickInitialLanguage(browserLanguageSources());
// Before the first render, so the page never paints in the wrong direction.
applyDocumentLanguage(language);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App
      i18n={createI18n(language)}
      queryClient={createQueryClient()}
      router={createBrowserRouter(appRoutes)}
      styleNonce={readStyleNonce()}
    />
  </StrictMode>,
);
