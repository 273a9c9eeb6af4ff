import type { Tx } from '../../platform/db/database.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { type AuditEntry, entryHash } from './canonical.ts';
import type { AuditEvent } from './events.ts';
import { insertEntry, lockChainHead } from './repository.ts';
import { validateAuditEvent } from './validate-event.ts';

export interface RecordedAudit {
  id: string;
  seq: number;
  hash: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Appends an event to the tenant's audit chain, inside the caller's transaction (the one opened by
 * `db.withTenant(tenantId, …)` for the work being audited), so the entry and the work commit or roll
 * back together. Throws on an invalid event, which must fail the caller's transaction too.
 *
 * From here to the end of the transaction the tenant's chain head stays locked, so other writers of
 * the same tenant wait: call this late in the transaction, after the work it records.
 */
export async function recordAudit(tx: Tx, tenantId: string, event: AuditEvent): Promise<RecordedAudit> {
  if (!UUID.test(tenantId)) throw new TypeError('recordAudit needs a tenant id (a UUID)');
  const valid = validateAuditEvent(event);
  const head = await lockChainHead(tx, tenantId);
  const entry: AuditEntry = {
    id: uuidv7(),
    tenantId: tenantId.toLowerCase(),
    seq: head.lastSeq + 1,
    occurredAt: head.now,
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
    previousHash: head.lastHash,
  };
  const hash = entryHash(entry);
  await insertEntry(tx, entry, hash);
  return { id: entry.id, seq: entry.seq, hash };
}
