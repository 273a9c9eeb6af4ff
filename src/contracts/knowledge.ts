import { type Static, type TSchema, Type } from 'typebox';
import {
  ENTRY_KINDS,
  ENTRY_STATUSES,
  EVIDENCE_LEVELS,
  FACILITY_TYPES,
  KNOWLEDGE_ACTORS,
  KNOWLEDGE_LANGUAGES,
  PREVENTION_LEVELS,
  REGIONS,
  TARGET_GROUPS,
  THEMES,
  TRANSLATION_ORIGINS,
} from './knowledge-taxonomy.ts';

/**
 * The knowledge hub's core API: entries, their translations, the review workflow, peer reviews,
 * version history and attachments. Search, the public pages and import/export have their own
 * contracts (knowledge-search.ts, knowledge-public.ts, knowledge-import.ts). Shared by the server
 * (route schemas) and the web app. Imports nothing but typebox and the other contracts.
 */

/** What a reader may do with one entry (each entry carries the actions its reader may take). */
export const ENTRY_ACTIONS = [
  'read',
  'update',
  'submit',
  'translate',
  'review_translation',
  'comment',
  'request_changes',
  'record_peer_review',
  'publish',
  'archive',
  'restore',
  'attach',
  'read_history',
  /** Editors: show it on the library's home page (`featured`). */
  'feature',
] as const;
export type EntryAction = (typeof ENTRY_ACTIONS)[number];

/** What a reader may do with the library as a whole. */
export const LIBRARY_ACTIONS = ['propose', 'review', 'import', 'read_statistics'] as const;
export type LibraryAction = (typeof LIBRARY_ACTIONS)[number];

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_CONTENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/csv',
  'text/plain',
] as const;
export const MAX_LINKS = 20;
export const MAX_RELATED = 20;

/** Where the signed-in API answers. */
export const KNOWLEDGE_PATHS = {
  entries: '/api/v1/knowledge/entries',
  entry: (id: string) => `/api/v1/knowledge/entries/${encodeURIComponent(id)}`,
  translation: (id: string, language: string) =>
    `${KNOWLEDGE_PATHS.entry(id)}/translations/${encodeURIComponent(language)}`,
  translationReview: (id: string, language: string) => `${KNOWLEDGE_PATHS.translation(id, language)}/review`,
  submit: (id: string) => `${KNOWLEDGE_PATHS.entry(id)}/submit`,
  reviewEvents: (id: string) => `${KNOWLEDGE_PATHS.entry(id)}/review-events`,
  peerReviews: (id: string) => `${KNOWLEDGE_PATHS.entry(id)}/peer-reviews`,
  publication: (id: string) => `${KNOWLEDGE_PATHS.entry(id)}/publication`,
  archive: (id: string) => `${KNOWLEDGE_PATHS.entry(id)}/archive`,
  restore: (id: string) => `${KNOWLEDGE_PATHS.entry(id)}/restore`,
  versions: (id: string) => `${KNOWLEDGE_PATHS.entry(id)}/versions`,
  attachments: (id: string) => `${KNOWLEDGE_PATHS.entry(id)}/attachments`,
  attachment: (id: string, attachmentId: string) =>
    `${KNOWLEDGE_PATHS.attachments(id)}/${encodeURIComponent(attachmentId)}`,
  /** The caller's own entries, every status. */
  mine: '/api/v1/knowledge/my-entries',
  /** Entries waiting for an editor: in review, changes requested, stale. */
  reviewQueue: '/api/v1/knowledge/review-queue',
} as const;

const Id = Type.String({ format: 'uuid' });
const Day = Type.String({ format: 'date', description: 'A calendar day, YYYY-MM-DD.' });
const Time = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
// `readonly [...Codes]` keeps each list's literal codes in the static type (a plain `string[]` would lose them).
const Codes = <Codes extends string[]>(codes: readonly [...Codes], description: string) =>
  Type.Array(Type.Enum(codes), { uniqueItems: true, maxItems: codes.length, description });

