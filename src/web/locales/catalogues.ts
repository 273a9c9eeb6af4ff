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
import knowledgeAr from '../modules/knowledge/locales/ar.json' with { type: 'json' };
import knowledgeEn from '../modules/knowledge/locales/en.json' with { type: 'json' };
import knowledgeEs from '../modules/knowledge/locales/es.json' with { type: 'json' };
import knowledgeFr from '../modules/knowledge/locales/fr.json' with { type: 'json' };
import knowledgeRu from '../modules/knowledge/locales/ru.json' with { type: 'json' };
import knowledgeZh from '../modules/knowledge/locales/zh.json' with { type: 'json' };
import knowledgeAttachmentsAr from '../modules/knowledge-attachments/locales/ar.json' with { type: 'json' };
import knowledgeAttachmentsEn from '../modules/knowledge-attachments/locales/en.json' with { type: 'json' };
import knowledgeAttachmentsEs from '../modules/knowledge-attachments/locales/es.json' with { type: 'json' };
import knowledgeAttachmentsFr from '../modules/knowledge-attachments/locales/fr.json' with { type: 'json' };
import knowledgeAttachmentsRu from '../modules/knowledge-attachments/locales/ru.json' with { type: 'json' };
import knowledgeAttachmentsZh from '../modules/knowledge-attachments/locales/zh.json' with { type: 'json' };
import knowledgeContributeAr from '../modules/knowledge-contribute/locales/ar.json' with { type: 'json' };
import knowledgeContributeEn from '../modules/knowledge-contribute/locales/en.json' with { type: 'json' };
import knowledgeContributeEs from '../modules/knowledge-contribute/locales/es.json' with { type: 'json' };
import knowledgeContributeFr from '../modules/knowledge-contribute/locales/fr.json' with { type: 'json' };
import knowledgeContributeRu from '../modules/knowledge-contribute/locales/ru.json' with { type: 'json' };
import knowledgeContributeZh from '../modules/knowledge-contribute/locales/zh.json' with { type: 'json' };
import knowledgeReviewAr from '../modules/knowledge-review/locales/ar.json' with { type: 'json' };
import knowledgeReviewEn from '../modules/knowledge-review/locales/en.json' with { type: 'json' };
import knowledgeReviewEs from '../modules/knowledge-review/locales/es.json' with { type: 'json' };
import knowledgeReviewFr from '../modules/knowledge-review/locales/fr.json' with { type: 'json' };
import knowledgeReviewRu from '../modules/knowledge-review/locales/ru.json' with { type: 'json' };
import knowledgeReviewZh from '../modules/knowledge-review/locales/zh.json' with { type: 'json' };
import notificationsAr from '../modules/notifications/locales/ar.json' with { type: 'json' };
import notificationsEn from '../modules/notifications/locales/en.json' with { type: 'json' };
import notificationsEs from '../modules/notifications/locales/es.json' with { type: 'json' };
import notificationsFr from '../modules/notifications/locales/fr.json' with { type: 'json' };
import notificationsRu from '../modules/notifications/locales/ru.json' with { type: 'json' };
import notificationsZh from '../modules/notifications/locales/zh.json' with { type: 'json' };
import placesAr from '../modules/places/locales/ar.json' with { type: 'json' };
import placesEn from '../modules/places/locales/en.json' with { type: 'json' };
import placesEs from '../modules/places/locales/es.json' with { type: 'json' };
import placesFr from '../modules/places/locales/fr.json' with { type: 'json' };
import placesRu from '../modules/places/locales/ru.json' with { type: 'json' };
import placesZh from '../modules/places/locales/zh.json' with { type: 'json' };
import publicRegisterAr from '../modules/public-register/locales/ar.json' with { type: 'json' };
import publicRegisterEn from '../modules/public-register/locales/en.json' with { type: 'json' };
import publicRegisterEs from '../modules/public-register/locales/es.json' with { type: 'json' };
import publicRegisterFr from '../modules/public-register/locales/fr.json' with { type: 'json' };
import publicRegisterRu from '../modules/public-register/locales/ru.json' with { type: 'json' };
import publicRegisterZh from '../modules/public-register/locales/zh.json' with { type: 'json' };
import registryAr from '../modules/registry/locales/ar.json' with { type: 'json' };
import registryEn from '../modules/registry/locales/en.json' with { type: 'json' };
import registryEs from '../modules/registry/locales/es.json' with { type: 'json' };
import registryFr from '../modules/registry/locales/fr.json' with { type: 'json' };
import registryRu from '../modules/registry/locales/ru.json' with { type: 'json' };
import registryZh from '../modules/registry/locales/zh.json' with { type: 'json' };
import registryReviewAr from '../modules/registry-review/locales/ar.json' with { type: 'json' };
import registryReviewEn from '../modules/registry-review/locales/en.json' with { type: 'json' };
import registryReviewEs from '../modules/registry-review/locales/es.json' with { type: 'json' };
import registryReviewFr from '../modules/registry-review/locales/fr.json' with { type: 'json' };
import registryReviewRu from '../modules/registry-review/locales/ru.json' with { type: 'json' };
import registryReviewZh from '../modules/registry-review/locales/zh.json' with { type: 'json' };
import trainingAr from '../modules/training/locales/ar.json' with { type: 'json' };
import trainingEn from '../modules/training/locales/en.json' with { type: 'json' };
import trainingEs from '../modules/training/locales/es.json' with { type: 'json' };
import trainingFr from '../modules/training/locales/fr.json' with { type: 'json' };
import trainingRu from '../modules/training/locales/ru.json' with { type: 'json' };
import trainingZh from '../modules/training/locales/zh.json' with { type: 'json' };
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
  en: {
    ...en,
    administration: administrationEn,
    audit: auditEn,
    knowledge: knowledgeEn,
    knowledgeAttachments: knowledgeAttachmentsEn,
    knowledgeContribute: knowledgeContributeEn,
    knowledgeReview: knowledgeReviewEn,
    notifications: notificationsEn,
    places: placesEn,
    publicRegister: publicRegisterEn,
    registry: registryEn,
    registryReview: registryReviewEn,
    training: trainingEn,
  },
  fr: {
    ...fr,
    administration: administrationFr,
    audit: auditFr,
    knowledge: knowledgeFr,
    knowledgeAttachments: knowledgeAttachmentsFr,
    knowledgeContribute: knowledgeContributeFr,
    knowledgeReview: knowledgeReviewFr,
    notifications: notificationsFr,
    places: placesFr,
    publicRegister: publicRegisterFr,
    registry: registryFr,
    registryReview: registryReviewFr,
    training: trainingFr,
  },
  es: {
    ...es,
    administration: administrationEs,
    audit: auditEs,
    knowledge: knowledgeEs,
    knowledgeAttachments: knowledgeAttachmentsEs,
    knowledgeContribute: knowledgeContributeEs,
    knowledgeReview: knowledgeReviewEs,
    notifications: notificationsEs,
    places: placesEs,
    publicRegister: publicRegisterEs,
    registry: registryEs,
    registryReview: registryReviewEs,
    training: trainingEs,
  },
  ru: {
    ...ru,
    administration: administrationRu,
    audit: auditRu,
    knowledge: knowledgeRu,
    knowledgeAttachments: knowledgeAttachmentsRu,
    knowledgeContribute: knowledgeContributeRu,
    knowledgeReview: knowledgeReviewRu,
    notifications: notificationsRu,
    places: placesRu,
    publicRegister: publicRegisterRu,
    registry: registryRu,
    registryReview: registryReviewRu,
    training: trainingRu,
  },
  zh: {
    ...zh,
    administration: administrationZh,
    audit: auditZh,
    knowledge: knowledgeZh,
    knowledgeAttachments: knowledgeAttachmentsZh,
    knowledgeContribute: knowledgeContributeZh,
    knowledgeReview: knowledgeReviewZh,
    notifications: notificationsZh,
    places: placesZh,
    publicRegister: publicRegisterZh,
    registry: registryZh,
    registryReview: registryReviewZh,
    training: trainingZh,
  },
  ar: {
    ...ar,
    administration: administrationAr,
    audit: auditAr,
    knowledge: knowledgeAr,
    knowledgeAttachments: knowledgeAttachmentsAr,
    knowledgeContribute: knowledgeContributeAr,
    knowledgeReview: knowledgeReviewAr,
    notifications: notificationsAr,
    places: placesAr,
    publicRegister: publicRegisterAr,
    registry: registryAr,
    registryReview: registryReviewAr,
    training: trainingAr,
  },
};

/** English is the reference catalogue: the keys every language must have, and their argument names. */
export type Catalogue = typeof CATALOGUES.en;
