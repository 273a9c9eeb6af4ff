import type { Tx } from '../../platform/db/database.ts';
import type { AuditAction, AuditDetail, AuditOutcome } from '../audit/events.ts';
import { recordAudit } from '../audit/service.ts';

/** Where a request came from, for the trail. */
export interface RequestOrigin {
  requestId: string;
  address: string;
}

/** An identity or access event: who acted (null for an anonymous sign-in attempt) on what. */
export interface IdentityEvent {
  action: AuditAction;
  outcome: AuditOutcome;
  actor: { userId: string; organisationId: string } | null;
  subject: { type: 'user' | 'session' | 'route'; id: string | null };
  details?: Record<string, AuditDetail>;
}

/** Records an identity event in the tenant's audit trail, in the caller's transaction. */
export async function auditIdentityEvent(
  tx: Tx,
  tenantId: string,
  origin: RequestOrigin,
  event: IdentityEvent,
): Promise<void> {
  await recordAudit(tx, tenantId, {
    action: event.action,
    outcome: event.outcome,
    actorUserId: event.actor?.userId ?? null,
    actorOrganisationId: event.actor?.organisationId ?? null,
    subjectType: event.subject.type,
    subjectId: event.subject.id,
    personId: null,
    purpose: null,
    breakGlass: false,
    requestId: origin.requestId,
    address: origin.address,
    details: event.details ?? {},
  });
}
