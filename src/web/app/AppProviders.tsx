import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { type ReactNode, useLayoutEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { applyDocumentLanguage } from '../i18n/document-language';
import { directionOf } from '../i18n/languages';
import { cssVariablesResolver, theme } from './theme/theme';

export interface AppProvidersProps {
  i18n: I18n;
  queryClient: QueryClient;
  /** CSP nonce for Mantine's `<style>` elements; undefined when the page carries none. */
  styleNonce?: string | undefined;
  children: ReactNode;
}

/** Everything the screens rely on: translations, direction, theme and the query cache. */
export function AppProviders({ i18n, queryClient, styleNonce, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      {/* The language decides the direction (DocumentLanguageSync), not the other way round. */}
      <DirectionProvider initialDirection={directionOf(i18n.language)} detectDirection={false}>
        <MantineProvider
          theme={theme}
          cssVariablesResolver={cssVariablesResolver}
          forceColorScheme="light"
          getStyleNonce={styleNonce ? () => styleNonce : undefined}
        >
          <DocumentLanguageSync />
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>
  );
}

/** Keeps `<html lang dir>` and Mantine's direction in step with the i18next language. */
function DocumentLanguageSync() {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  const language = i18n.resolvedLanguage ?? i18n.language;

  // Layout effect: the direction flips before the browser paints the new language.
  useLayoutEffect(() => {
    setDirection(applyDocumentLanguage(language));
  }, [language, setDirection]);

  return null;
}
