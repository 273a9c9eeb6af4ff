import type { SearchQualityQuery } from './demo-entry.ts';

/** English queries of the search-quality set: what an English-speaking practitioner would type. */
export const SEARCH_QUERIES_EN: SearchQualityQuery[] = [
  {
    query: 'explaining prison to visiting children',
    language: 'en',
    expected: ['en-family-visits-preparation'],
    note: 'The family workers explain prison to children with storybooks before visits.',
  },
  {
    query: 'former extremists as mentors',
    language: 'en',
    expected: ['en-mentoring-former-extremists'],
    note: 'Mentors who once belonged to violent movements; "mentors" stems to the same word as "mentoring".',
  },
  {
    query: 'furnished flat on release day',
    language: 'en',
    expected: ['en-housing-on-release-day'],
    note: 'A furnished flat is guaranteed from the day of release.',
  },
  {
    query: 'football for boys in detention',
    language: 'en',
    expected: ['en-youth-football-mentoring'],
    note: 'The football league for boys in a youth detention centre.',
  },
  {
    query: 'trauma informed groups women',
    language: 'en',
    expected: ['en-women-trauma-informed-groups'],
    note: 'Trauma-informed group work for women in custody.',
  },
  {
    query: 'volunteer vetting delays',
    language: 'en',
    expected: ['en-cso-clearance-backlog'],
    note: 'The lesson learned about vetting delays that made volunteers give up.',
  },
  {
    query: 'chaplain circles violence scripture',
    language: 'en',
    expected: ['en-chaplaincy-dialogue-circles'],
    note: 'Chaplain-led circles reading scripture used to justify violence.',
  },
  {
    query: 'survivors meeting prisoners restorative justice',
    language: 'en',
    expected: ['en-victim-perspectives-restorative'],
    note: 'Survivors of attacks meet men in prison; direct restorative meetings.',
  },
  {
    query: 'educator and chaplain workshops',
    language: 'en',
    expected: ['fr-binome-educateur-aumonier'],
    note: 'Cross-language: a French entry found through its English translation (educator–chaplain pair).',
  },
  {
    query: 'citizenship programme remand prison',
    language: 'en',
    expected: ['fr-evaluation-programme-citoyennete'],
    note: 'Cross-language: the French citizenship programme evaluation, through its English translation.',
  },
  {
    query: 'structured reassesment second rater',
    language: 'en',
    expected: ['en-structured-risk-reassessment'],
    note: 'Typo: "reassesment" for "reassessment" (in the title and summary).',
  },
  {
    query: 'inducton for new prison officers',
    language: 'en',
    expected: ['en-staff-induction-radicalisation'],
    note: 'Typo: "inducton" for "induction" (in the title and summary).',
  },
];
