import type { SignedIn } from '../../../contracts/identity';
import type { Entry, EntrySummary, Translation } from '../../../contracts/knowledge';
import { caseManagerSession } from '../../testing/fake-api';

// Answers of the knowledge API for the contributors' and editors' screens, shaped by the contracts,
// each test changing only what it is about.

export const ENTRY_ID = '0190c2a0-0000-7000-8000-00000000e001';
export const OTHER_ID = '0190c2a0-0000-7000-8000-00000000e002';

export function coordinatorSession(): SignedIn {
  const base = caseManagerSession();
  return {
    ...base,
    user: { ...base.user, username: 'coordinator.bridges', displayName: 'Nadia Mansour' },
    organisation: { id: '0190c2a0-0000-7000-8000-0000000000b1', kind: 'civil_society', name: 'Bridges' },
    roles: [
      {
        role: 'cso_coordinator',
        scope: 'organisation',
        facility: null,
        organisation: { id: '0190c2a0-0000-7000-8000-0000000000b1', name: 'Bridges' },
      },
    ],
  };
}

export function editorSession(): SignedIn {
  const base = caseManagerSession();
  return {
    ...base,
    user: { ...base.user, username: 'editor', displayName: 'Ana Ruiz' },
    roles: [{ role: 'knowledge_editor', scope: 'tenant', facility: null, organisation: null }],
  };
}

export function translation(overrides: Partial<Translation> = {}): Translation {
  return {
    language: 'fr',
    origin: 'original',
    title: 'Journées des familles',
    summary: 'Des rencontres mensuelles entre familles et personnes détenues.',
    legalFramework: '',
    approach: 'Une fois par mois, un après-midi encadré.',
    resources: '',
    results: 'Participation régulière de 40 familles.',
    measurement: '',
    lessons: '',
    sustainability: '',
    updatedAt: '2026-11-20T10:00:00.000Z',
    reviewedAt: null,
    ...overrides,
  };
}

export function entry(overrides: Partial<Entry> = {}): Entry {
  return {
    id: ENTRY_ID,
    kind: 'good_practice',
    status: 'draft',
    visibility: 'public',
    audienceOrganisationIds: [],
    audienceTenantIds: [],
    originalLanguage: 'fr',
    country: 'FR',
    region: 'europe',
    facilityTypes: ['men'],
    themes: ['family_involvement'],
    targetGroups: ['families'],
    preventionLevels: ['tertiary'],
    actors: ['family_liaison'],
    evidenceLevel: 'descriptive',
    startedOn: '2024-01-01',
    endedOn: null,
    publisher: 'Meridia Prison Service',
    contributingOrganisation: { id: '0190c2a0-0000-7000-8000-0000000000b1', name: 'Bridges' },
    contributorName: 'Bridges',
    contact: { name: 'Nadia Mansour', email: 'nadia@example.org' },
    contactConsent: false,
    links: [{ url: 'https://example.org/report', label: 'Rapport 2024' }],
    related: [],
    demonstration: false,
    featured: false,
    version: 3,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    publishedAt: null,
    staleSince: null,
    archivedAt: null,
    translations: [translation()],
    attachments: [],
    peerReviews: [],
    warnings: [],
    mine: true,
    actions: ['read', 'update', 'submit', 'translate', 'comment', 'read_history'],
    ...overrides,
  };
}

export function summary(overrides: Partial<EntrySummary> = {}): EntrySummary {
  return {
    id: ENTRY_ID,
    kind: 'good_practice',
    status: 'draft',
    visibility: 'public',
    title: 'Journées des familles',
    summary: 'Des rencontres mensuelles.',
    language: 'fr',
    languages: ['fr'],
    themes: ['family_involvement'],
    evidenceLevel: 'descriptive',
    region: 'europe',
    country: 'FR',
    demonstration: false,
    updatedAt: '2026-11-20T10:00:00.000Z',
    publishedAt: null,
    staleSince: null,
    ...overrides,
  };
}

/** The editor's view of an entry in review: every review action. */
export function entryInReview(overrides: Partial<Entry> = {}): Entry {
  return entry({
    status: 'in_review',
    mine: false,
    actions: [
      'read',
      'update',
      'translate',
      'review_translation',
      'comment',
      'request_changes',
      'record_peer_review',
      'publish',
      'archive',
      'read_history',
    ],
    ...overrides,
  });
}
