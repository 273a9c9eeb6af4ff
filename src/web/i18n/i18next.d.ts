import 'i18next';
import type en from '../locales/en.json';

// Typed keys: a misspelt key fails type-checking. English is the reference catalogue.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    returnNull: false;
  }
}
