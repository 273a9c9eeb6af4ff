import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseError } from '../../../../test/support/database-error.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.ts';
import { testDatabaseKind } from '../../../../test/support/test-database-kind.ts';
import { queryRows } from '../../platform/db/database.ts';
import { uuidv7 } from '../../platform/ids.ts';

// The second wall: even a hand-written query that forgets its tenant cannot cross tenants, because
// every request transaction runs as pathways_app under FORCE ROW LEVEL SECURITY.
describe(`row-level security on ${testDatabaseKind()}`, () => {
  let test: TestDatabase;
  const tenantA = uuidv7();
  const tenantB = uuidv7();

  beforeAll(async () => {
    test = await createTestDatabase();
    await test.superuser(
      `insert into tenants (id, slug, name) values ($1, 'tenant-a', 'Tenant A'), ($2, 'tenant-b', 'Tenant B')`,
      [tenantA, tenantB],
    );
    await test.superuser(
      `insert into facilities (id, tenant_id, code, name, kind, time_zone) values
        ($1, $3, 'A1', 'A prison', 'men', 'UTC'),
        ($2, $4, 'B1', 'B prison', 'women', 'UTC')`,
      [uuidv7(), uuidv7(), tenantA, tenantB],
    );
  });
  afterAll(() => test?.destroy());

  const facilityCodes = (rows: Record<string, unknown>[]) => rows.map((row) => row.code);

  it('runs request transactions as the application role, which cannot bypass row-level security', async () => {
    const [role] = await test.db.withTenant(tenantA, (tx) =>
      queryRows(
        tx,
        sql`select current_user as name, r.rolsuper as superuser, r.rolbypassrls as bypass
              from pg_roles r where r.rolname = current_user`,
      ),
    );
    expect(role).toEqual({ name: 'pathways_app', superuser: false, bypass: false });
  });

  it('shows no tenant-owned row to a query made without a tenant', async () => {
    const all = await test.superuser('select count(*)::int as n from facilities');
    expect(all[0]?.n).toBe(2);
    const seen = await test.db.withoutTenant((tx) => queryRows(tx, sql`select code from facilities`));
    expect(seen).toEqual([]);
  });

  it("shows tenant A only its own rows, even when the query asks for tenant B's", async () => {
    const own = await test.db.withTenant(tenantA, (tx) => queryRows(tx, sql`select code from facilities`));
    expect(facilityCodes(own)).toEqual(['A1']);
    const asked = await test.db.withTenant(tenantA, (tx) =>
      queryRows(tx, sql`select code from facilities where tenant_id = ${tenantB}`),
    );
    expect(asked).toEqual([]);
  });

  it("does not let tenant A update or delete tenant B's rows", async () => {
    const updated = await test.db.withTenant(tenantA, (tx) =>
      queryRows(tx, sql`update facilities set name = 'taken over' where tenant_id = ${tenantB} returning id`),
    );
    expect(updated).toEqual([]);
    const deleted = await test.db.withTenant(tenantA, (tx) =>
      queryRows(tx, sql`delete from facilities where code = 'B1' returning id`),
    );
    expect(deleted).toEqual([]);
    const b = await test.superuser(`select name from facilities where code = 'B1'`);
    expect(b).toEqual([{ name: 'B prison' }]);
  });

  it("refuses a row written into tenant B from tenant A's transaction, and keeps nothing of it", async () => {
    const write = test.db.withTenant(tenantA, (tx) =>
      queryRows(
        tx,
        sql`insert into facilities (id, tenant_id, code, name, kind, time_zone)
            values (${uuidv7()}, ${tenantB}, 'B2', 'Smuggled', 'men', 'UTC')`,
      ),
    );
    expect(await databaseError(write)).toMatch(/row-level security/);
    const moved = test.db.withTenant(tenantA, (tx) =>
      queryRows(tx, sql`update facilities set tenant_id = ${tenantB} where code = 'A1'`),
    );
    expect(await databaseError(moved)).toMatch(/row-level security/);
    const rows = await test.superuser('select code, tenant_id from facilities order by code');
    expect(rows).toEqual([
      { code: 'A1', tenant_id: tenantA },
      { code: 'B1', tenant_id: tenantB },
    ]);
  });

  it('does not let the application role create tenants or write the migration record', async () => {
    const tenant = test.db.withoutTenant((tx) =>
      queryRows(tx, sql`insert into tenants (id, slug, name) values (${uuidv7()}, 'rogue', 'Rogue')`),
    );
    expect(await databaseError(tenant)).toMatch(/permission denied/);
    const record = test.db.withTenant(tenantA, (tx) => queryRows(tx, sql`delete from schema_migrations`));
    expect(await databaseError(record)).toMatch(/permission denied/);
  });

  it('leaves the connection as it found it after the transaction', async () => {
    await test.db.withTenant(tenantA, (tx) => queryRows(tx, sql`select 1`));
    const after = await test.db.unsafeAsOwner((tx) =>
      queryRows(tx, sql`select current_user as name, current_setting('app.tenant_id', true) as tenant`),
    );
    expect(after[0]?.name).not.toBe('pathways_app');
    expect(after[0]?.tenant ?? '').toBe('');
  });

  it('refuses a tenant id that is not a UUID before reaching the database', () => {
    expect(() => test.db.withTenant("' or true --", async () => 1)).toThrow(TypeError);
  });
});