export const Language = Type.Enum([...KNOWLEDGE_LANGUAGES]);

/** One line of text: no control characters, no space at either end. */
export const Line = (maxLength: number) =>
  Type.String({
    minLength: 1,
    maxLength,
    pattern: '^[^\\s\\p{Cc}](?:[^\\p{Cc}]*[^\\s\\p{Cc}])?$',
    description: `1 to ${maxLength} characters, no control characters, no space at either end.`,
  });
/** Prose: line breaks and tabs allowed, no other control characters. Empty allowed. */
export const Prose = (maxLength: number) =>
  Type.String({
    maxLength,
    pattern: '^(?:[^\\p{Cc}]|[\\n\\r\\t])*$',
    description: `Up to ${maxLength} characters; line breaks allowed.`,
  });

export const Link = Type.Object(
  {
    url: Type.String({ maxLength: 2000, pattern: '^https?://[^\\s]+$', description: 'http or https only.' }),
    label: Line(200),
  },
  { additionalProperties: false },
);
export type Link = Static<typeof Link>;

/** The language-independent fields of an entry, as a contributor or editor sets them. */
const entryFields = {
  kind: Type.Enum([...ENTRY_KINDS]),
  country: Nullable(Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2.' })),
  region: Nullable(Type.Enum([...REGIONS])),
  facilityTypes: Codes(FACILITY_TYPES, 'Where it was done.'),
  themes: Codes(THEMES, 'At least one before it is submitted.'),
  targetGroups: Codes(TARGET_GROUPS, 'Who it is for.'),
  preventionLevels: Codes(PREVENTION_LEVELS, 'Primary, secondary, tertiary.'),
  actors: Codes(KNOWLEDGE_ACTORS, 'Who was involved.'),
  evidenceLevel: Type.Enum([...EVIDENCE_LEVELS]),
  startedOn: Nullable(Day),
  endedOn: Nullable(Day),
  contributingOrganisationId: Nullable(Id),
  contributorName: Nullable(Line(200)),
  contactName: Nullable(Line(200)),
  contactEmail: Nullable(Type.String({ format: 'email', maxLength: 254 })),
  contactConsent: Type.Boolean({ description: 'The contact agreed to be shown on the published entry.' }),
  links: Type.Array(Link, { maxItems: MAX_LINKS }),
  relatedEntryIds: Type.Array(Id, { maxItems: MAX_RELATED, uniqueItems: true }),
};

/** The text of an entry in one language. Title and summary are required; the rest may wait. */
const translationFields = {
  title: Line(300),
  summary: Prose(2000),
  legalFramework: Prose(4000),
  approach: Prose(20000),
  resources: Prose(4000),
  results: Prose(20000),
  measurement: Prose(4000),
  lessons: Prose(20000),
  sustainability: Prose(4000),
};

export const TranslationText = Type.Object(
  {
    title: translationFields.title,
    summary: translationFields.summary,
    legalFramework: Type.Optional(translationFields.legalFramework),
    approach: Type.Optional(translationFields.approach),
    resources: Type.Optional(translationFields.resources),
    results: Type.Optional(translationFields.results),
    measurement: Type.Optional(translationFields.measurement),
    lessons: Type.Optional(translationFields.lessons),
    sustainability: Type.Optional(translationFields.sustainability),
  },
  { additionalProperties: false },
);
export type TranslationText = Static<typeof TranslationText>;

export const EntryParams = Type.Object({ id: Id });
export type EntryParams = Static<typeof EntryParams>;
export const TranslationParams = Type.Object({ id: Id, language: Language });
export type TranslationParams = Static<typeof TranslationParams>;
export const AttachmentParams = Type.Object({ id: Id, attachmentId: Id });
export type AttachmentParams = Static<typeof AttachmentParams>;

/** A new entry: a draft, in the language it is written in (its `original` translation). */
export const ProposeEntryRequest = Type.Object(
  {
    kind: entryFields.kind,
    language: Language,
    text: TranslationText,
    country: Type.Optional(entryFields.country),
    region: Type.Optional(entryFields.region),
    facilityTypes: Type.Optional(entryFields.facilityTypes),
    themes: Type.Optional(entryFields.themes),
    targetGroups: Type.Optional(entryFields.targetGroups),
    preventionLevels: Type.Optional(entryFields.preventionLevels),
    actors: Type.Optional(entryFields.actors),
    evidenceLevel: Type.Optional(entryFields.evidenceLevel),
    startedOn: Type.Optional(entryFields.startedOn),
    endedOn: Type.Optional(entryFields.endedOn),
    contributingOrganisationId: Type.Optional(entryFields.contributingOrganisationId),
    contributorName: Type.Optional(entryFields.contributorName),
    contactName: Type.Optional(entryFields.contactName),
    contactEmail: Type.Optional(entryFields.contactEmail),
    contactConsent: Type.Optional(entryFields.contactConsent),
    links: Type.Optional(entryFields.links),
    relatedEntryIds: Type.Optional(entryFields.relatedEntryIds),
  },
  { additionalProperties: false },
);
export type ProposeEntryRequest = Static<typeof ProposeEntryRequest>;

/**
 * A change to an entry's language-independent fields. `version` is the version the change was made
 * on: a change to an entry changed since answers 409 `knowledge.version_conflict`, nothing saved.
 */
export const UpdateEntryRequest = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    kind: Type.Optional(entryFields.kind),
    country: Type.Optional(entryFields.country),
    region: Type.Optional(entryFields.region),
    facilityTypes: Type.Optional(entryFields.facilityTypes),
    themes: Type.Optional(entryFields.themes),
    targetGroups: Type.Optional(entryFields.targetGroups),
    preventionLevels: Type.Optional(entryFields.preventionLevels),
    actors: Type.Optional(entryFields.actors),
    evidenceLevel: Type.Optional(entryFields.evidenceLevel),
    startedOn: Type.Optional(entryFields.startedOn),
    endedOn: Type.Optional(entryFields.endedOn),
    contributingOrganisationId: Type.Optional(entryFields.contributingOrganisationId),
    contributorName: Type.Optional(entryFields.contributorName),
    contactName: Type.Optional(entryFields.contactName),
    contactEmail: Type.Optional(entryFields.contactEmail),
    contactConsent: Type.Optional(entryFields.contactConsent),
    links: Type.Optional(entryFields.links),
    relatedEntryIds: Type.Optional(entryFields.relatedEntryIds),
    /** Editors only: shown on the library's home page. */
    featured: Type.Optional(Type.Boolean()),
    /**
     * The text in the entry's original language, saved with the fields in the same transaction and
     * the same new version (as `PUT …/translations/:language` would save it, origin `original`), so
     * that a form saves all it shows at once or nothing.
     */
    text: Type.Optional(TranslationText),
    /**
     * The confirmation that what the personal-data check found in the text or in new links' labels is
     * not data about a person in custody: a published entry's words are public at once (409
     * `knowledge.personal_data_warning` without it). Not a change of its own.
     */
    acknowledgeWarnings: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 2 },
);
export type UpdateEntryRequest = Static<typeof UpdateEntryRequest>;

