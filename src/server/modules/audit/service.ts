import type { Tx } from '../../platform/db/database.ts';
import { flushAfterCommit, runAtCommit } from '../../platform/db/database.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { canonicalParts, type UnchainedEntry } from './canonical.ts';
import type { AuditEvent } from './events.ts';
import { appendEntryStatement } from './repository.ts';
import { validateAuditEvent } from './validate-event.ts';

export interface RecordedAudit {
  /** The entry's id; its place and hash in the chain are decided when the transaction commits. */
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Adds an event to the tenant's audit trail, inside the caller's transaction (the one opened by
 * `db.withTenant(tenantId, …)` for the work being audited), so the entry and the work commit or roll
 * back together. Throws on an invalid event, which must fail the caller's transaction too.
 *
 * The entry joins the tenant's hash chain as the transaction's last statement, sent with its COMMIT
 * (runAtCommit; audit_append, migration 0005): the chain head is locked only for that moment, so
 * concurrent writers of one tenant do not queue behind each other's work. The transaction is
 * flushed to disk before `withTenant` returns. `tx` names the transaction the entry belongs to,
 * which must be one the database helpers opened, not a savepoint inside it.
 */
export async function recordAudit(_tx: Tx, tenantId: string, event: AuditEvent): Promise<RecordedAudit> {
  if (!UUID.test(tenantId)) throw new TypeError('recordAudit needs a tenant id (a UUID)');
  const valid = validateAuditEvent(event);
  const entry: UnchainedEntry = {
    id: uuidv7(),
    tenantId: tenantId.toLowerCase(),
    actorUserId: valid.actorUserId,
    actorOrganisationId: valid.actorOrganisationId,
    action: valid.action,
    subjectType: valid.subjectType,
    subjectId: valid.subjectId,
    personId: valid.personId,
    purpose: valid.purpose,
    breakGlass: valid.breakGlass,
    outcome: valid.outcome,
    requestId: valid.requestId,
    address: valid.address,
    details: valid.details,
  };
  // Sent with the commit: the chain head is locked from this statement to the end of the commit,
  // with no round trip in between; on PostgreSQL it costs no round trip of its own either.
  runAtCommit(appendEntryStatement(entry, canonicalParts(entry)));
  flushAfterCommit();
  return { id: entry.id };
}
