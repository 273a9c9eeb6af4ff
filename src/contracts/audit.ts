import { type Static, type TSchema, Type } from 'typebox';

/**
 * The audit API's vocabulary, requests and answers: what the trail records, the search, the
 * break-glass list, the CSV export and the "who has seen this record" report. Shared by the server
 * (route schemas, the typed event list) and the web app (the `Static` types and the lists).
 * Imports nothing but typebox.
 */

// What the audit trail records. Every module names its events here, so the trail's vocabulary is
// one typed list that oversight bodies can read, and a misspelt action fails the type-check.
export const AUDIT_ACTIONS = [
  // Sign-in and sessions
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.locked_out',
  'auth.sign_out',
  'auth.sign_out_everywhere',
  'auth.session_revoked',
  'auth.mfa_enrolled',
  'auth.mfa_disabled',
  'auth.recovery_code_used',
  'auth.mfa_enrolment_started',
  'auth.recovery_codes_regenerated',
  'auth.password_changed',
  // Administration of people and places
  'organisation.created',
  'organisation.updated',
  'facility.created',
  'facility.updated',
  'user.created',
  'user.updated',
  'user.roles_changed',
  'user.deactivated',
  'user.reactivated',
  // The civil society registry: profiles, accreditation, agreements, practitioners, vetting, training
  'registry.profile_updated',
  'accreditation.decided',
  'agreement.recorded',
  'practitioner.created',
  'practitioner.updated',
  'practitioner.suspended',
  'practitioner.reinstated',
  'vetting.recorded',
  'document.signed',
  'certificate.recorded',
  'registry.publication_changed',
  'due_diligence.recorded',
  // Training: the catalogue, requirements, sessions and attendance
  'course.created',
  'course.updated',
  'course_requirements.changed',
  'training.session_created',
  'training.attendance_recorded',
  // The knowledge hub: entries, translations, review and publication, import and export
  'knowledge.entry_proposed',
  'knowledge.entry_updated',
  'knowledge.translation_saved',
  'knowledge.translation_reviewed',
  'knowledge.entry_submitted',
  'knowledge.review_comment_added',
  'knowledge.changes_requested',
  'knowledge.peer_review_recorded',
  'knowledge.entry_published',
  'knowledge.entry_archived',
  'knowledge.entry_restored',
  'knowledge.attachment_added',
  'knowledge.entries_imported',
  'knowledge.results_exported',
  // Reading and refusing
  'record.read',
  'record.break_glass',
  'access.denied',
  // The trail itself
  'audit.searched',
  'audit.exported',
  'audit.access_report_viewed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = ['allowed', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Where the audit API answers. */
export const AUDIT_PATHS = {
  events: '/api/v1/audit/events',
  breakGlass: '/api/v1/audit/break-glass',
  eventsCsv: '/api/v1/audit/events.csv',
  accessReport: (personId: string) => `/api/v1/audit/people/${encodeURIComponent(personId)}/access-report`,
} as const;

const Id = Type.String({ format: 'uuid' });
const Time = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

// The search, the break-glass list and the export.

export const SEARCH_LIMIT = { default: 50, max: 200 } as const;
/** At most this many actions in one search, so that the search's own audit entry can list them. */
export const MAX_ACTIONS_PER_SEARCH = 10;

/** The filters of a search, shared by the search, the break-glass list and the CSV export. */
const commonFilters = {
  personId: Type.Optional(Id),
  actorUserId: Type.Optional(Id),
  actorOrganisationId: Type.Optional(Id),
  action: Type.Optional(
    Type.Array(Type.Enum(AUDIT_ACTIONS), {
      minItems: 1,
      maxItems: MAX_ACTIONS_PER_SEARCH,
      uniqueItems: true,
      description: 'One or several actions (repeat the parameter: action=a&action=b).',
    }),
  ),
  outcome: Type.Optional(Type.Enum(AUDIT_OUTCOMES)),
  from: Type.Optional(Type.String({ format: 'date-time', description: 'Inclusive, ISO-8601 with zone.' })),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'Exclusive, ISO-8601 with zone.' })),
};
const filterFields = {
  ...commonFilters,
  breakGlass: Type.Optional(Type.Boolean({ description: 'true: break-glass openings only.' })),
};

