import type {
  Attachment,
  Entry,
  EntryAction,
  EntryReference,
  EntrySummary,
  PeerReview,
  PersonalDataWarning,
  Translation,
} from '../../../../contracts/knowledge.ts';
import type { KnowledgeLanguage } from '../../../../contracts/knowledge-taxonomy.ts';
import type { AttachmentRow, EntryRow, PeerReviewRow, TranslationRow } from './repository.ts';

// Rows into the API's shapes. The response schemas are the last filter; these decide what a
// reader sees: the contact only with consent (always for the proposer and editors), warnings only
// for them.

const iso = (value: Date | string) => (typeof value === 'string' ? new Date(value) : value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

/** The translations of one entry, the original first, then by language code. */
export function orderTranslations<T extends Pick<TranslationRow, 'language' | 'origin'>>(
  rows: readonly T[],
): T[] {
  return [...rows].sort((a, b) =>
    a.origin === 'original' ? -1 : b.origin === 'original' ? 1 : a.language.localeCompare(b.language),
  );
}

/** The translation shown to a reader of `language`: theirs when there is one, else the original. */
export function translationFor<T extends Pick<TranslationRow, 'language' | 'origin'>>(
  rows: readonly T[],
  language: KnowledgeLanguage | undefined,
): T | undefined {
  return rows.find((row) => row.language === language) ?? orderTranslations(rows)[0];
}

export function presentTranslation(row: TranslationRow): Translation {
  return {
    language: row.language,
    origin: row.origin,
    title: row.title,
    summary: row.summary,
    legalFramework: row.legalFramework,
    approach: row.approach,
    resources: row.resources,
    results: row.results,
    measurement: row.measurement,
    lessons: row.lessons,
    sustainability: row.sustainability,
    updatedAt: iso(row.updatedAt),
    reviewedAt: isoOrNull(row.reviewedAt),
  };
}

export function presentAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    addedAt: iso(row.addedAt),
  };
}

export function presentPeerReview(row: PeerReviewRow): PeerReview {
  return {
    id: row.id,
    reviewerName: row.reviewerName,
    reviewerAffiliation: row.reviewerAffiliation,
    reviewedOn: row.reviewedOn,
    conclusion: row.conclusion,
    recordedAt: iso(row.recordedAt),
  };
}

/**
 * An entry as a row or card of a list, in the reader's language when it has a translation in it
 * (else the original). `translations` are the entry's (others are ignored). Helper S's search
 * reuses it.
 */
export function presentEntrySummary(
  entry: EntryRow,
  translations: readonly Pick<TranslationRow, 'entryId' | 'language' | 'origin' | 'title' | 'summary'>[],
  language?: KnowledgeLanguage,
): EntrySummary {
  const own = translations.filter((row) => row.entryId === entry.id);
  const shown = translationFor(own, language);
  return {
    id: entry.id,
    kind: entry.kind,
    status: entry.status,
    visibility: entry.visibility,
    title: shown?.title ?? '',
    summary: shown?.summary ?? '',
    language: shown?.language ?? entry.originalLanguage,
    languages: orderTranslations(own).map((row) => row.language),
    themes: entry.themes,
    evidenceLevel: entry.evidenceLevel,
    region: entry.region,
    country: entry.country,
    demonstration: entry.demonstration,
    updatedAt: iso(entry.updatedAt),
    publishedAt: isoOrNull(entry.publishedAt),
    staleSince: isoOrNull(entry.staleSince),
  };
}

/** Everything an entry's page shows, loaded (entry-view.ts). */
export interface EntryView {
  entry: EntryRow;
  translations: TranslationRow[];
  attachments: AttachmentRow[];
  peerReviews: PeerReviewRow[];
  publisher: string;
  organisation: { id: string; name: string } | null;
  related: EntryReference[];
}

/** What the reader is to the entry. */
export interface EntryReader {
  actions: EntryAction[];
  /** The proposer or an editor of the entry's tenant: sees warnings and the contact always. */
  privileged: boolean;
  mine: boolean;
  warnings: PersonalDataWarning[];
}

export function presentEntry(view: EntryView, reader: EntryReader): Entry {
  const { entry } = view;
  const hasContact = entry.contactName !== null || entry.contactEmail !== null;
  const showContact = hasContact && (entry.contactConsent || reader.privileged);
  return {
    id: entry.id,
    kind: entry.kind,
    status: entry.status,
    visibility: entry.visibility,
    audienceOrganisationIds: reader.privileged ? entry.audienceOrganisationIds : [],
    audienceTenantIds: reader.privileged ? entry.audienceTenantIds : [],
    originalLanguage: entry.originalLanguage,
    country: entry.country,
    region: entry.region,
    facilityTypes: entry.facilityTypes,
    themes: entry.themes,
    targetGroups: entry.targetGroups,
    preventionLevels: entry.preventionLevels,
    actors: entry.actors,
    evidenceLevel: entry.evidenceLevel,
    startedOn: entry.startedOn,
    endedOn: entry.endedOn,
    publisher: view.publisher,
    contributingOrganisation: view.organisation,
    contributorName: entry.contributorName,
    contact: showContact ? { name: entry.contactName, email: entry.contactEmail } : null,
    contactConsent: entry.contactConsent,
    links: entry.links,
    related: view.related,
    demonstration: entry.demonstration,
    featured: entry.featured,
    version: entry.version,
    createdAt: iso(entry.createdAt),
    updatedAt: iso(entry.updatedAt),
    publishedAt: isoOrNull(entry.publishedAt),
    staleSince: isoOrNull(entry.staleSince),
    archivedAt: isoOrNull(entry.archivedAt),
    translations: orderTranslations(view.translations).map(presentTranslation),
    attachments: view.attachments.map(presentAttachment),
    peerReviews: view.peerReviews.map(presentPeerReview),
    warnings: reader.privileged ? reader.warnings : [],
    mine: reader.mine,
    actions: reader.actions,
  };
}
