import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseError } from '../../../../test/support/database-error.ts';
import { useTestDatabase } from '../../../../test/support/test-database.ts';
import { testDatabaseKind } from '../../../../test/support/test-database-kind.ts';
import { queryRows } from '../../platform/db/database.ts';
import { createTenants, sampleEvent } from './chain-fixtures.ts';
import { recordAudit } from './service.ts';

// The trail only grows: the application role lacks the privileges to change it, and triggers stop
// the owner and even a superuser, unless they first switch the triggers off (tamper.test.ts).
describe(`the audit trail is append-only on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let tenant: string;

  beforeAll(async () => {
    [tenant = ''] = await createTenants(database().superuser, 'append-only');
    for (let i = 0; i < 3; i += 1) {
      await database().db.withTenant(tenant, (tx) => recordAudit(tx, tenant, sampleEvent()));
    }
  });

  const asApp = (statement: ReturnType<typeof sql>) =>
    database().db.withTenant(tenant, (tx) => queryRows(tx, statement));

  it.each([
    ['update', sql`update audit_events set outcome = 'denied'`],
    ['delete', sql`delete from audit_events`],
    ['truncate', sql`truncate audit_events`],
    ['delete the chain head', sql`delete from audit_chain_heads`],
    ['truncate the chain heads', sql`truncate audit_chain_heads`],
  ])('refuses the application role permission to %s', async (_what, statement) => {
    expect(await databaseError(asApp(statement))).toMatch(/permission denied/);
  });

  it.each([
    ['update an entry', `update audit_events set outcome = 'denied' where seq = 2`],
    ['update no entry at all', `update audit_events set outcome = 'denied' where false`],
    ['delete an entry', 'delete from audit_events where seq = 3'],
    ['truncate the trail', 'truncate audit_events'],
    ['delete a chain head', 'delete from audit_chain_heads'],
    ['truncate the chain heads', 'truncate audit_chain_heads'],
  ])('stops even the superuser who tries to %s', async (_what, statement) => {
    expect(await databaseError(database().superuser(statement))).toMatch(/the audit trail is append-only/);
  });

  it('refuses an entry that does not extend the chain where its head says it ends', async () => {
    const [last] = await database().superuser<{ hash: string }>(
      'select hash from audit_events where tenant_id = $1 and seq = 3',
      [tenant],
    );
    const insert = (seq: number, previousHash: string) =>
      asApp(
        sql`insert into audit_events (id, tenant_id, seq, occurred_at, action, break_glass, outcome, details,
              previous_hash, hash)
            values (gen_random_uuid(), ${tenant}, ${seq}, '2026-01-01T00:00:00Z', 'record.read', false,
              'allowed', '{}', ${previousHash}, ${'a'.repeat(64)})`,
      );
    // A second entry after seq 2 (a fork), a skipped number, and a wrong link are all refused.
    expect(await databaseError(insert(3, last?.hash ?? ''))).toMatch(/duplicate key|does not extend/);
    expect(await databaseError(insert(5, last?.hash ?? ''))).toMatch(/does not extend the chain/);
    expect(await databaseError(insert(4, 'b'.repeat(64)))).toMatch(/does not extend the chain/);
    const [head] = await database().superuser(
      'select last_seq::int from audit_chain_heads where tenant_id = $1',
      [tenant],
    );
    expect(head).toEqual({ last_seq: 3 });
  });
});
