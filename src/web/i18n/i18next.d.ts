import 'i18next';
import type { Catalogue } from '../locales/catalogues';

// Typed keys: a misspelt key fails type-checking. English is the reference catalogue.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
    returnNull: false;
  }
}
