import administrationAr from '../modules/administration/locales/ar.json' with { type: 'json' };
import administrationEn from '../modules/administration/locales/en.json' with { type: 'json' };
import administrationEs from '../modules/administration/locales/es.json' with { type: 'json' };
import administrationFr from '../modules/administration/locales/fr.json' with { type: 'json' };
import administrationRu from '../modules/administration/locales/ru.json' with { type: 'json' };
import administrationZh from '../modules/administration/locales/zh.json' with { type: 'json' };
import auditAr from '../modules/audit/locales/ar.json' with { type: 'json' };
import auditEn from '../modules/audit/locales/en.json' with { type: 'json' };
import auditEs from '../modules/audit/locales/es.json' with { type: 'json' };
import auditFr from '../modules/audit/locales/fr.json' with { type: 'json' };
import auditRu from '../modules/audit/locales/ru.json' with { type: 'json' };
import auditZh from '../modules/audit/locales/zh.json' with { type: 'json' };
import placesAr from '../modules/places/locales/ar.json' with { type: 'json' };
import placesEn from '../modules/places/locales/en.json' with { type: 'json' };
import placesEs from '../modules/places/locales/es.json' with { type: 'json' };
import placesFr from '../modules/places/locales/fr.json' with { type: 'json' };
import placesRu from '../modules/places/locales/ru.json' with { type: 'json' };
import placesZh from '../modules/places/locales/zh.json' with { type: 'json' };
import registryAr from '../modules/registry/locales/ar.json' with { type: 'json' };
import registryEn from '../modules/registry/locales/en.json' with { type: 'json' };
import registryEs from '../modules/registry/locales/es.json' with { type: 'json' };
import registryFr from '../modules/registry/locales/fr.json' with { type: 'json' };
import registryRu from '../modules/registry/locales/ru.json' with { type: 'json' };
import registryZh from '../modules/registry/locales/zh.json' with { type: 'json' };
import ar from './ar.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };

/**
 * The message catalogue of each language: the shell's own messages (this folder) and, under one key
 * per module, the messages each module keeps next to its screens (`modules/<module>/locales`). A
 * module's strings live with its code, and its keys cannot collide with another module's.
 */
export const CATALOGUES = {
  en: { ...en, administration: administrationEn, audit: auditEn, places: placesEn, registry: registryEn },
  fr: { ...fr, administration: administrationFr, audit: auditFr, places: placesFr, registry: registryFr },
  es: { ...es, administration: administrationEs, audit: auditEs, places: placesEs, registry: registryEs },
  ru: { ...ru, administration: administrationRu, audit: auditRu, places: placesRu, registry: registryRu },
  zh: { ...zh, administration: administrationZh, audit: auditZh, places: placesZh, registry: registryZh },
  ar: { ...ar, administration: administrationAr, audit: auditAr, places: placesAr, registry: registryAr },
};

/** English is the reference catalogue: the keys every language must have, and their argument names. */
export type Catalogue = typeof CATALOGUES.en;
