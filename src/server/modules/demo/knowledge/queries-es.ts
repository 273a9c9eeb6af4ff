import type { SearchQualityQuery } from './demo-entry.ts';

/** Spanish queries of the search-quality set: what a Spanish-speaking practitioner would type. */
export const SEARCH_QUERIES_ES: SearchQualityQuery[] = [
  {
    query: 'mentores para excarcelados de grupos armados',
    language: 'es',
    expected: ['es-mentoria-pares-egreso'],
    note: 'Former members of armed groups mentor men leaving prison; "mentores", "excarcelados" stem like the entry’s words.',
  },
  {
    query: 'reencuentro de internos con su familia',
    language: 'es',
    expected: ['es-visitas-familiares-mediacion'],
    note: 'The mediator prepares the reunion ("reencuentro") of family and prisoner before visits resume.',
  },
  {
    query: 'teatro en prisión empatía',
    language: 'es',
    expected: ['es-teatro-prision-evaluacion'],
    note: 'The prison theatre evaluation measured empathy and self-control.',
  },
  {
    query: 'prácticas restaurativas con adolescentes',
    language: 'es',
    expected: ['es-menores-circulos-restaurativos'],
    note: 'Restorative circles with adolescents in a juvenile centre.',
  },
  {
    query: 'acreditación de voluntarios en prisiones',
    language: 'es',
    expected: ['es-protocolo-ingreso-organizaciones'],
    note: 'The protocol sets how CSO volunteers are vetted, trained and given a badge.',
  },
  {
    query: 'valoración estructurada del riesgo extremista',
    language: 'es',
    expected: ['es-juicio-profesional-estructurado'],
    note: 'Structured professional judgement of the risk of extremist violence, without scores.',
  },
  {
    query: 'curso para funcionarios sobre radicalización',
    language: 'es',
    expected: ['es-formacion-funcionarios-radicalizacion'],
    note: 'A three-day course for wing officers on radicalisation, without religious profiling.',
  },
  {
    query: 'quejas confidenciales y represalias',
    language: 'es',
    expected: ['es-monitoreo-independiente-quejas'],
    note: 'Independent monitoring with locked complaint boxes and follow-up of reprisals.',
  },
  {
    query: 'teólogos que dialogan con condenados',
    language: 'es',
    expected: ['ru-bogoslovy-dialog-koloniya'],
    note: 'Cross-language: a Russian entry on theologians’ dialogue, found through its Spanish translation.',
  },
  {
    query: 'mentores para condenados por extremismo',
    language: 'es',
    expected: ['ru-nastavnichestvo-posle-osvobozhdeniya'],
    note: 'Cross-language: the Russian mentoring entry for people convicted of extremist offences, via its Spanish translation.',
  },
  {
    query: 'capellanes y diálogo interrelijioso',
    language: 'es',
    expected: ['es-consejo-capellanias-dialogo'],
    note: 'Typo ("interrelijioso", g typed as j) for the chaplaincy council and its interfaith dialogue.',
  },
  {
    query: 'taleres de crianza',
    language: 'es',
    expected: ['es-madres-crianza-prision-mujeres'],
    note: 'Typo ("taleres", a letter missing) for the parenting workshops for mothers in a women’s prison.',
  },
];
