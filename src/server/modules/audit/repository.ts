import { asc, eq, sql } from 'drizzle-orm';
import { type BoundStatement, queryRows, type Tx } from '../../platform/db/database.ts';
import { tenants } from '../../platform/db/schema.ts';
import { type AuditEntry, GENESIS_HASH, type UnchainedEntry } from './canonical.ts';

// The audit trail's SQL. Every function takes the caller's transaction; the tenant is the one the
// transaction was opened for (row-level security holds the rest back).

// Numbers leave as text (both drivers would otherwise differ on bigint), so ORDER BY names the
// column with its table: a bare `seq` would sort by the text of the output column.
// Times leave the database already in their canonical text, so neither driver's date parsing (nor
// the session's time zone) can change a byte of what is hashed.
const ISO_UTC_MS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * The statement that chains an entry onto its tenant's trail (audit_append, migration 0005): the
 * database fills in its time, place and hashes. Run as the transaction's last statement. Its text
 * never changes, so it is written out once rather than built per entry.
 */
export function appendEntryStatement(
  entry: UnchainedEntry,
  parts: readonly [string, string, string, string],
): BoundStatement {
  return {
    text: APPEND_ENTRY,
    params: [
      entry.id,
      entry.tenantId,
      entry.actorUserId,
      entry.actorOrganisationId,
      entry.action,
      entry.subjectType,
      entry.subjectId,
      entry.personId,
      entry.purpose,
      entry.breakGlass,
      entry.outcome,
      entry.requestId,
      entry.address,
      JSON.stringify(entry.details),
      ...parts,
    ],
  };
}

const APPEND_ENTRY = `select audit_append($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::text, $6::text,
  $7::text, $8::uuid, $9::text, $10::boolean, $11::text, $12::text, $13::text, $14::jsonb,
  array[$15::text, $16::text, $17::text, $18::text])`;

export interface ChainSummary {
  /** 0 and the genesis hash when the tenant has no head yet. */
  headSeq: number;
  headHash: string;
  /** Entries stored, and the highest seq among them, seen in the same snapshot as the head. */
  storedCount: number;
  maxSeq: number;
}

export async function readChainSummary(tx: Tx, tenantId: string): Promise<ChainSummary> {
  const [row] = await queryRows<{ head_seq: string; head_hash: string; stored: string; max_seq: string }>(
    tx,
    sql`select coalesce(h.last_seq, 0)::text as head_seq, coalesce(h.last_hash, ${GENESIS_HASH}) as head_hash,
          e.stored::text, coalesce(e.max_seq, 0)::text as max_seq
        from (select count(*) as stored, max(seq) as max_seq from audit_events where tenant_id = ${tenantId}) e
        left join audit_chain_heads h on h.tenant_id = ${tenantId}`,
  );
  if (!row) throw new Error('the audit chain summary query returned no row');
  return {
    headSeq: Number(row.head_seq),
    headHash: row.head_hash,
    storedCount: Number(row.stored),
    maxSeq: Number(row.max_seq),
  };
}

export type StoredEntry = AuditEntry & {
  hash: string;
  /** True when occurred_at has a part finer than the millisecond the canonical form holds. */
  subMillisecond: boolean;
};

type StoredRow = {
  id: string;
  tenant_id: string;
  seq: string;
  occurred_at: string;
  sub_millisecond: boolean;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  person_id: string | null;
  purpose: string | null;
  break_glass: boolean;
  outcome: string;
  request_id: string | null;
  address: string | null;
  details: string;
  previous_hash: string;
  hash: string;
};

/** One page of the chain in seq order: entries after `afterSeq`, up to `upToSeq`, at most `limit`. */
export async function readEntries(
  tx: Tx,
  tenantId: string,
  afterSeq: number,
  upToSeq: number,
  limit: number,
): Promise<StoredEntry[]> {
  const rows = await queryRows<StoredRow>(
    tx,
    sql`select id::text, tenant_id::text, seq::text,
          to_char(occurred_at at time zone 'UTC', ${sql.raw(ISO_UTC_MS)}) as occurred_at,
          occurred_at <> date_trunc('milliseconds', occurred_at) as sub_millisecond,
          actor_user_id::text, actor_organisation_id::text, action, subject_type, subject_id,
          person_id::text, purpose, break_glass, outcome, request_id, address, details::text,
          previous_hash, hash
        from audit_events
        where tenant_id = ${tenantId} and seq > ${afterSeq} and seq <= ${upToSeq}
        order by audit_events.seq
        limit ${limit}`,
  );
  return rows.map((row) => ({
    id: row.id,
    tenantId: row.tenant_id,
    seq: Number(row.seq),
    occurredAt: row.occurred_at,
    subMillisecond: row.sub_millisecond,
    actorUserId: row.actor_user_id,
    actorOrganisationId: row.actor_organisation_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    personId: row.person_id,
    purpose: row.purpose,
    breakGlass: row.break_glass,
    outcome: row.outcome,
    requestId: row.request_id,
    address: row.address,
    // Parsed here from jsonb's text, so both drivers hand over the same value.
    details: JSON.parse(row.details) as AuditEntry['details'],
    previousHash: row.previous_hash,
    hash: row.hash,
  }));
}

/** The first entry above `seq`, if any: what the verifier names when entries lie beyond the head. */
export async function firstEntryAfter(tx: Tx, tenantId: string, seq: number) {
  const [row] = await queryRows<{ id: string; seq: string }>(
    tx,
    sql`select id::text, seq::text from audit_events where tenant_id = ${tenantId} and seq > ${seq}
        order by audit_events.seq limit 1`,
  );
  return row ? { id: row.id, seq: Number(row.seq) } : undefined;
}

/** The tenants whose chains to verify: all of them, or the one with this slug (none if unknown). */
export async function listTenantsToVerify(tx: Tx, slug?: string) {
  const query = tx.select({ id: tenants.id, slug: tenants.slug }).from(tenants);
  return slug === undefined
    ? query.orderBy(asc(tenants.slug))
    : query.where(eq(tenants.slug, slug)).orderBy(asc(tenants.slug));
}

/** False on a database not yet migrated to the audit trail: verifying it would only fail obscurely. */
export async function auditTrailExists(tx: Tx): Promise<boolean> {
  const [row] = await queryRows<{ exists: boolean }>(
    tx,
    sql`select to_regclass('audit_events') is not null and to_regclass('audit_chain_heads') is not null as exists`,
  );
  return row?.exists === true;
}
