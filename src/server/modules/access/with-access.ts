import type { FastifyRequest } from 'fastify';
import type { Database, Tx } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import { signedIn } from '../identity/access/actor.ts';
import { AccessContext } from './access-context.ts';
import { AccessRefusal } from './authorize.ts';
import { breakGlassReasonOf } from './break-glass.ts';

export interface WithAccessOptions {
  /** A `breakGlassReason` the request's body gave; the X-Break-Glass-Reason header is read anyway. */
  breakGlassReason?: string;
}

/** The 403 of a record the actor may see but not act on. */
export const recordForbidden = () =>
  new AppError(403, 'auth.forbidden', 'Not allowed', 'You may not do this to this record.');

/**
 * Runs a signed-in request's work in its one transaction, in the actor's tenant, with the access
 * context `authorize` needs. The work runs inside a savepoint: when it throws an `AccessRefusal`,
 * whatever it did is undone, the refusal is recorded (`access.denied`) in the same transaction,
 * the transaction commits, and the request answers 404 (exactly as for a missing record) or 403.
 * When the work succeeds, the audit entries it asked for are written after it, then it commits.
 */
export async function withAccess<T>(
  db: Database,
  request: FastifyRequest,
  work: (tx: Tx, access: AccessContext) => Promise<T>,
  options: WithAccessOptions = {},
): Promise<T> {
  const { actor } = signedIn(request);
  const reason = breakGlassReasonOf(request, options.breakGlassReason);
  const access = AccessContext.open(actor, { requestId: request.id, address: request.ip }, reason);
  const outcome = await db.withTenant(actor.tenantId, async (tx) => {
    try {
      const value = await tx.transaction((inner) => work(inner, access));
      for (const event of access.pendingEvents()) await recordAudit(tx, actor.tenantId, event);
      return { done: true as const, value };
    } catch (error) {
      if (!(error instanceof AccessRefusal)) throw error;
      await recordAudit(tx, actor.tenantId, error.event);
      return { done: false as const, refusal: error };
    }
  });
  if (outcome.done) return outcome.value;
  throw outcome.refusal.status === 404 ? notFound() : recordForbidden();
}
