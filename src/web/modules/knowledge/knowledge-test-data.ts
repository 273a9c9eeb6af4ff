import type { Entry, EntrySummary, Translation } from '../../../contracts/knowledge';
import type { LibraryHome } from '../../../contracts/knowledge-public';
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  type SearchHit,
  type SearchResult,
} from '../../../contracts/knowledge-search';

// Entries as the knowledge API answers them, for the reader's screens' tests.

export const ENTRY_ID = '0190c2a0-0000-7000-8000-00000000e001';
export const OTHER_ENTRY_ID = '0190c2a0-0000-7000-8000-00000000e002';

export function summary(overrides: Partial<EntrySummary> = {}): EntrySummary {
  return {
    id: ENTRY_ID,
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    title: 'Family days in the visiting hall',
    summary: 'Monthly afternoons where families and prisoners prepare release together.',
    language: 'en',
    languages: ['en', 'fr', 'ar'],
    themes: ['family_involvement'],
    evidenceLevel: 'descriptive',
    region: 'europe',
    country: 'FR',
    demonstration: true,
    updatedAt: '2026-03-01T10:00:00.000Z',
    publishedAt: '2026-03-01T10:00:00.000Z',
    staleSince: null,
    ...overrides,
  };
}

export function hit(overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    ...summary(),
    highlight: `Monthly ${HIGHLIGHT_START}family${HIGHLIGHT_END} afternoons`,
    score: 0.8,
    ...overrides,
  };
}

export function searchResult(overrides: Partial<SearchResult> = {}): SearchResult {
  return {
    total: 1,
    page: 1,
    pageSize: 20,
    hits: [hit()],
    facets: {
      theme: [
        { value: 'family_involvement', count: 1 },
        { value: 'women', count: 3 },
      ],
      targetGroup: [],
      region: [{ value: 'europe', count: 1 }],
      evidenceLevel: [{ value: 'descriptive', count: 1 }],
      kind: [{ value: 'good_practice', count: 1 }],
      entryLanguage: [
        { value: 'en', count: 1 },
        { value: 'ar', count: 1 },
      ],
    },
    correctedQuery: null,
    ...overrides,
  };
}

export function libraryHome(overrides: Partial<LibraryHome> = {}): LibraryHome {
  return {
    recent: [summary()],
    featured: [summary({ id: OTHER_ENTRY_ID, title: 'Mentoring after release' })],
    themes: [
      { theme: 'family_involvement', count: 4 },
      { theme: 'women', count: 1 },
      { theme: 'juveniles', count: 0 },
    ],
    total: 5,
    ...overrides,
  };
}

export function translation(overrides: Partial<Translation> = {}): Translation {
  return {
    language: 'en',
    origin: 'original',
    title: 'Family days in the visiting hall',
    summary: 'Monthly afternoons where families and prisoners prepare release together.',
    legalFramework: '',
    approach: 'Families are invited once a month.\n\nA facilitator from the CSO leads the afternoon.',
    resources: 'Two facilitators.',
    results: 'Visits rose by a third.',
    measurement: 'Visit registers before and after.',
    lessons: 'Start small.',
    sustainability: 'Funded by the prison budget since 2025.',
    updatedAt: '2026-03-01T10:00:00.000Z',
    reviewedAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

export function entry(overrides: Partial<Entry> = {}): Entry {
  return {
    id: ENTRY_ID,
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    audienceOrganisationIds: [],
    audienceTenantIds: [],
    originalLanguage: 'en',
    country: 'FR',
    region: 'europe',
    facilityTypes: ['men'],
    themes: ['family_involvement'],
    targetGroups: [],
    preventionLevels: ['tertiary'],
    actors: [],
    evidenceLevel: 'descriptive',
    startedOn: '2024-01-15',
    endedOn: null,
    publisher: 'Meridia Prison Service',
    contributingOrganisation: { id: '0190c2a0-0000-7000-8000-0000000000bb', name: 'Bridges' },
    contributorName: null,
    contact: null,
    contactConsent: false,
    links: [],
    related: [],
    demonstration: true,
    featured: false,
    version: 3,
    createdAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    publishedAt: '2026-03-01T10:00:00.000Z',
    staleSince: null,
    archivedAt: null,
    translations: [
      translation(),
      translation({
        language: 'ar',
        origin: 'machine_assisted',
        title: 'أيام العائلة في قاعة الزيارة',
        summary: 'أمسيات شهرية تحضّر فيها العائلات والسجناء للإفراج معًا.',
        reviewedAt: null,
      }),
    ],
    attachments: [],
    peerReviews: [],
    warnings: [],
    mine: false,
    actions: ['read'],
    ...overrides,
  };
}
