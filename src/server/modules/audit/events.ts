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

export type AuditOutcome = 'allowed' | 'denied';

/** A value in an entry's details: plain facts, never the sensitive content itself. */
export type AuditDetail = string | number | boolean | null;

/** One event as a module reports it; the audit service adds tenant, time, sequence and hashes. */
export interface AuditEvent {
  action: AuditAction;
  outcome: AuditOutcome;
  /** The signed-in user who acted; null for an anonymous attempt (a failed sign-in). */
  actorUserId: string | null;
  actorOrganisationId: string | null;
  /** What was acted on, e.g. subjectType 'user', subjectId its id. */
  subjectType: string | null;
  subjectId: string | null;
  /** The person in custody concerned, when there is one: what "who has seen this record" reports on. */
  personId: string | null;
  /** The purpose of the access or, for break-glass, the reason typed by the user. */
  purpose: string | null;
  breakGlass: boolean;
  requestId: string | null;
  /** The client's address as the server saw it. */
  address: string | null;
  details: Record<string, AuditDetail>;
}
