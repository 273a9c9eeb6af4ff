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

  it.each([
    ['a hash of 63 characters', `'${'d'.repeat(63)}'`],
    ['a hash in capitals', `'${'D'.repeat(64)}'`],
    ['a hash ending in a line break', `'${'d'.repeat(63)}' || chr(10)`],
  ])('refuses a chain head with %s, from any writer', async (_what, hash) => {
    expect(
      await databaseError(
        database().superuser(`update audit_chain_heads set last_hash = ${hash} where tenant_id = $1`, [
          tenant,
        ]),
      ),
    ).toMatch(/violates check constraint "audit_chain_heads_last_hash_check"/);
  });

  it("starts a tenant's chain with its first entry, and goes on from there", async () => {
    const [fresh = ''] = await createTenants(database().superuser, 'append-only-first');
    const before = await database().superuser('select 1 from audit_chain_heads where tenant_id = $1', [
      fresh,
    ]);
    expect(before).toEqual([]);
    for (let i = 0; i < 2; i += 1)
      await database().db.withTenant(fresh, (tx) => recordAudit(tx, fresh, sampleEvent()));
    const [head] = await database().superuser<{ last_seq: number; last_hash: string }>(
      'select last_seq::int, last_hash from audit_chain_heads where tenant_id = $1',
      [fresh],
    );
    const [last] = await database().superuser<{ hash: string }>(
      'select hash from audit_events where tenant_id = $1 and seq = 2',
      [fresh],
    );
    expect(head).toEqual({ last_seq: 2, last_hash: last?.hash });
  });

  it.each([
    ['a place before the first', { seq: '0' }],
    ['a time finer than the millisecond', { occurred_at: "'2026-01-01T00:00:00.0005Z'" }],
    ['an action not of the form module.event', { action: "'Record.Read'" }],
    ['a subject type with a space', { subject_type: "'bad type'" }],
    ['a subject type of 65 characters', { subject_type: `'${'s'.repeat(65)}'` }],
    ['an empty subject id', { subject_id: "''" }],
    ['an empty purpose', { purpose: "''" }],
    ['an outcome neither allowed nor denied', { outcome: "'maybe'" }],
    ['an empty request id', { request_id: "''" }],
    ['an address of 101 characters', { address: `'${'a'.repeat(101)}'` }],
    ['details that are not an object', { details: "'[]'" }],
    ['a previous hash that is not hex', { previous_hash: `'${'g'.repeat(64)}'` }],
    ['a hash in capitals', { hash: `'${'A'.repeat(64)}'` }],
    ['a hash of 63 characters', { hash: `'${'c'.repeat(63)}'` }],
    ['a hash of 65 characters', { hash: `'${'c'.repeat(65)}'` }],
    ['a previous hash ending in a line break', { previous_hash: `'${'b'.repeat(63)}' || chr(10)` }],
  ])('refuses an entry with %s, from any writer', async (_what, change) => {
    const columns: Record<string, string> = {
      id: 'gen_random_uuid()',
      tenant_id: `'${tenant}'`,
      seq: '4',
      occurred_at: "'2026-01-01T00:00:00.000Z'",
      action: "'record.read'",
      subject_type: "'user'",
      subject_id: "'u-1'",
      purpose: "'reading'",
      break_glass: 'false',
      outcome: "'allowed'",
      request_id: "'req-1'",
      address: "'192.0.2.1'",
      details: "'{}'",
      previous_hash: `'${'b'.repeat(64)}'`,
      hash: `'${'c'.repeat(64)}'`,
      ...change,
    };
    const insert = `insert into audit_events (${Object.keys(columns).join(', ')})
      values (${Object.values(columns).join(', ')})`;
    expect(await databaseError(database().superuser(insert))).toMatch(/violates check constraint/);
    // The same row, well formed, gets past the check, to the chain's own refusal (a wrong link).
    const wellFormed = `insert into audit_events (${Object.keys(columns).join(', ')})
      values (gen_random_uuid(), '${tenant}', 4, '2026-01-01T00:00:00.000Z', 'record.read', 'user', 'u-1',
        'reading', false, 'allowed', 'req-1', '192.0.2.1', '{}', '${'b'.repeat(64)}', '${'c'.repeat(64)}')`;
    expect(await databaseError(database().superuser(wellFormed))).toMatch(/does not extend the chain/);
  });
});