/** Adds or replaces the text in one language (with the entry's `version`, as for an update). */
export const SaveTranslationRequest = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    origin: Type.Enum([...TRANSLATION_ORIGINS]),
    text: TranslationText,
    /**
     * The editor's confirmation that what the personal-data check found in the text is not data
     * about a person in custody: text saved to a published entry is public at once, so it is checked
     * as a publication is (409 `knowledge.personal_data_warning` without it).
     */
    acknowledgeWarnings: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type SaveTranslationRequest = Static<typeof SaveTranslationRequest>;

/**
 * An editor marks one language's text reviewed, on the entry's `version` as read: a text changed
 * since answers 409 `knowledge.version_conflict`, so no one marks reviewed a text they did not read.
 */
export const ReviewTranslationRequest = Type.Object(
  { version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type ReviewTranslationRequest = Static<typeof ReviewTranslationRequest>;

export const SubmitEntryRequest = Type.Object(
  { version: Type.Integer({ minimum: 1 }), note: Type.Optional(Prose(4000)) },
  { additionalProperties: false },
);
export type SubmitEntryRequest = Static<typeof SubmitEntryRequest>;

export const REVIEW_EVENT_KINDS = [
  'submitted',
  'comment',
  'changes_requested',
  'published',
  'unpublished',
  'archived',
  'restored',
  'flagged_stale',
] as const;
export type ReviewEventKind = (typeof REVIEW_EVENT_KINDS)[number];

/**
 * An editor's comment or request for change; a contributor may comment on their own entry.
 * `version` is the version of the entry the writer read: required for `changes_requested` (400
 * naming `/body/version` without it), since a request for change sends back the text as read;
 * checked when given for a comment. A stale one answers 409 `knowledge.version_conflict`, nothing saved.
 */
export const AddReviewEventRequest = Type.Object(
  {
    kind: Type.Enum(['comment', 'changes_requested']),
    body: Type.String({ minLength: 1, maxLength: 4000, pattern: '\\S' }),
    version: Type.Optional(
      Type.Integer({
        minimum: 1,
        description: 'The entry’s version as read: required for changes_requested, checked when given.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type AddReviewEventRequest = Static<typeof AddReviewEventRequest>;

export const ReviewEvent = Type.Object({
  id: Id,
  kind: Type.Enum([...REVIEW_EVENT_KINDS]),
  body: Type.String(),
  author: Nullable(Type.Object({ id: Id, displayName: Type.String() })),
  createdAt: Time,
});
export type ReviewEvent = Static<typeof ReviewEvent>;

export const RecordPeerReviewRequest = Type.Object(
  {
    reviewerName: Line(200),
    reviewerAffiliation: Line(300),
    reviewedOn: Day,
    conclusion: Type.String({ minLength: 1, maxLength: 4000, pattern: '\\S' }),
    /**
     * The editor's confirmation that what the personal-data check found in the conclusion is not data
     * about a person in custody: a published entry's peer reviews are public at once (409
     * `knowledge.personal_data_warning` without it).
     */
    acknowledgeWarnings: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type RecordPeerReviewRequest = Static<typeof RecordPeerReviewRequest>;

export const PeerReview = Type.Object({
  id: Id,
  reviewerName: Type.String(),
  reviewerAffiliation: Type.String(),
  reviewedOn: Day,
  conclusion: Type.String(),
  recordedAt: Time,
});
export type PeerReview = Static<typeof PeerReview>;

/**
 * An editor publishes: as inspiring, or as peer-reviewed (which needs a recorded peer review),
 * public or restricted. Publishing needs a title, summary, approach and results in the original
 * language, at least one theme and a kind; when the personal-data check warns, the editor must
 * confirm with `acknowledgeWarnings` (409 `knowledge.personal_data_warning` otherwise).
 */
export const PublishEntryRequest = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    level: Type.Enum(['inspiring', 'peer_reviewed']),
    visibility: Type.Enum(['public', 'restricted']),
    audienceOrganisationIds: Type.Optional(Type.Array(Id, { maxItems: 100, uniqueItems: true })),
    audienceTenantIds: Type.Optional(Type.Array(Id, { maxItems: 100, uniqueItems: true })),
    acknowledgeWarnings: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type PublishEntryRequest = Static<typeof PublishEntryRequest>;

export const ArchiveEntryRequest = Type.Object(
  { version: Type.Integer({ minimum: 1 }), reason: Type.Optional(Prose(4000)) },
  { additionalProperties: false },
);
export type ArchiveEntryRequest = Static<typeof ArchiveEntryRequest>;

/** What the personal-data check found: text that looks like case data about a person in custody. */
export const PERSONAL_DATA_WARNING_KINDS = [
  'person_name',
  'identity_number',
  'date_of_birth',
  'case_reference',
  'email_or_phone',
] as const;
/**
 * The words of an entry kept outside its translations and published with it, which the check also
 * reads, in the entry's original language: the links' labels and the peer reviews' conclusions. A
 * warning names one of these as its `field` (error path `/links`, `/peerReviews`).
 */
export const ENTRY_TEXT_FIELDS = ['links', 'peerReviews'] as const;
export type EntryTextField = (typeof ENTRY_TEXT_FIELDS)[number];
export const isEntryTextField = (field: string): field is EntryTextField =>
  (ENTRY_TEXT_FIELDS as readonly string[]).includes(field);

export const PersonalDataWarning = Type.Object({
  kind: Type.Enum([...PERSONAL_DATA_WARNING_KINDS]),
  language: Language,
  field: Type.String({
    description:
      'The translation field, e.g. "approach"; or "links" (the links\' labels) or "peerReviews" (the peer reviews\' conclusions), read in the entry\'s original language.',
  }),
  excerpt: Type.String({ description: 'A few words around what was found.' }),
});
export type PersonalDataWarning = Static<typeof PersonalDataWarning>;

export const Translation = Type.Object({
  language: Language,
  origin: Type.Enum([...TRANSLATION_ORIGINS]),
  title: Type.String(),
  summary: Type.String(),
  legalFramework: Type.String(),
  approach: Type.String(),
  resources: Type.String(),
  results: Type.String(),
  measurement: Type.String(),
  lessons: Type.String(),
  sustainability: Type.String(),
  updatedAt: Time,
  reviewedAt: Nullable(Time),
});
export type Translation = Static<typeof Translation>;

export const Attachment = Type.Object({
  id: Id,
  fileName: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  addedAt: Time,
});
export type Attachment = Static<typeof Attachment>;

/** The title of another entry, in the reader's language when it has one. */
export const EntryReference = Type.Object({ id: Id, title: Type.String(), language: Language });
export type EntryReference = Static<typeof EntryReference>;

export const Entry = Type.Object({
  id: Id,
  kind: entryFields.kind,
  status: Type.Enum([...ENTRY_STATUSES]),
  visibility: Type.Enum(['public', 'restricted']),
  audienceOrganisationIds: Type.Array(Id),
  audienceTenantIds: Type.Array(Id),
  originalLanguage: Language,
  country: Nullable(Type.String()),
  region: Nullable(Type.Enum([...REGIONS])),
  facilityTypes: Type.Array(Type.Enum([...FACILITY_TYPES])),
  themes: Type.Array(Type.Enum([...THEMES])),
  targetGroups: Type.Array(Type.Enum([...TARGET_GROUPS])),
  preventionLevels: Type.Array(Type.Enum([...PREVENTION_LEVELS])),
  actors: Type.Array(Type.Enum([...KNOWLEDGE_ACTORS])),
  evidenceLevel: Type.Enum([...EVIDENCE_LEVELS]),
  startedOn: Nullable(Day),
  endedOn: Nullable(Day),
  /** The prison service (tenant) it comes from. */
  publisher: Type.String(),
  contributingOrganisation: Nullable(Type.Object({ id: Id, name: Type.String() })),
  contributorName: Nullable(Type.String()),
  /** Shown to everyone only with the contact's consent; always to the proposer and editors. */
  contact: Nullable(Type.Object({ name: Nullable(Type.String()), email: Nullable(Type.String()) })),
  contactConsent: Type.Boolean(),
  links: Type.Array(Link),
  related: Type.Array(EntryReference),
  demonstration: Type.Boolean(),
  featured: Type.Boolean(),
  version: Type.Integer(),
  createdAt: Time,
  updatedAt: Time,
  publishedAt: Nullable(Time),
  staleSince: Nullable(Time),
  archivedAt: Nullable(Time),
  translations: Type.Array(Translation, { description: 'Original first, then by language.' }),
  attachments: Type.Array(Attachment),
  peerReviews: Type.Array(PeerReview),
  /** The personal-data check's findings: for the proposer and editors only, empty for others. */
  warnings: Type.Array(PersonalDataWarning),
  /** Whether the reader proposed it. */
  mine: Type.Boolean(),
  actions: Type.Array(Type.Enum([...ENTRY_ACTIONS])),
});
export type Entry = Static<typeof Entry>;

/** An entry in a list: enough to show a row or a card. */
export const EntrySummary = Type.Object({
  id: Id,
  kind: entryFields.kind,
  status: Type.Enum([...ENTRY_STATUSES]),
  visibility: Type.Enum(['public', 'restricted']),
  title: Type.String(),
  summary: Type.String(),
  /** The language of the title and summary shown: the reader's when there is one, else the original. */
  language: Language,
  languages: Type.Array(Language),
  themes: Type.Array(Type.Enum([...THEMES])),
  evidenceLevel: Type.Enum([...EVIDENCE_LEVELS]),
  region: Nullable(Type.Enum([...REGIONS])),
  country: Nullable(Type.String()),
  demonstration: Type.Boolean(),
  updatedAt: Time,
  publishedAt: Nullable(Time),
  staleSince: Nullable(Time),
  /** In the editors' review queue: since when it has waited for them (submitted, sent back, or found stale). */
  waitingSince: Type.Optional(Time),
});
export type EntrySummary = Static<typeof EntrySummary>;

export const EntryListQuery = Type.Object({
  language: Type.Optional(Language),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
});
export type EntryListQuery = Static<typeof EntryListQuery>;

export const EntryList = Type.Object({
  entries: Type.Array(EntrySummary),
  actions: Type.Array(Type.Enum([...LIBRARY_ACTIONS])),
});
export type EntryList = Static<typeof EntryList>;

export const EntryVersion = Type.Object({
  version: Type.Integer(),
  change: Type.String(),
  changedBy: Nullable(Type.Object({ id: Id, displayName: Type.String() })),
  changedAt: Time,
  /** The whole entry as it was saved, with its translations. */
  snapshot: Type.Record(Type.String(), Type.Unknown()),
});
export type EntryVersion = Static<typeof EntryVersion>;

/**
 * An archived entry back to the level it was last published at (with its `version`). Its text may
 * have changed while archived, so it is checked as a publication is: when the personal-data check
 * warns, the editor confirms with `acknowledgeWarnings` (409 `knowledge.personal_data_warning` otherwise).
 */
export const RestoreEntryRequest = Type.Object(
  { version: Type.Integer({ minimum: 1 }), acknowledgeWarnings: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type RestoreEntryRequest = Static<typeof RestoreEntryRequest>;

/** Reading one entry: related entries' titles in this language when they have it. */
export const EntryQuery = Type.Object({ language: Type.Optional(Language) }, { additionalProperties: false });
export type EntryQuery = Static<typeof EntryQuery>;

/** The version history, newest first. */
export const EntryVersionList = Type.Object({ versions: Type.Array(EntryVersion) });
export type EntryVersionList = Static<typeof EntryVersionList>;

/** The review conversation, oldest first. */
export const ReviewEventList = Type.Object({ events: Type.Array(ReviewEvent) });
export type ReviewEventList = Static<typeof ReviewEventList>;

/** An attachment's upload: the file is the raw body, with its Content-Type; its name goes here. */
export const AttachmentUploadQuery = Type.Object(
  {
    fileName: Type.String({
      minLength: 1,
      maxLength: 255,
      pattern: '^[^/\\\\\\p{Cc}]+$',
      description: 'The file’s name as shown to readers: no slashes, no control characters.',
    }),
  },
  { additionalProperties: false },
);
export type AttachmentUploadQuery = Static<typeof AttachmentUploadQuery>;

/** Which file extensions go with each attachment type. */
export const ATTACHMENT_EXTENSIONS: Readonly<
  Record<(typeof ATTACHMENT_CONTENT_TYPES)[number], readonly string[]>
> = {
  'application/pdf': ['.pdf'],
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'text/csv': ['.csv'],
  'text/plain': ['.txt'],
};
