import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseError } from '../../../../test/support/database-error.ts';
import { useTestDatabase } from '../../../../test/support/test-database.ts';
import { testDatabaseKind } from '../../../../test/support/test-database-kind.ts';
import { queryRows } from '../../platform/db/database.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { GENESIS_HASH } from './canonical.ts';
import { createTenants, sampleEvent } from './chain-fixtures.ts';
import type { AuditEvent } from './events.ts';
import { recordAudit } from './service.ts';
import { AuditEventError } from './validate-event.ts';
import { verifyAuditTrail } from './verify.ts';

describe(`recording audit events on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let tenantA: string;
  let tenantB: string;

  beforeAll(async () => {
    [tenantA = '', tenantB = ''] = await createTenants(database().superuser, 'record-a', 'record-b');
  });

  const record = (tenantId: string, event = sampleEvent()) =>
    database().db.withTenant(tenantId, (tx) => recordAudit(tx, tenantId, event));
  const chainOf = (tenantId: string) =>
    database().superuser<{ id: string; seq: number; previous_hash: string; hash: string }>(
      'select id::text, seq::int, previous_hash, hash from audit_events where tenant_id = $1 order by seq',
      [tenantId],
    );

  it('keeps one chain per tenant when their writes interleave', async () => {
    const written = [];
    for (const tenant of [tenantA, tenantB, tenantA, tenantA, tenantB]) written.push(await record(tenant));

    for (const [tenant, length] of [
      [tenantA, 3],
      [tenantB, 2],
    ] as const) {
      const chain = await chainOf(tenant);
      expect(chain.map((entry) => entry.seq)).toEqual([...Array(length).keys()].map((i) => i + 1));
      chain.forEach((entry, index) => {
        expect(entry.previous_hash).toBe(index === 0 ? GENESIS_HASH : chain[index - 1]?.hash);
      });
      const [head] = await database().superuser(
        'select last_seq::int, last_hash from audit_chain_heads where tenant_id = $1',
        [tenant],
      );
      expect(head).toEqual({ last_seq: length, last_hash: chain.at(-1)?.hash });
    }
    // Each entry took its place in its own tenant's chain, in the order it was written.
    const places = new Map(
      [...(await chainOf(tenantA)), ...(await chainOf(tenantB))].map((entry) => [entry.id, entry.seq]),
    );
    expect(written.map((entry) => places.get(entry.id))).toEqual([1, 1, 2, 3, 2]);
  });

  it('stores what it hashed, byte for byte, whatever the script, numbers or key order', async () => {
    await record(
      tenantA,
      sampleEvent({
        action: 'record.break_glass',
        breakGlass: true,
        purpose: 'Urgence médicale — دخول طارئ — 紧急 😷\r\nline two "quoted" \\ back',
        personId: uuidv7().toUpperCase(),
        address: '2001:DB8::1',
        details: {
          zeta: 0.1,
          Alpha: 1e21,
          beta: -5,
          small: 1e-7,
          big: 2 ** 60,
          yes: true,
          none: null,
          Zz_9: 'é',
        },
      }),
    );
    const [report] = await verifyAuditTrail(database().db, { tenantSlug: 'record-a' });
    expect(report?.broken).toBeNull();
    expect(report?.events).toBe(4);
  });

  it('takes the time from the database clock, in whole milliseconds, never going back along the chain', async () => {
    const rows = await database().superuser<{ ms: boolean; ordered: boolean }>(
      `select bool_and(occurred_at = date_trunc('milliseconds', occurred_at)) as ms,
              bool_and(occurred_at >= coalesce(previous, occurred_at)) as ordered
         from (select occurred_at, lag(occurred_at) over (order by seq) as previous
                 from audit_events where tenant_id = $1) chain`,
      [tenantA],
    );
    expect(rows[0]).toEqual({ ms: true, ordered: true });
  });

  it('fails the whole transaction on a bad event: neither the work nor earlier entries are kept', async () => {
    const [tenant = ''] = await createTenants(database().superuser, 'record-bad');
    const work = database().db.withTenant(tenant, async (tx) => {
      await recordAudit(tx, tenant, sampleEvent());
      await queryRows(
        tx,
        sql`insert into facilities (id, tenant_id, code, name, kind, time_zone)
            values (${uuidv7()}, ${tenant}, 'X1', 'Unaudited', 'men', 'UTC')`,
      );
      await recordAudit(tx, tenant, { ...sampleEvent(), action: 'record.shredded' } as unknown as AuditEvent);
    });
    await expect(work).rejects.toThrow(AuditEventError);
    const left = await database().superuser(
      `select (select count(*)::int from facilities where tenant_id = $1) as facilities,
              (select count(*)::int from audit_events where tenant_id = $1) as events,
              (select count(*)::int from audit_chain_heads where tenant_id = $1) as heads`,
      [tenant],
    );
    expect(left[0]).toEqual({ facilities: 0, events: 0, heads: 0 });
  });

  it("refuses to write into another tenant's chain from a tenant's transaction", async () => {
    const crossing = database().db.withTenant(tenantA, (tx) => recordAudit(tx, tenantB, sampleEvent()));
    expect(await databaseError(crossing)).toMatch(/row-level security/);
    expect(await chainOf(tenantB)).toHaveLength(2);
  });

  it('shows a tenant only its own entries and chain head', async () => {
    const seen = await database().db.withTenant(tenantB, (tx) =>
      queryRows(
        tx,
        sql`select (select count(*)::int from audit_events) as events, (select count(*)::int from audit_chain_heads) as heads`,
      ),
    );
    expect(seen[0]).toEqual({ events: 2, heads: 1 });
  });
});
