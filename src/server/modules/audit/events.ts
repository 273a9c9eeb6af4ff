// What the audit trail records. The list of actions is part of the API (the web app names them in
// its filters), so it lives in src/contracts/audit.ts; a module adds its events there.

import type { AuditAction, AuditOutcome } from '../../../contracts/audit.ts';

export { AUDIT_ACTIONS, type AuditAction, type AuditOutcome } from '../../../contracts/audit.ts';

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
