import type { Database } from '../../platform/db/database.ts';
import { CanonicalFormError, entryHash, GENESIS_HASH } from './canonical.ts';
import {
  auditTrailExists,
  firstEntryAfter,
  listTenantsToVerify,
  readChainSummary,
  readEntries,
  type StoredEntry,
} from './repository.ts';

// Walks a tenant's chain from its first entry to the head, a page at a time (keyset on the
// (tenant_id, seq) index), so memory stays flat however long the trail is. Each page is its own
// tenant transaction as the application role: reading the trail needs no more than the request
// path has, and a long walk holds no snapshot open. Entries are only ever added above the head
// read at the start, so pages read later still see the chain as it was then.

export type ChainProblem =
  /** An entry's content no longer matches its hash. */
  | 'changed'
  /** seq jumps: entries in between were deleted. */
  | 'gap'
  /** seq repeats: an entry was added with a number already taken. */
  | 'duplicate'
  /** previous_hash is not the hash of the entry before: something before it changed, or it moved. */
  | 'broken_link'
  /** The head names an entry the chain does not end with: entries were deleted from the end. */
  | 'head'
  /** Entries lie beyond the head: the head was rewound or entries were inserted around it. */
  | 'beyond_head';

export interface ChainBreak {
  problem: ChainProblem;
  /** The first bad entry; null when what is wrong is that entries are missing from the end. */
  eventId: string | null;
  seq: number;
  reason: string;
}

export interface TenantRef {
  id: string;
  slug: string;
}

export interface ChainReport {
  tenant: TenantRef;
  /** Entries found intact, from the first up to the break when there is one. */
  events: number;
  broken: ChainBreak | null;
}

export interface ChainProgress {
  tenant: TenantRef;
  verified: number;
  total: number;
}

export interface VerifyOptions {
  batchSize?: number;
  onProgress?: (progress: ChainProgress) => void;
}

const DEFAULT_BATCH = 5000;

/** Verification could not start: an unknown tenant, or a database without an audit trail. */
export class AuditVerifyError extends Error {
  override name = 'AuditVerifyError';
}

/** Verifies every tenant's chain, or only the chain of the tenant with `tenantSlug`. */
export async function verifyAuditTrail(
  db: Database,
  options: VerifyOptions & { tenantSlug?: string } = {},
): Promise<ChainReport[]> {
  // Asked as the owner because on a database never migrated even the application role is missing;
  // it reads only the catalogue.
  if (!(await db.unsafeAsOwner(auditTrailExists))) {
    throw new AuditVerifyError('this database has no audit trail yet: run "pathways migrate" first');
  }
  // The tenant registry and each tenant's own chain are readable by the application role: the
  // verifier needs no more rights than a request has.
  const tenants = await db.withoutTenant((tx) => listTenantsToVerify(tx, options.tenantSlug));
  if (options.tenantSlug !== undefined && tenants.length === 0) {
    throw new AuditVerifyError(`there is no tenant with the slug ${JSON.stringify(options.tenantSlug)}`);
  }
  const reports: ChainReport[] = [];
  for (const tenant of tenants) reports.push(await verifyTenantChain(db, tenant, options));
  return reports;
}

/** Verifies one tenant's chain; stops at its first bad entry. */
export async function verifyTenantChain(
  db: Database,
  tenant: TenantRef,
  options: VerifyOptions = {},
): Promise<ChainReport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const summary = await db.withTenant(tenant.id, (tx) => readChainSummary(tx, tenant.id));
  const report = (events: number, broken: ChainBreak | null): ChainReport => ({ tenant, events, broken });
  let previous: { id: string; seq: number; hash: string } | undefined;
  let verified = 0;
  for (;;) {
    const afterSeq = previous?.seq ?? 0;
    const page = await db.withTenant(tenant.id, (tx) =>
      readEntries(tx, tenant.id, afterSeq, summary.headSeq, batchSize),
    );
    for (const entry of page) {
      const broken = checkEntry(entry, previous?.seq ?? 0, previous?.hash ?? GENESIS_HASH);
      if (broken) return report(verified, broken);
      previous = { id: entry.id, seq: entry.seq, hash: entry.hash };
      verified += 1;
    }
    options.onProgress?.({ tenant, verified, total: summary.headSeq });
    if (page.length < batchSize) break;
  }

  const lastSeq = previous?.seq ?? 0;
  if (lastSeq < summary.headSeq) {
    const last = previous ? `seq ${lastSeq} (event ${previous.id})` : 'no event at all';
    return report(verified, {
      problem: 'head',
      eventId: null,
      seq: lastSeq + 1,
      reason:
        `the chain head records ${summary.headSeq} events, but the chain ends at ${last}: ` +
        'events were deleted from the end',
    });
  }
  if ((previous?.hash ?? GENESIS_HASH) !== summary.headHash) {
    return report(Math.max(verified - 1, 0), {
      problem: 'head',
      eventId: previous?.id ?? null,
      seq: lastSeq,
      reason: `the chain head's hash ${summary.headHash} is not the last event's: the head or the event was changed`,
    });
  }
  if (summary.maxSeq > summary.headSeq) {
    const beyond = await db.withTenant(tenant.id, (tx) => firstEntryAfter(tx, tenant.id, summary.headSeq));
    return report(verified, {
      problem: 'beyond_head',
      eventId: beyond?.id ?? null,
      seq: beyond?.seq ?? summary.maxSeq,
      reason: `events are stored beyond the chain head (seq ${summary.headSeq}): the head was rewound or removed`,
    });
  }
  if (summary.storedCount !== verified) {
    return report(verified, {
      problem: 'duplicate',
      eventId: null,
      seq: summary.headSeq,
      reason: `${summary.storedCount} events are stored but the chain holds ${verified}: some share a seq`,
    });
  }
  return report(verified, null);
}

function checkEntry(entry: StoredEntry, previousSeq: number, previousHash: string): ChainBreak | null {
  const at = { eventId: entry.id, seq: entry.seq };
  if (entry.seq > previousSeq + 1) {
    const missing =
      entry.seq === previousSeq + 2
        ? `seq ${previousSeq + 1} is`
        : `seq ${previousSeq + 1}–${entry.seq - 1} are`;
    return { ...at, problem: 'gap', reason: `it follows seq ${previousSeq}: ${missing} missing (deleted)` };
  }
  if (entry.seq <= previousSeq) {
    return { ...at, problem: 'duplicate', reason: `its seq repeats seq ${previousSeq}` };
  }
  if (entry.previousHash !== previousHash) {
    return {
      ...at,
      problem: 'broken_link',
      reason:
        `its previous_hash is not the hash of seq ${previousSeq}: the entry before it was changed, ` +
        'or this entry was moved or changed',
    };
  }
  if (entry.subMillisecond || !hashRecomputes(entry)) {
    return { ...at, problem: 'changed', reason: 'its content does not match its hash: it was changed' };
  }
  return null;
}

function hashRecomputes(entry: StoredEntry): boolean {
  try {
    return entryHash(entry) === entry.hash;
  } catch (error) {
    // A value no writer could have produced (a number beyond a double, written in by hand).
    if (error instanceof CanonicalFormError) return false;
    throw error;
  }
}
