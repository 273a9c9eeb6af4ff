import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.ts';
import { testDatabaseKind } from '../../../../test/support/test-database-kind.ts';
import { uuidv7 } from '../ids.ts';
import { type Database, queryRows } from './database.ts';
import { type OpeningCheck, OpeningCheckFailed, withOpeningCheck } from './opening-check.ts';

// A request's opening check (the session check of access-hook.ts) goes with BEGIN of its first
// transaction in its tenant; no other transaction of the request runs before it has passed. Here
// with plain statements: `select 1` passes, a division by zero (SQLSTATE 22012) stands for a check
// that fails.
describe(`opening checks on ${testDatabaseKind()}`, () => {
  let test: TestDatabase;
  let db: Database;
  const tenant = uuidv7();
  const otherTenant = uuidv7();

  beforeAll(async () => {
    test = await createTestDatabase();
    db = testDatabaseKind() === 'postgres' ? test.openPool(2) : test.db;
    await test.superuser(
      `insert into tenants (id, slug, name) values ($1, 'opening-a', 'Opening A'), ($2, 'opening-b', 'Opening B')`,
      [tenant, otherTenant],
    );
  });
  afterAll(() => test?.destroy());

  const check = (statement: string, confirmed: 'passed' | 'failed' = 'passed') => {
    const made: OpeningCheck & { confirmations: number } = {
      tenantId: tenant,
      statement,
      failureCode: '22012',
      state: 'pending',
      confirmations: 0,
      async confirm() {
        made.confirmations += 1;
        made.state = confirmed;
      },
    };
    return made;
  };
  const addFacility = (code: string) =>
    sql`insert into facilities (id, tenant_id, code, name, kind, time_zone)
        values (${uuidv7()}, ${tenant}, ${code}, ${code}, 'men', 'UTC')`;
  const facilityCodes = async (prefix: string) =>
    (
      await test.superuser<{ code: string }>(
        'select code from facilities where tenant_id = $1 and code like $2 order by code',
        [tenant, `${prefix}%`],
      )
    ).map((row) => row.code);

  it('goes with the first transaction in its tenant, inside it, and passes', async () => {
    // The statement reads the transaction's own tenant setting: it runs after the scope, inside.
    const opening = check(`select 1 / (app_current_tenant() = '${tenant}')::int`);
    const seen = await withOpeningCheck(opening, () =>
      db.withTenant(tenant, (tx) => queryRows<{ n: number }>(tx, sql`select 1 as n`)),
    );
    expect(seen).toEqual([{ n: 1 }]);
    expect(opening.state).toBe('passed');
    expect(opening.confirmations).toBe(0);
  });

  it('rolls back everything the work did when it fails, and lets no later transaction run', async () => {
    const opening = check('select 1 / 0');
    const attempt = withOpeningCheck(opening, () =>
      db.withTenant(tenant, async (tx) => {
        await tx.execute(addFacility('OC-FAIL'));
      }),
    );
    await expect(attempt).rejects.toThrow(/division by zero|select 1 \/ 0/);
    expect(opening.state).toBe('failed');
    expect(await facilityCodes('OC-FAIL')).toEqual([]);
    // The request's work is to be done again, from fresh: nothing more of this run reaches the database.
    let reached = false;
    const later = withOpeningCheck(opening, () =>
      db.withTenant(tenant, async () => {
        reached = true;
      }),
    );
    await expect(later).rejects.toBeInstanceOf(OpeningCheckFailed);
    expect(reached).toBe(false);
    // The connection serves the next request.
    expect(await db.withTenant(tenant, (tx) => queryRows(tx, sql`select 1 as n`))).toEqual([{ n: 1 }]);
  });

  it('is made once: later transactions of the request go without it', async () => {
    const opening = check('select 1');
    await withOpeningCheck(opening, async () => {
      await db.withTenant(tenant, (tx) => tx.execute(addFacility('OC-ONCE-1')));
      expect(opening.state).toBe('passed');
      // A failing statement in its place would now fail the transaction; it is not sent again.
      (opening as { statement: string }).statement = 'select 1 / 0';
      await db.withTenant(tenant, (tx) => tx.execute(addFacility('OC-ONCE-2')));
    });
    expect(await facilityCodes('OC-ONCE')).toEqual(['OC-ONCE-1', 'OC-ONCE-2']);
  });

  it('is confirmed on its own before a transaction of another tenant, of none, or of the owner', async () => {
    for (const open of [
      (work: () => Promise<unknown>) => db.withTenant(otherTenant, work),
      (work: () => Promise<unknown>) => db.withoutTenant(work),
      (work: () => Promise<unknown>) => db.unsafeAsOwner(work),
    ]) {
      const passing = check('select 1 / 0', 'passed');
      let ran = false;
      await withOpeningCheck(passing, () =>
        open(async () => {
          ran = true;
        }),
      );
      expect([passing.confirmations, passing.state, ran]).toEqual([1, 'passed', true]);

      const failing = check('select 1', 'failed');
      ran = false;
      const refused = withOpeningCheck(failing, () =>
        open(async () => {
          ran = true;
        }),
      );
      await expect(refused).rejects.toBeInstanceOf(OpeningCheckFailed);
      expect([failing.confirmations, failing.state, ran]).toEqual([1, 'failed', false]);
    }
  });

  it('leaves transactions outside a request as they were', async () => {
    await db.withTenant(tenant, (tx) => tx.execute(addFacility('OC-NONE')));
    expect(await facilityCodes('OC-NONE')).toEqual(['OC-NONE']);
  });
});
