import { uuidv7 } from '../../platform/ids.ts';
import { type AuditEntry, entryColumns, entryHash, GENESIS_HASH } from './canonical.ts';
import { AUDIT_ACTIONS, type AuditEvent } from './events.ts';

// For tests and measurements only: builds long, valid chains quickly by computing entries here and
// inserting a thousand at a time as the superuser, instead of one request transaction per entry.
// The database's own trigger still checks that each entry extends the chain.

/** Runs SQL as the connecting superuser, past row-level security (test-database.ts `superuser`). */
export type SuperuserQuery = <Row extends Record<string, unknown>>(
  text: string,
  params?: unknown[],
) => Promise<Row[]>;

const BATCH = 1000;
const START = Date.parse('2026-01-01T00:00:00.000Z');

/** Appends `count` valid entries to the tenant's chain; returns the chain's new length. */
export async function appendBulkEntries(
  superuser: SuperuserQuery,
  tenantId: string,
  count: number,
): Promise<number> {
  await superuser(
    `insert into audit_chain_heads (tenant_id, last_seq, last_hash) values ($1, 0, $2)
     on conflict (tenant_id) do nothing`,
    [tenantId, GENESIS_HASH],
  );
  const [head] = await superuser<{ last_seq: string; last_hash: string }>(
    'select last_seq::text, last_hash from audit_chain_heads where tenant_id = $1',
    [tenantId],
  );
  let seq = Number(head?.last_seq ?? 0);
  let previousHash = head?.last_hash ?? GENESIS_HASH;
  for (let done = 0; done < count; done += BATCH) {
    const rows = [];
    for (let i = 0; i < Math.min(BATCH, count - done); i += 1) {
      seq += 1;
      const entry = sampleEntry(tenantId, seq, previousHash);
      previousHash = entryHash(entry);
      rows.push(toRow(entry, previousHash));
    }
    await superuser(
      `insert into audit_events
       select * from jsonb_populate_recordset(null::audit_events, $1::jsonb) order by seq`,
      [JSON.stringify(rows)],
    );
  }
  return seq;
}

/** A plausible entry: every few entries a person, an organisation, a refusal or a break-glass reason. */
export function sampleEntry(tenantId: string, seq: number, previousHash: string): AuditEntry {
  const breakGlass = seq % 97 === 0;
  return {
    id: uuidv7(START + seq),
    tenantId,
    seq,
    occurredAt: new Date(START + seq * 7).toISOString(),
    actorUserId: seq % 5 === 0 ? null : uuidv7(START),
    actorOrganisationId: seq % 3 === 0 ? uuidv7(START) : null,
    action: AUDIT_ACTIONS[seq % AUDIT_ACTIONS.length] ?? 'record.read',
    subjectType: 'case',
    subjectId: `CASE-2026-${String(seq).padStart(6, '0')}`,
    personId: seq % 2 === 0 ? uuidv7(START + seq) : null,
    purpose: breakGlass ? 'Urgent: medical emergency during a visit' : null,
    breakGlass,
    outcome: seq % 11 === 0 ? 'denied' : 'allowed',
    requestId: `req-${seq}`,
    address: '192.0.2.10',
    details: { fields: seq % 4, reason: seq % 11 === 0 ? 'not_on_case_team' : null, export: false },
    previousHash,
  };
}

function toRow(entry: AuditEntry, hash: string) {
  return { ...entryColumns(entry), hash };
}

/**
 * Runs SQL as the superuser with the table's triggers switched off for the moment: what an intruder
 * with full control of the database server could do, and what verification must then find.
 */
export async function tamper(
  superuser: SuperuserQuery,
  table: 'audit_events' | 'audit_chain_heads',
  ...statements: string[]
): Promise<void> {
  await superuser(`alter table ${table} disable trigger user`);
  try {
    for (const statement of statements) await superuser(statement);
  } finally {
    await superuser(`alter table ${table} enable trigger user`);
  }
}

/** Adds tenants with these slugs; returns their ids in the same order. */
export async function createTenants(superuser: SuperuserQuery, ...slugs: string[]): Promise<string[]> {
  const ids = slugs.map(() => uuidv7());
  for (const [index, slug] of slugs.entries()) {
    await superuser('insert into tenants (id, slug, name) values ($1, $2, $3)', [ids[index], slug, slug]);
  }
  return ids;
}

/** An event as a module would report a read of a case; change what a test is about. */
export const sampleEvent = (overrides: Partial<AuditEvent> = {}): AuditEvent => ({
  action: 'record.read',
  outcome: 'allowed',
  actorUserId: uuidv7(),
  actorOrganisationId: null,
  subjectType: 'case',
  subjectId: 'CASE-2026-000001',
  personId: uuidv7(),
  purpose: null,
  breakGlass: false,
  requestId: 'req-1',
  address: '192.0.2.1',
  details: { fields: 2 },
  ...overrides,
});
