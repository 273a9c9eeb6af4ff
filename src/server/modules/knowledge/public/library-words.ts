import type { KnowledgeLanguage, Names } from '../../../../contracts/knowledge-taxonomy.ts';

// The few words the server writes around an entry's own text, in the six languages: the feed's and
// the home page's title and description, and the headings of the page readable without JavaScript.
// Taxonomy names (kinds, themes, evidence levels) come from knowledge-taxonomy.ts, not from here.

const words = <Key extends string>(table: Record<Key, Names>) => table;

export const LIBRARY_WORDS = words({
  library: {
    en: 'Pathways knowledge library',
    fr: 'Bibliothèque de connaissances Pathways',
    es: 'Biblioteca de conocimientos de Pathways',
    ru: 'Библиотека знаний Pathways',
    zh: 'Pathways 知识库',
    ar: 'مكتبة المعارف في Pathways',
  },
  libraryDescription: {
    en: 'Good practices and lessons learned on rehabilitation and reintegration in prisons, shared by prison services and civil society.',
    fr: 'Bonnes pratiques et enseignements sur la réadaptation et la réinsertion en milieu carcéral, partagés par les services pénitentiaires et la société civile.',
    es: 'Buenas prácticas y lecciones aprendidas sobre rehabilitación y reintegración en prisiones, compartidas por servicios penitenciarios y la sociedad civil.',
    ru: 'Эффективные практики и извлечённые уроки по реабилитации и реинтеграции в местах лишения свободы от пенитенциарных служб и гражданского общества.',
    zh: '监狱管理部门和民间社会分享的关于监狱改造与重返社会的良好做法和经验教训。',
    ar: 'ممارسات جيدة ودروس مستفادة في إعادة التأهيل وإعادة الإدماج في السجون، تتقاسمها إدارات السجون والمجتمع المدني.',
  },
  feed: {
    en: 'New and updated entries',
    fr: 'Fiches nouvelles et mises à jour',
    es: 'Fichas nuevas y actualizadas',
    ru: 'Новые и обновлённые материалы',
    zh: '新增和更新的条目',
    ar: 'المدخلات الجديدة والمحدّثة',
  },
  summary: { en: 'Summary', fr: 'Résumé', es: 'Resumen', ru: 'Краткое описание', zh: '摘要', ar: 'ملخص' },
  approach: {
    en: 'Approach and activities',
    fr: 'Approche et activités',
    es: 'Enfoque y actividades',
    ru: 'Подход и мероприятия',
    zh: '方法和活动',
    ar: 'النهج والأنشطة',
  },
  results: { en: 'Results', fr: 'Résultats', es: 'Resultados', ru: 'Результаты', zh: '成果', ar: 'النتائج' },
  lessons: {
    en: 'Lessons and pitfalls',
    fr: 'Enseignements et écueils',
    es: 'Lecciones y escollos',
    ru: 'Уроки и трудности',
    zh: '经验和隐患',
    ar: 'الدروس والمزالق',
  },
  evidenceLevel: {
    en: 'Evidence level',
    fr: 'Niveau de preuve',
    es: 'Nivel de evidencia',
    ru: 'Уровень доказательности',
    zh: '证据等级',
    ar: 'مستوى الأدلة',
  },
  publisher: {
    en: 'Published by',
    fr: 'Publié par',
    es: 'Publicado por',
    ru: 'Опубликовано',
    zh: '发布方',
    ar: 'نشره',
  },
  demonstration: {
    en: 'Demonstration content',
    fr: 'Contenu de démonstration',
    es: 'Contenido de demostración',
    ru: 'Демонстрационные материалы',
    zh: '演示内容',
    ar: 'محتوى توضيحي',
  },
});

export type LibraryWord = keyof typeof LIBRARY_WORDS;

export const word = (key: LibraryWord, language: KnowledgeLanguage) => LIBRARY_WORDS[key][language];
