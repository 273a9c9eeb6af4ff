import type { Tx } from '../../../platform/db/database.ts';
import type { AuditAction, AuditDetail, AuditOutcome } from '../../audit/events.ts';
import type { Actor } from '../access/actor.ts';
import { auditIdentityEvent, type RequestOrigin } from '../audit-trail.ts';

/** Records a change to (or refused change of) the actor's own second factor, in the caller's transaction. */
export function auditSecondFactor(
  tx: Tx,
  actor: Actor,
  origin: RequestOrigin,
  action: AuditAction,
  outcome: AuditOutcome,
  details: Record<string, AuditDetail> = {},
): Promise<void> {
  return auditIdentityEvent(tx, actor.tenantId, origin, {
    action,
    outcome,
    actor: { userId: actor.userId, organisationId: actor.organisationId },
    subject: { type: 'user', id: actor.userId },
    details,
  });
}
