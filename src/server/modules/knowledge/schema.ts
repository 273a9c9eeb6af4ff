import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Link } from '../../../contracts/knowledge.ts';
import type {
  EntryKind,
  EntryStatus,
  EvidenceLevel,
  FacilityType,
  KnowledgeActor,
  KnowledgeLanguage,
  PreventionLevel,
  Region,
  TargetGroup,
  Theme,
  TranslationOrigin,
} from '../../../contracts/knowledge-taxonomy.ts';

// Typed columns of db/migrations/0014_knowledge.sql, which is the source of truth (constraints,
// row-level security across tenants, grants). Dates are calendar dates, as text.

const day = (name: string) => date(name, { mode: 'string' });
const time = (name: string) => timestamp(name, { withTimezone: true });
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const knowledgeEntries = pgTable('knowledge_entries', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  kind: text('kind').$type<EntryKind>().notNull(),
  status: text('status').$type<EntryStatus>().notNull().default('draft'),
  visibility: text('visibility').$type<'public' | 'restricted'>().notNull().default('public'),
  audienceOrganisationIds: uuid('audience_organisation_ids').array().notNull().default(sql`'{}'`),
  audienceTenantIds: uuid('audience_tenant_ids').array().notNull().default(sql`'{}'`),
  originalLanguage: text('original_language').$type<KnowledgeLanguage>().notNull(),
  country: text('country'),
  region: text('region').$type<Region>(),
  facilityTypes: text('facility_types').array().$type<FacilityType[]>().notNull().default([]),
  themes: text('themes').array().$type<Theme[]>().notNull().default([]),
  targetGroups: text('target_groups').array().$type<TargetGroup[]>().notNull().default([]),
  preventionLevels: text('prevention_levels').array().$type<PreventionLevel[]>().notNull().default([]),
  actors: text('actors').array().$type<KnowledgeActor[]>().notNull().default([]),
  evidenceLevel: text('evidence_level').$type<EvidenceLevel>().notNull().default('none'),
  startedOn: day('started_on'),
  endedOn: day('ended_on'),
  contributingOrganisationId: uuid('contributing_organisation_id'),
  contributorName: text('contributor_name'),
  contactName: text('contact_name'),
  contactEmail: text('contact_email'),
  contactConsent: boolean('contact_consent').notNull().default(false),
  links: jsonb('links').$type<Link[]>().notNull().default([]),
  relatedEntryIds: uuid('related_entry_ids').array().notNull().default(sql`'{}'`),
  demonstration: boolean('demonstration').notNull().default(false),
  featured: boolean('featured').notNull().default(false),
  proposedBy: uuid('proposed_by').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: time('created_at').notNull().defaultNow(),
  updatedAt: time('updated_at').notNull().defaultNow(),
  publishedAt: time('published_at'),
  staleSince: time('stale_since'),
  archivedAt: time('archived_at'),
});

export const knowledgeTranslations = pgTable(
  'knowledge_translations',
  {
    entryId: uuid('entry_id').notNull(),
    tenantId: uuid('tenant_id').notNull(),
    language: text('language').$type<KnowledgeLanguage>().notNull(),
    origin: text('origin').$type<TranslationOrigin>().notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    legalFramework: text('legal_framework').notNull().default(''),
    approach: text('approach').notNull().default(''),
    resources: text('resources').notNull().default(''),
    results: text('results').notNull().default(''),
    measurement: text('measurement').notNull().default(''),
    lessons: text('lessons').notNull().default(''),
    sustainability: text('sustainability').notNull().default(''),
    addedBy: uuid('added_by'),
    updatedAt: time('updated_at').notNull().defaultNow(),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: time('reviewed_at'),
  },
  (table) => [primaryKey({ columns: [table.entryId, table.language] })],
);

export const knowledgeEntryVersions = pgTable(
  'knowledge_entry_versions',
  {
    entryId: uuid('entry_id').notNull(),
    tenantId: uuid('tenant_id').notNull(),
    version: integer('version').notNull(),
    change: text('change').notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    changedBy: uuid('changed_by'),
    changedAt: time('changed_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.entryId, table.version] })],
);

export const knowledgeReviewEvents = pgTable('knowledge_review_events', {
  id: uuid('id').primaryKey(),
  entryId: uuid('entry_id').notNull(),
  tenantId: uuid('tenant_id').notNull(),
  kind: text('kind').notNull(),
  body: text('body').notNull().default(''),
  authorId: uuid('author_id'),
  createdAt: time('created_at').notNull().defaultNow(),
});

export const knowledgePeerReviews = pgTable('knowledge_peer_reviews', {
  id: uuid('id').primaryKey(),
  entryId: uuid('entry_id').notNull(),
  tenantId: uuid('tenant_id').notNull(),
  reviewerName: text('reviewer_name').notNull(),
  reviewerAffiliation: text('reviewer_affiliation').notNull(),
  reviewedOn: day('reviewed_on').notNull(),
  conclusion: text('conclusion').notNull(),
  recordedBy: uuid('recorded_by').notNull(),
  recordedAt: time('recorded_at').notNull().defaultNow(),
});

export const knowledgeAttachments = pgTable('knowledge_attachments', {
  id: uuid('id').primaryKey(),
  entryId: uuid('entry_id').notNull(),
  tenantId: uuid('tenant_id').notNull(),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  sha256: text('sha256').notNull(),
  addedBy: uuid('added_by').notNull(),
  addedAt: time('added_at').notNull().defaultNow(),
  removedAt: time('removed_at'),
});

/** The search index's columns (0014, 0016): public rows in one table, restricted rows in another. */
const searchColumns = () => ({
  entryId: uuid('entry_id').notNull(),
  tenantId: uuid('tenant_id').notNull(),
  language: text('language').$type<KnowledgeLanguage>().notNull(),
  visibility: text('visibility').$type<'public' | 'restricted'>().notNull(),
  audienceTenantIds: uuid('audience_tenant_ids').array().notNull().default(sql`'{}'`),
  document: tsvector('document').notNull(),
  plain: text('plain').notNull(),
  /** The row's words for the typo-correction word list (lower case, diacritics kept). */
  words: text('words').array().notNull().default([]),
  /** The languages the entry has a translation in (0016). */
  languages: text('languages').array().$type<KnowledgeLanguage[]>().notNull().default([]),
});

/** The search rows of public entries: readable by anyone (0016). */
export const knowledgeSearch = pgTable('knowledge_search', searchColumns(), (table) => [
  primaryKey({ columns: [table.entryId, table.language] }),
]);

/** The search rows of restricted entries: their tenant's and their audience tenants' (0016). */
export const knowledgeSearchRestricted = pgTable('knowledge_search_restricted', searchColumns(), (table) => [
  primaryKey({ columns: [table.entryId, table.language] }),
]);

/** The words of public entries, per language, that typo correction chooses from (0016). */
export const knowledgeLexicon = pgTable(
  'knowledge_lexicon',
  {
    language: text('language').$type<KnowledgeLanguage>().notNull(),
    key: text('key').notNull(),
    word: text('word').notNull(),
    uses: integer('uses').notNull(),
  },
  (table) => [primaryKey({ columns: [table.language, table.key] })],
);

export const knowledgeSearchLog = pgTable('knowledge_search_log', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  tenantId: uuid('tenant_id'),
  query: text('query').notNull(),
  language: text('language').$type<KnowledgeLanguage>().notNull(),
  resultCount: integer('result_count').notNull(),
  searchedAt: time('searched_at').notNull().defaultNow(),
});