const pageFields = {
  cursor: Type.Optional(
    Type.String({ minLength: 1, maxLength: 200, description: 'nextCursor of the previous page.' }),
  ),
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: SEARCH_LIMIT.max, default: SEARCH_LIMIT.default }),
  ),
};

export const AuditSearchQuery = Type.Object({ ...filterFields, ...pageFields });
export type AuditSearchQuery = Static<typeof AuditSearchQuery>;

/** The break-glass list: the search with `breakGlass` fixed to true. */
export const BreakGlassListQuery = Type.Object({ ...commonFilters, ...pageFields });
export type BreakGlassListQuery = Static<typeof BreakGlassListQuery>;

export const AuditExportQuery = Type.Object(filterFields);
export type AuditExportQuery = Static<typeof AuditExportQuery>;

export const AuditEventItem = Type.Object({
  id: Id,
  /** The entry's place in the tenant's chain, and its hash: what `pathways audit verify` checks. */
  seq: Type.Integer(),
  hash: Type.String(),
  occurredAt: Time,
  action: Type.String(),
  outcome: Type.Enum(AUDIT_OUTCOMES),
  actor: Nullable(
    Type.Object({
      userId: Nullable(Id),
      displayName: Nullable(Type.String()),
      organisationId: Nullable(Id),
      organisationName: Nullable(Type.String()),
    }),
  ),
  subject: Nullable(Type.Object({ type: Type.String(), id: Nullable(Type.String()) })),
  personId: Nullable(Id),
  purpose: Nullable(Type.String()),
  breakGlass: Type.Boolean(),
  requestId: Nullable(Type.String()),
  details: Type.Record(
    Type.String(),
    Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]),
  ),
  /** What the caller may do with the entry: entries are only ever read. */
  actions: Type.Array(Type.String()),
});
export type AuditEventItem = Static<typeof AuditEventItem>;

export const AuditEventPage = Type.Object({
  items: Type.Array(AuditEventItem),
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: Nullable(Type.String()),
  /** What the caller may do with the trail (`read`, `export`), so the screen shows only those. */
  actions: Type.Array(Type.String()),
});
export type AuditEventPage = Static<typeof AuditEventPage>;

// Who has seen this record: the access report of one person.

export const AccessReportParams = Type.Object({ personId: Id });
export type AccessReportParams = Static<typeof AccessReportParams>;

export const BreakGlassOpening = Type.Object({
  seq: Type.Integer(),
  occurredAt: Time,
  /** The reason the user gave, as they typed it. */
  reason: Nullable(Type.String()),
  subject: Nullable(Type.Object({ type: Type.String(), id: Nullable(Type.String()) })),
});

export const AccessReportActor = Type.Object({
  user: Nullable(Type.Object({ id: Id, displayName: Nullable(Type.String()) })),
  organisation: Nullable(
    Type.Object({ id: Id, name: Nullable(Type.String()), kind: Nullable(Type.String()) }),
  ),
  /** The roles the user holds now; the trail does not record the role an access was made in. */
  roles: Type.Array(Type.String()),
  /** First and last allowed entry about the person, and how many. */
  firstAccessAt: Nullable(Time),
  lastAccessAt: Nullable(Time),
  accesses: Type.Integer(),
  denied: Type.Object({ count: Type.Integer(), lastAt: Nullable(Time) }),
  breakGlass: Type.Array(BreakGlassOpening),
  /** The kinds of entry (audit actions) this actor left about the person. */
  eventKinds: Type.Array(Type.String()),
});
export type AccessReportActor = Static<typeof AccessReportActor>;

export const PersonAccessReport = Type.Object({
  personId: Id,
  generatedAt: Time,
  /** One row per acting user and organisation, most recent first. */
  actors: Type.Array(AccessReportActor),
  /** True when the person has more actors or break-glass openings than one report shows. */
  truncated: Type.Boolean(),
  actions: Type.Array(Type.String()),
});
export type PersonAccessReport = Static<typeof PersonAccessReport>;
