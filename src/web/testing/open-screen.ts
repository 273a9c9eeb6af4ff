import type { LanguageCode } from '../i18n/languages';
import { type Answer, stubApi } from './fake-api';
import { renderApp } from './render-app';

/** The whole app at `path`, with the API answering as `answers` says; the recorded requests come back too. */
export function openScreen(path: string, answers: Record<string, Answer>, language: LanguageCode = 'en') {
  const api = stubApi(answers);
  return { api, ...renderApp({ path, language }) };
}
