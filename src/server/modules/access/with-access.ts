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
 * context `authorize` needs. When the work succeeds, the audit entries it asked for are added after
 * it, in the same transaction, and join the chain as it commits. When it throws an `AccessRefusal`,
 * the whole transaction rolls back (nothing the work did survives), the refusal is recorded
 * (`access.denied`) in a transaction of its own, and the request answers 404 (exactly as for a
 * missing record) or 403. Refusals are rare, so they pay for the second transaction rather than
 * every request paying for a savepoint.
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
  try {
    return await db.withTenant(actor.tenantId, async (tx) => {
      const value = await work(tx, access);
      for (const event of access.pendingEvents()) await recordAudit(tx, actor.tenantId, event);
      return value;
    });
  } catch (error) {
    if (!(error instanceof AccessRefusal)) throw error;
    await db.withTenant(actor.tenantId, (tx) => recordAudit(tx, actor.tenantId, error.event));
    throw error.status === 404 ? notFound() : recordForbidden();
  }
}
