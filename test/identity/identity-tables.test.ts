import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/platform/db/database.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { databaseError } from '../support/database-error.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { makeTenant, makeUser, type TestTenant, type TestUser } from './factories.ts';

describe(`the identity tables on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let a: TestTenant;
  let b: TestTenant;
  let alice: TestUser;

  beforeAll(async () => {
    a = await makeTenant(database());
    b = await makeTenant(database());
    alice = await makeUser(database(), a, { username: 'alice.a' });
    await makeUser(database(), b, { username: 'bob.b' });
  });

  it('enables and forces row-level security on every table with a tenant_id, each with a policy', async () => {
    const tables = await database().superuser<{
      name: string;
      enabled: boolean;
      forced: boolean;
      policies: number;
    }>(
      `select c.relname as name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
              (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r'
          and exists (select from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')
        order by c.relname`,
    );
    expect(tables.map((table) => table.name)).toEqual(
      expect.arrayContaining([
        'facilities',
        'login_names',
        'organisations',
        'role_assignments',
        'sessions',
        'users',
      ]),
    );
    for (const table of tables) expect(table, table.name).toMatchObject({ enabled: true, forced: true });
    for (const table of tables) expect(table.policies, table.name).toBeGreaterThan(0);
  });

  it('grants the application role no DELETE except on role assignments', async () => {
    const rows = await database().superuser<{ name: string; can: boolean }>(
      `select t as name, has_table_privilege('pathways_app', t, 'DELETE') as can
         from unnest(array['organisations', 'users', 'login_names', 'role_assignments', 'sessions', 'sign_in_attempts']) t`,
    );
    expect(Object.fromEntries(rows.map((row) => [row.name, row.can]))).toEqual({
      organisations: false,
      users: false,
      login_names: false,
      role_assignments: true,
      sessions: false,
      sign_in_attempts: false,
    });
  });

  it('shows no user, session or role to a transaction without a tenant, and only its own to a tenant', async () => {
    const none = await database().db.withoutTenant((tx) =>
      queryRows(
        tx,
        sql`select (select count(*) from users)::int as users, (select count(*) from organisations)::int as orgs`,
      ),
    );
    expect(none).toEqual([{ users: 0, orgs: 0 }]);
    const own = await database().db.withTenant(a.id, (tx) => queryRows(tx, sql`select username from users`));
    expect(own).toEqual([{ username: 'alice.a' }]);
  });

  it('lets anyone read the sign-in directory, which holds only username, tenant and user', async () => {
    const rows = await database().db.withoutTenant((tx) =>
      queryRows(tx, sql`select * from login_names order by username`),
    );
    expect(rows).toEqual([
      { username: 'alice.a', tenant_id: a.id, user_id: alice.id },
      { username: 'bob.b', tenant_id: b.id, user_id: expect.any(String) },
    ]);
  });

  it('refuses tenant A writing or renaming tenant B’s entries in the sign-in directory', async () => {
    const write = database().db.withTenant(a.id, (tx) =>
      queryRows(
        tx,
        sql`insert into login_names (username, tenant_id, user_id) values ('sneaky', ${b.id}, ${alice.id})`,
      ),
    );
    expect(await databaseError(write)).toMatch(/row-level security/);
    const renamed = await database().db.withTenant(a.id, (tx) =>
      queryRows(
        tx,
        sql`update login_names set username = 'taken.over' where username = 'bob.b' returning username`,
      ),
    );
    expect(renamed).toEqual([]);
  });

  it('keeps usernames unique across tenants, and the directory in step with renames', async () => {
    const clash = database().db.withTenant(b.id, (tx) =>
      queryRows(
        tx,
        sql`insert into users (id, tenant_id, organisation_id, username, display_name)
            values (${uuidv7()}, ${b.id}, ${b.organisationId}, 'alice.a', 'Another Alice')`,
      ),
    );
    expect(await databaseError(clash)).toMatch(/duplicate key|login_names_pkey/);
    await database().db.withTenant(a.id, (tx) =>
      queryRows(tx, sql`update users set username = 'alice.renamed' where id = ${alice.id}`),
    );
    const [entry] = await database().superuser('select username from login_names where user_id = $1', [
      alice.id,
    ]);
    expect(entry).toEqual({ username: 'alice.renamed' });
  });

  it('refuses rows that point into another tenant', async () => {
    const user = database().superuser(
      `insert into users (id, tenant_id, organisation_id, username, display_name) values ($1, $2, $3, 'cross.over', 'X')`,
      [uuidv7(), a.id, b.organisationId],
    );
    expect(await databaseError(user)).toMatch(/foreign key/);
    const role = database().superuser(
      `insert into role_assignments (id, tenant_id, user_id, role, scope, facility_id) values ($1, $2, $3, 'director', 'facility', $4)`,
      [uuidv7(), a.id, alice.id, b.facilityId],
    );
    expect(await databaseError(role)).toMatch(/foreign key/);
  });

  const assign = (role: string, scope: string, facilityId: string | null, organisationId: string | null) =>
    database().superuser(
      `insert into role_assignments (id, tenant_id, user_id, role, scope, facility_id, organisation_id)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [uuidv7(), a.id, alice.id, role, scope, facilityId, organisationId],
    );

  it('ties each role to its kind of scope', async () => {
    for (const bad of [
      () => assign('director', 'facility', null, null),
      () => assign('director', 'organisation', null, a.organisationId),
      () => assign('cso_practitioner', 'facility', a.facilityId, null),
      () => assign('cso_practitioner', 'organisation', a.facilityId, a.organisationId),
      () => assign('administrator', 'tenant', a.facilityId, null),
      () => assign('administrator', 'facility', a.facilityId, null),
      () => assign('warden', 'tenant', null, null),
    ]) {
      expect(await databaseError(bad())).toMatch(/check constraint/);
    }
    await assign('director', 'facility', a.facilityId, null);
    await assign('cso_practitioner', 'organisation', null, a.organisationId);
    await assign('oversight_monitor', 'tenant', null, null);
    expect(await databaseError(assign('oversight_monitor', 'tenant', null, null))).toMatch(/duplicate key/);
  });
});
