/**
 * The knowledge hub's reference lists (../shared REFERENCE.md: good-practice themes, prevention
 * levels, practice status, evidence level, actor roles) with their names in the six languages.
 *
 * The names live here, not in the web app's catalogues, because the server needs them too: the
 * search index holds every entry's themes and target groups in all six languages, so that a query
 * in Spanish finds an entry written in French by what it is about. The web app shows the same names.
 * Migration 0014's CHECKs repeat the codes. Imports nothing.
 */

export const KNOWLEDGE_LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;
export type KnowledgeLanguage = (typeof KNOWLEDGE_LANGUAGES)[number];

/** A name in each of the six languages. */
export type Names = Readonly<Record<KnowledgeLanguage, string>>;

const names = <Code extends string>(table: Record<Code, Names>) => table;

export const ENTRY_KINDS = ['good_practice', 'lesson_learned', 'tool_guidance', 'evaluation'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const ENTRY_KIND_NAMES = names<EntryKind>({
  good_practice: {
    en: 'Good practice',
    fr: 'Bonne pratique',
    es: 'Buena práctica',
    ru: 'Эффективная практика',
    zh: '良好做法',
    ar: 'ممارسة جيدة',
  },
  lesson_learned: {
    en: 'Lesson learned',
    fr: 'Enseignement tiré',
    es: 'Lección aprendida',
    ru: 'Извлечённый урок',
    zh: '经验教训',
    ar: 'درس مستفاد',
  },
  tool_guidance: {
    en: 'Tool or guidance',
    fr: 'Outil ou guide',
    es: 'Herramienta u orientación',
    ru: 'Инструмент или руководство',
    zh: '工具或指南',
    ar: 'أداة أو إرشادات',
  },
  evaluation: {
    en: 'Evaluation',
    fr: 'Évaluation',
    es: 'Evaluación',
    ru: 'Оценка',
    zh: '评估',
    ar: 'تقييم',
  },
});

/**
 * Where an entry stands. `changes_requested`: an editor asked the contributor to change it;
 * `inspiring` and `peer_reviewed` are the two ways of being published; `archived` entries keep
 * their address but leave the search.
 */
export const ENTRY_STATUSES = [
  'draft',
  'in_review',
  'changes_requested',
  'inspiring',
  'peer_reviewed',
  'archived',
] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
export const PUBLISHED_STATUSES = ['inspiring', 'peer_reviewed'] as const satisfies readonly EntryStatus[];
export const ENTRY_STATUS_NAMES = names<EntryStatus>({
  draft: { en: 'Draft', fr: 'Brouillon', es: 'Borrador', ru: 'Черновик', zh: '草稿', ar: 'مسودة' },
  in_review: {
    en: 'In review',
    fr: 'En cours d’examen',
    es: 'En revisión',
    ru: 'На рассмотрении',
    zh: '审核中',
    ar: 'قيد المراجعة',
  },
  changes_requested: {
    en: 'Changes requested',
    fr: 'Modifications demandées',
    es: 'Cambios solicitados',
    ru: 'Запрошены изменения',
    zh: '已要求修改',
    ar: 'طُلبت تعديلات',
  },
  inspiring: {
    en: 'Inspiring practice',
    fr: 'Pratique inspirante',
    es: 'Práctica inspiradora',
    ru: 'Вдохновляющая практика',
    zh: '启发性做法',
    ar: 'ممارسة ملهمة',
  },
  peer_reviewed: {
    en: 'Peer-reviewed',
    fr: 'Évaluée par des pairs',
    es: 'Revisada por pares',
    ru: 'Прошла экспертную оценку',
    zh: '经同行评审',
    ar: 'خضعت لمراجعة الأقران',
  },
  archived: { en: 'Archived', fr: 'Archivée', es: 'Archivada', ru: 'В архиве', zh: '已归档', ar: 'مؤرشفة' },
});

export const THEMES = [
  'cso_access',
  'risk_needs_assessment',
  'disengagement',
  'religious_dialogue',
  'family_involvement',
  'women',
  'juveniles',
  'returnees',
  'staff_training',
  'dynamic_security',
  'prevention_in_prison',
  'release_reintegration',
  'community_acceptance',
  'monitoring_evaluation',
  'oversight_human_rights',
] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_NAMES = names<Theme>({
  cso_access: {
    en: 'Civil society access and cooperation',
    fr: 'Accès et coopération de la société civile',
    es: 'Acceso y cooperación de la sociedad civil',
    ru: 'Доступ и сотрудничество гражданского общества',
    zh: '民间社会的准入与合作',
    ar: 'وصول المجتمع المدني والتعاون معه',
  },
  risk_needs_assessment: {
    en: 'Risk and needs assessment',
    fr: 'Évaluation des risques et des besoins',
    es: 'Evaluación de riesgos y necesidades',
    ru: 'Оценка рисков и потребностей',
    zh: '风险与需求评估',
    ar: 'تقييم المخاطر والاحتياجات',
  },
  disengagement: {
    en: 'Disengagement interventions',
    fr: 'Interventions de désengagement',
    es: 'Intervenciones de desvinculación',
    ru: 'Программы отказа от насилия',
    zh: '脱离极端主义干预',
    ar: 'تدخلات فك الارتباط',
  },
  religious_dialogue: {
    en: 'Religious dialogue',
    fr: 'Dialogue religieux',
    es: 'Diálogo religioso',
    ru: 'Религиозный диалог',
    zh: '宗教对话',
    ar: 'الحوار الديني',
  },
  family_involvement: {
    en: 'Family involvement',
    fr: 'Implication des familles',
    es: 'Participación de la familia',
    ru: 'Вовлечение семьи',
    zh: '家庭参与',
    ar: 'إشراك الأسرة',
  },
  women: { en: 'Women', fr: 'Femmes', es: 'Mujeres', ru: 'Женщины', zh: '妇女', ar: 'النساء' },
  juveniles: {
    en: 'Juveniles',
    fr: 'Mineurs',
    es: 'Menores',
    ru: 'Несовершеннолетние',
    zh: '未成年人',
    ar: 'الأحداث',
  },
  returnees: {
    en: 'Returnees',
    fr: 'Personnes de retour',
    es: 'Personas retornadas',
    ru: 'Возвращенцы',
    zh: '回返人员',
    ar: 'العائدون',
  },
  staff_training: {
    en: 'Staff training',
    fr: 'Formation du personnel',
    es: 'Formación del personal',
    ru: 'Обучение персонала',
    zh: '工作人员培训',
    ar: 'تدريب الموظفين',
  },
  dynamic_security: {
    en: 'Dynamic security',
    fr: 'Sécurité dynamique',
    es: 'Seguridad dinámica',
    ru: 'Динамическая безопасность',
    zh: '动态安全',
    ar: 'الأمن الدينامي',
  },
  prevention_in_prison: {
    en: 'Preventing radicalisation in prison',
    fr: 'Prévention de la radicalisation en prison',
    es: 'Prevención de la radicalización en prisión',
    ru: 'Профилактика радикализации в тюрьмах',
    zh: '防止监狱内激进化',
    ar: 'منع التطرف في السجون',
  },
  release_reintegration: {
    en: 'Release and reintegration',
    fr: 'Libération et réinsertion',
    es: 'Excarcelación y reinserción',
    ru: 'Освобождение и реинтеграция',
    zh: '释放与重返社会',
    ar: 'الإفراج وإعادة الإدماج',
  },
  community_acceptance: {
    en: 'Community acceptance',
    fr: 'Acceptation par la communauté',
    es: 'Aceptación comunitaria',
    ru: 'Принятие обществом',
    zh: '社区接纳',
    ar: 'تقبّل المجتمع',
  },
  monitoring_evaluation: {
    en: 'Monitoring and evaluation',
    fr: 'Suivi et évaluation',
    es: 'Seguimiento y evaluación',
    ru: 'Мониторинг и оценка',
    zh: '监测与评估',
    ar: 'الرصد والتقييم',
  },
  oversight_human_rights: {
    en: 'Oversight and human rights',
    fr: 'Contrôle et droits humains',
    es: 'Supervisión y derechos humanos',
    ru: 'Надзор и права человека',
    zh: '监督与人权',
    ar: 'الرقابة وحقوق الإنسان',
  },
});

export const TARGET_GROUPS = [
  'men_in_custody',
  'women_in_custody',
  'juveniles',
  'returnees',
  'foreign_nationals',
  'mental_health_needs',
  'families',
  'prison_staff',
  'cso_practitioners',
  'released_people',
  'communities',
  'victims',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export const TARGET_GROUP_NAMES = names<TargetGroup>({
  men_in_custody: {
    en: 'Men in custody',
    fr: 'Hommes détenus',
    es: 'Hombres privados de libertad',
    ru: 'Мужчины в местах лишения свободы',
    zh: '在押男性',
    ar: 'الرجال المحتجزون',
  },
  women_in_custody: {
    en: 'Women in custody',
    fr: 'Femmes détenues',
    es: 'Mujeres privadas de libertad',
    ru: 'Женщины в местах лишения свободы',
    zh: '在押女性',
    ar: 'النساء المحتجزات',
  },
  juveniles: {
    en: 'Juveniles',
    fr: 'Mineurs',
    es: 'Menores',
    ru: 'Несовершеннолетние',
    zh: '未成年人',
    ar: 'الأحداث',
  },
  returnees: {
    en: 'Returnees',
    fr: 'Personnes de retour',
    es: 'Personas retornadas',
    ru: 'Возвращенцы',
    zh: '回返人员',
    ar: 'العائدون',
  },
  foreign_nationals: {
    en: 'Foreign nationals',
    fr: 'Ressortissants étrangers',
    es: 'Personas extranjeras',
    ru: 'Иностранные граждане',
    zh: '外国国民',
    ar: 'الرعايا الأجانب',
  },
  mental_health_needs: {
    en: 'People with mental health needs',
    fr: 'Personnes ayant des besoins en santé mentale',
    es: 'Personas con necesidades de salud mental',
    ru: 'Люди с потребностями в области психического здоровья',
    zh: '有心理健康需求的人',
    ar: 'ذوو احتياجات الصحة النفسية',
  },
  families: { en: 'Families', fr: 'Familles', es: 'Familias', ru: 'Семьи', zh: '家庭', ar: 'الأسر' },
  prison_staff: {
    en: 'Prison staff',
    fr: 'Personnel pénitentiaire',
    es: 'Personal penitenciario',
    ru: 'Сотрудники пенитенциарных учреждений',
    zh: '监狱工作人员',
    ar: 'موظفو السجون',
  },
  cso_practitioners: {
    en: 'Civil society practitioners',
    fr: 'Intervenants de la société civile',
    es: 'Profesionales de la sociedad civil',
    ru: 'Специалисты гражданского общества',
    zh: '民间社会从业人员',
    ar: 'العاملون في المجتمع المدني',
  },
  released_people: {
    en: 'People released from prison',
    fr: 'Personnes libérées',
    es: 'Personas excarceladas',
    ru: 'Освобождённые лица',
    zh: '刑满释放人员',
    ar: 'المفرج عنهم',
  },
  communities: {
    en: 'Receiving communities',
    fr: 'Communautés d’accueil',
    es: 'Comunidades de acogida',
    ru: 'Принимающие сообщества',
    zh: '接收社区',
    ar: 'المجتمعات المستقبِلة',
  },
  victims: {
    en: 'Victims and survivors',
    fr: 'Victimes et survivants',
    es: 'Víctimas y sobrevivientes',
    ru: 'Пострадавшие',
    zh: '受害者和幸存者',
    ar: 'الضحايا والناجون',
  },
});

export const PREVENTION_LEVELS = ['primary', 'secondary', 'tertiary'] as const;
export type PreventionLevel = (typeof PREVENTION_LEVELS)[number];
export const PREVENTION_LEVEL_NAMES = names<PreventionLevel>({
  primary: {
    en: 'Primary prevention',
    fr: 'Prévention primaire',
    es: 'Prevención primaria',
    ru: 'Первичная профилактика',
    zh: '一级预防',
    ar: 'الوقاية الأولية',
  },
  secondary: {
    en: 'Secondary prevention',
    fr: 'Prévention secondaire',
    es: 'Prevención secundaria',
    ru: 'Вторичная профилактика',
    zh: '二级预防',
    ar: 'الوقاية الثانوية',
  },
  tertiary: {
    en: 'Tertiary prevention',
    fr: 'Prévention tertiaire',
    es: 'Prevención terciaria',
    ru: 'Третичная профилактика',
    zh: '三级预防',
    ar: 'الوقاية الثالثية',
  },
});

/** How strong the evidence is, weakest first: an entry never presents itself as "best" without it. */
export const EVIDENCE_LEVELS = [
  'none',
  'descriptive',
  'evaluated_process',
  'evaluated_outcome',
  'peer_reviewed',
] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];
export const EVIDENCE_LEVEL_NAMES = names<EvidenceLevel>({
  none: {
    en: 'No evidence yet',
    fr: 'Pas encore de données probantes',
    es: 'Aún sin evidencia',
    ru: 'Доказательств пока нет',
    zh: '尚无证据',
    ar: 'لا أدلة بعد',
  },
  descriptive: {
    en: 'Descriptive',
    fr: 'Descriptive',
    es: 'Descriptiva',
    ru: 'Описательные данные',
    zh: '描述性证据',
    ar: 'أدلة وصفية',
  },
  evaluated_process: {
    en: 'Evaluated (process)',
    fr: 'Évaluée (processus)',
    es: 'Evaluada (proceso)',
    ru: 'Оценка процесса',
    zh: '已评估（过程）',
    ar: 'مُقيَّمة (العملية)',
  },
  evaluated_outcome: {
    en: 'Evaluated (outcome)',
    fr: 'Évaluée (résultats)',
    es: 'Evaluada (resultados)',
    ru: 'Оценка результатов',
    zh: '已评估（成果）',
    ar: 'مُقيَّمة (النتائج)',
  },
  peer_reviewed: {
    en: 'Peer-reviewed evidence',
    fr: 'Données évaluées par des pairs',
    es: 'Evidencia revisada por pares',
    ru: 'Доказательства, прошедшие экспертную оценку',
    zh: '经同行评审的证据',
    ar: 'أدلة خضعت لمراجعة الأقران',
  },
});

export const REGIONS = [
  'africa',
  'arab_states',
  'asia_pacific',
  'europe',
  'central_asia',
  'latin_america_caribbean',
  'north_america',
  'global',
] as const;
export type Region = (typeof REGIONS)[number];
export const REGION_NAMES = names<Region>({
  africa: { en: 'Africa', fr: 'Afrique', es: 'África', ru: 'Африка', zh: '非洲', ar: 'أفريقيا' },
  arab_states: {
    en: 'Arab States',
    fr: 'États arabes',
    es: 'Estados árabes',
    ru: 'Арабские государства',
    zh: '阿拉伯国家',
    ar: 'الدول العربية',
  },
  asia_pacific: {
    en: 'Asia and the Pacific',
    fr: 'Asie et Pacifique',
    es: 'Asia y el Pacífico',
    ru: 'Азия и Тихий океан',
    zh: '亚洲及太平洋',
    ar: 'آسيا والمحيط الهادئ',
  },
  europe: { en: 'Europe', fr: 'Europe', es: 'Europa', ru: 'Европа', zh: '欧洲', ar: 'أوروبا' },
  central_asia: {
    en: 'Central Asia',
    fr: 'Asie centrale',
    es: 'Asia Central',
    ru: 'Центральная Азия',
    zh: '中亚',
    ar: 'آسيا الوسطى',
  },
  latin_america_caribbean: {
    en: 'Latin America and the Caribbean',
    fr: 'Amérique latine et Caraïbes',
    es: 'América Latina y el Caribe',
    ru: 'Латинская Америка и Карибский бассейн',
    zh: '拉丁美洲和加勒比',
    ar: 'أمريكا اللاتينية والبحر الكاريبي',
  },
  north_america: {
    en: 'North America',
    fr: 'Amérique du Nord',
    es: 'América del Norte',
    ru: 'Северная Америка',
    zh: '北美洲',
    ar: 'أمريكا الشمالية',
  },
  global: { en: 'Global', fr: 'Mondial', es: 'Mundial', ru: 'Глобальный уровень', zh: '全球', ar: 'عالمي' },
});

export const FACILITY_TYPES = ['men', 'women', 'juvenile', 'mixed', 'community'] as const;
export type FacilityType = (typeof FACILITY_TYPES)[number];
export const FACILITY_TYPE_NAMES = names<FacilityType>({
  men: {
    en: 'Men’s prison',
    fr: 'Prison pour hommes',
    es: 'Prisión de hombres',
    ru: 'Мужская тюрьма',
    zh: '男子监狱',
    ar: 'سجن رجال',
  },
  women: {
    en: 'Women’s prison',
    fr: 'Prison pour femmes',
    es: 'Prisión de mujeres',
    ru: 'Женская тюрьма',
    zh: '女子监狱',
    ar: 'سجن نساء',
  },
  juvenile: {
    en: 'Juvenile centre',
    fr: 'Centre pour mineurs',
    es: 'Centro de menores',
    ru: 'Учреждение для несовершеннолетних',
    zh: '未成年人教养中心',
    ar: 'مركز أحداث',
  },
  mixed: {
    en: 'Mixed prison',
    fr: 'Prison mixte',
    es: 'Prisión mixta',
    ru: 'Смешанное учреждение',
    zh: '混合监狱',
    ar: 'سجن مختلط',
  },
  community: {
    en: 'In the community',
    fr: 'En milieu ouvert',
    es: 'En la comunidad',
    ru: 'В сообществе',
    zh: '社区',
    ar: 'في المجتمع',
  },
});

export const KNOWLEDGE_ACTORS = [
  'psychologist',
  'social_worker',
  'mental_health_worker',
  'religious_scholar',
  'teacher_trainer',
  'mentor',
  'former_extremist_mentor',
  'family_liaison',
  'victims_advocate',
  'community_leader',
  'lawyer',
  'probation_officer',
  'prison_officer',
] as const;
export type KnowledgeActor = (typeof KNOWLEDGE_ACTORS)[number];
export const KNOWLEDGE_ACTOR_NAMES = names<KnowledgeActor>({
  psychologist: {
    en: 'Psychologist',
    fr: 'Psychologue',
    es: 'Psicólogo/a',
    ru: 'Психолог',
    zh: '心理学家',
    ar: 'أخصائي نفسي',
  },
  social_worker: {
    en: 'Social worker',
    fr: 'Travailleur social',
    es: 'Trabajador/a social',
    ru: 'Социальный работник',
    zh: '社会工作者',
    ar: 'أخصائي اجتماعي',
  },
  mental_health_worker: {
    en: 'Mental-health worker',
    fr: 'Professionnel de santé mentale',
    es: 'Profesional de salud mental',
    ru: 'Специалист по психическому здоровью',
    zh: '心理健康工作者',
    ar: 'عامل في الصحة النفسية',
  },
  religious_scholar: {
    en: 'Religious scholar',
    fr: 'Érudit religieux',
    es: 'Erudito/a religioso/a',
    ru: 'Религиовед',
    zh: '宗教学者',
    ar: 'عالم دين',
  },
  teacher_trainer: {
    en: 'Teacher or trainer',
    fr: 'Enseignant ou formateur',
    es: 'Docente o formador/a',
    ru: 'Преподаватель или тренер',
    zh: '教师或培训师',
    ar: 'معلم أو مدرب',
  },
  mentor: { en: 'Mentor', fr: 'Mentor', es: 'Mentor/a', ru: 'Наставник', zh: '导师', ar: 'مرشد' },
  former_extremist_mentor: {
    en: 'Former extremist mentor',
    fr: 'Mentor ancien extrémiste',
    es: 'Mentor/a ex extremista',
    ru: 'Наставник из бывших экстремистов',
    zh: '前极端分子导师',
    ar: 'مرشد من المتطرفين السابقين',
  },
  family_liaison: {
    en: 'Family liaison',
    fr: 'Référent famille',
    es: 'Enlace con la familia',
    ru: 'Координатор по работе с семьями',
    zh: '家庭联络员',
    ar: 'منسق التواصل مع الأسر',
  },
  victims_advocate: {
    en: 'Victims’ advocate',
    fr: 'Défenseur des victimes',
    es: 'Defensor/a de víctimas',
    ru: 'Защитник интересов пострадавших',
    zh: '受害者权益倡导者',
    ar: 'مناصر للضحايا',
  },
  community_leader: {
    en: 'Community leader',
    fr: 'Responsable communautaire',
    es: 'Líder comunitario/a',
    ru: 'Лидер общины',
    zh: '社区领袖',
    ar: 'قائد مجتمعي',
  },
  lawyer: { en: 'Lawyer', fr: 'Avocat', es: 'Abogado/a', ru: 'Юрист', zh: '律师', ar: 'محامٍ' },
  probation_officer: {
    en: 'Probation officer',
    fr: 'Conseiller de probation',
    es: 'Oficial de libertad condicional',
    ru: 'Сотрудник службы пробации',
    zh: '缓刑官',
    ar: 'ضابط المراقبة',
  },
  prison_officer: {
    en: 'Prison officer',
    fr: 'Surveillant pénitentiaire',
    es: 'Funcionario/a de prisiones',
    ru: 'Сотрудник тюрьмы',
    zh: '狱警',
    ar: 'ضابط سجن',
  },
});

/** How a translation came to be: written so, translated by a professional, or with machine help. */
export const TRANSLATION_ORIGINS = ['original', 'professional', 'machine_assisted'] as const;
export type TranslationOrigin = (typeof TRANSLATION_ORIGINS)[number];
export const TRANSLATION_ORIGIN_NAMES = names<TranslationOrigin>({
  original: { en: 'Original', fr: 'Original', es: 'Original', ru: 'Оригинал', zh: '原文', ar: 'النص الأصلي' },
  professional: {
    en: 'Professional translation',
    fr: 'Traduction professionnelle',
    es: 'Traducción profesional',
    ru: 'Профессиональный перевод',
    zh: '专业翻译',
    ar: 'ترجمة احترافية',
  },
  machine_assisted: {
    en: 'Machine-assisted translation',
    fr: 'Traduction assistée par machine',
    es: 'Traducción asistida por máquina',
    ru: 'Машинный перевод с правкой',
    zh: '机器辅助翻译',
    ar: 'ترجمة بمساعدة الآلة',
  },
});

/** The names of the six languages, each in its own script (for a language switch). */
export const LANGUAGE_NAMES: Names = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ru: 'Русский',
  zh: '中文',
  ar: 'العربية',
};
