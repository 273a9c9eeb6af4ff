import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.ts';
import { testDatabaseKind } from '../../../../test/support/test-database-kind.ts';
import { uuidv7 } from '../ids.ts';
import { type Database, queryRows } from './database.ts';
import { OpeningCheck, OpeningCheckFailed, withOpeningCheck } from './opening-check.ts';

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

  /** A check whose statement is `statement`, and whose check on its own gives `confirmed`. */
  const check = (statement: string, confirmed: 'passed' | 'failed' = 'passed') => {
    let confirmations = 0;
    const made = new OpeningCheck(tenant, statement, '22012', async () => {
      confirmations += 1;
      return confirmed === 'passed';
    });
    return Object.assign(made, { confirmations: () => confirmations });
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
    expect(opening.confirmations()).toBe(0);
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
    // Inserting the same code twice would fail the second time: the statement runs only once.
    const opening = check(
      `insert into facilities (id, tenant_id, code, name, kind, time_zone)
       values ('${uuidv7()}', '${tenant}', 'OC-ONCE-0', 'once', 'men', 'UTC')`,
    );
    await withOpeningCheck(opening, async () => {
      await db.withTenant(tenant, (tx) => tx.execute(addFacility('OC-ONCE-1')));
      expect(opening.state).toBe('passed');
      await db.withTenant(tenant, (tx) => tx.execute(addFacility('OC-ONCE-2')));
    });
    expect(await facilityCodes('OC-ONCE')).toEqual(['OC-ONCE-0', 'OC-ONCE-1', 'OC-ONCE-2']);
  });

  it('stays failed once failed, even when a transaction beside it passed', async () => {
    const opening = check('select 1');
    opening.passed();
    opening.failed();
    opening.passed();
    expect(opening.state).toBe('failed');
    await opening.confirm();
    expect(opening.state).toBe('failed');
  });

  it('lets its caller wait until every transaction of the request has finished', async () => {
    const opening = check('select 1');
    let finished = 0;
    withOpeningCheck(opening, () => {
      for (const code of ['OC-WAIT-1', 'OC-WAIT-2']) {
        void db
          .withTenant(tenant, async (tx) => {
            await tx.execute(sql`select pg_sleep(0.05)`);
            await tx.execute(addFacility(code));
          })
          .then(() => {
            finished += 1;
          });
      }
    });
    await opening.settled();
    expect(finished).toBe(2);
    expect(await facilityCodes('OC-WAIT')).toEqual(['OC-WAIT-1', 'OC-WAIT-2']);
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
      expect([passing.confirmations(), passing.state, ran]).toEqual([1, 'passed', true]);

      const failing = check('select 1', 'failed');
      ran = false;
      const refused = withOpeningCheck(failing, () =>
        open(async () => {
          ran = true;
        }),
      );
      await expect(refused).rejects.toBeInstanceOf(OpeningCheckFailed);
      expect([failing.confirmations(), failing.state, ran]).toEqual([1, 'failed', false]);
    }
  });

  it('leaves transactions outside a request as they were', async () => {
    await db.withTenant(tenant, (tx) => tx.execute(addFacility('OC-NONE')));
    expect(await facilityCodes('OC-NONE')).toEqual(['OC-NONE']);
  });
});
