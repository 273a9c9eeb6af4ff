import type { SearchQualityQuery } from './demo-entry.ts';

/** Russian queries of the search-quality set: what a Russian-speaking practitioner would type. */
export const SEARCH_QUERIES_RU: SearchQualityQuery[] = [
  {
    query: 'наставники для освобождённых',
    language: 'ru',
    expected: ['ru-nastavnichestvo-posle-osvobozhdeniya'],
    note: 'Mentors accompany people released after extremist convictions; "наставники" and "наставничество" share little, the summary has "наставник".',
  },
  {
    query: 'беседы теологов с осуждёнными',
    language: 'ru',
    expected: ['ru-bogoslovy-dialog-koloniya'],
    note: 'Theologians talk one to one with prisoners in a colony.',
  },
  {
    query: 'дети вернувшихся из зон конфликтов',
    language: 'ru',
    expected: ['ru-vozvrashchenki-s-detmi'],
    note: 'The rehabilitation centre for women and children returned from conflict zones.',
  },
  {
    query: 'пересмотр оценки рисков',
    language: 'ru',
    expected: ['ru-mezhvedomstvennaya-otsenka-riskov'],
    note: 'Risk and needs assessment with a mandatory review date.',
  },
  {
    query: 'горячая линия для семей осуждённых',
    language: 'ru',
    expected: ['ru-semeynye-konsultatsii-rodstvennikov'],
    note: 'A helpline and group meetings for relatives of prisoners.',
  },
  {
    query: 'пропуск для общественных организаций',
    language: 'ru',
    expected: ['ru-memorandum-dostup-organizatsiy'],
    note: 'The memorandum sets how CSO staff get a pass after vetting and induction.',
  },
  {
    query: 'махалля и возвращение освобождённых',
    language: 'ru',
    expected: ['ru-makhallya-prinyatie-obshchestvom'],
    note: 'Neighbourhood (mahalla) committees prepare residents for the return of released people.',
  },
  {
    query: 'концентрация экстремистов в одном отделении',
    language: 'ru',
    expected: ['ru-urok-obosoblennoe-otdelenie'],
    note: 'The lesson learned about grouping extremist prisoners in one unit.',
  },
  {
    query: 'медиация перед свиданиями с семьёй',
    language: 'ru',
    expected: ['es-visitas-familiares-mediacion'],
    note: 'Cross-language: the Spanish family mediation entry, found through its Russian translation.',
  },
  {
    query: 'встречи жителей района',
    language: 'ru',
    expected: ['es-mesas-barrio-retorno'],
    note: 'Cross-language: the Spanish neighbourhood tables entry, found through its Russian translation.',
  },
  {
    query: 'группы подержки в колонии',
    language: 'ru',
    expected: ['ru-zhenskaya-koloniya-gruppy-podderzhki'],
    note: 'Typo ("подержки", a letter missing) for the support groups in a women’s colony.',
  },
  {
    query: 'межведомсвенная оценка рисков',
    language: 'ru',
    expected: ['ru-mezhvedomstvennaya-otsenka-riskov'],
    note: 'Typo ("межведомсвенная", a letter missing) for the multi-agency risk assessment guidance.',
  },
];
