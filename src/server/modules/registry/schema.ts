import { boolean, date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type {
  AccessTier,
  AccreditationStatus,
  ActorRole,
  InterventionType,
  Mandate,
  SignedDocument,
  VettingOutcome,
} from '../../../contracts/registry.ts';
import type { ProfileContact, ProfileValues } from '../../../contracts/registry-organisations.ts';

// Typed columns of db/migrations/0007_registry.sql (and 0013 for profiles), which is the source of truth (constraints,
// row-level security, grants, the append-only histories). Dates are calendar dates, as text.

const day = (name: string) => date(name, { mode: 'string' });

export const csoProfiles = pgTable('cso_profiles', {
  organisationId: uuid('organisation_id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  mandate: text('mandate').$type<Mandate>().notNull(),
  legalName: text('legal_name').notNull(),
  registrationNumber: text('registration_number'),
  registrationRegistry: text('registration_registry'),
  country: text('country'),
  // The details of db/migrations/0013_profile_details.sql; `contacts` is personal class.
  otherNames: jsonb('other_names').$type<Record<string, string>>().notNull().default({}),
  regionsServed: text('regions_served').array().notNull().default([]),
  expertise: text('expertise').array().$type<ActorRole[]>().notNull().default([]),
  interventionTypes: text('intervention_types').array().$type<InterventionType[]>().notNull().default([]),
  languages: text('languages').array().notNull().default([]),
  staffCount: integer('staff_count'),
  contacts: jsonb('contacts').$type<ProfileContact[]>().notNull().default([]),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The append-only history of profiles (0013): every version with all its values. */
export const csoProfileVersions = pgTable('cso_profile_versions', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  version: integer('version').notNull(),
  profile: jsonb('profile').$type<ProfileValues>().notNull(),
  changedFields: text('changed_fields').array().notNull(),
  changedBy: uuid('changed_by'),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
});

export const accreditationDecisions = pgTable('accreditation_decisions', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  status: text('status').$type<AccreditationStatus>().notNull(),
  validFrom: day('valid_from'),
  validUntil: day('valid_until'),
  facilityIds: uuid('facility_ids').array().notNull(),
  interventionTypes: text('intervention_types').array().$type<InterventionType[]>().notNull(),
  requiresAgreement: boolean('requires_agreement').notNull(),
  conditions: text('conditions'),
  reasons: text('reasons'),
  decidedBy: uuid('decided_by'),
  decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
});

export const agreements = pgTable('agreements', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  title: text('title').notNull(),
  startsOn: day('starts_on').notNull(),
  endsOn: day('ends_on'),
  signedOn: day('signed_on'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const practitioners = pgTable('practitioners', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  userId: uuid('user_id'),
  displayName: text('display_name').notNull(),
  roleTitle: text('role_title'),
  accessTier: text('access_tier').$type<AccessTier>().notNull(),
  gender: text('gender'),
  languages: text('languages').array().notNull(),
  suspendedAt: timestamp('suspended_at', { withTimezone: true }),
  suspensionReason: text('suspension_reason'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const vettingChecks = pgTable('vetting_checks', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  practitionerId: uuid('practitioner_id').notNull(),
  level: text('level').$type<'basic' | 'enhanced'>().notNull(),
  outcome: text('outcome').$type<VettingOutcome>().notNull(),
  checkedOn: day('checked_on').notNull(),
  expiresOn: day('expires_on'),
  /** `security` class: never shown to civil society. */
  findings: text('findings'),
  recordedBy: uuid('recorded_by'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});

export const documentVersions = pgTable('document_versions', {
  tenantId: uuid('tenant_id').notNull(),
  document: text('document').$type<SignedDocument>().notNull(),
  version: text('version').notNull(),
  effectiveOn: day('effective_on').notNull(),
});

export const documentSignatures = pgTable('document_signatures', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  practitionerId: uuid('practitioner_id').notNull(),
  document: text('document').$type<SignedDocument>().notNull(),
  version: text('version').notNull(),
  signedOn: day('signed_on').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});

export const courses = pgTable('courses', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  validityMonths: integer('validity_months'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const certificates = pgTable('certificates', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  practitionerId: uuid('practitioner_id').notNull(),
  courseId: uuid('course_id').notNull(),
  issuedOn: day('issued_on').notNull(),
  expiresOn: day('expires_on'),
  recordedBy: uuid('recorded_by'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});

export const courseRequirements = pgTable('course_requirements', {
  tenantId: uuid('tenant_id').notNull(),
  facilityId: uuid('facility_id').notNull(),
  accessTier: text('access_tier').$type<AccessTier>().notNull(),
  courseId: uuid('course_id').notNull(),
});
