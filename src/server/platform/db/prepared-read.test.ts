import { asc, eq, sql } from 'drizzle-orm';
import type { QueryBuilder } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.ts';
import { testDatabaseKind } from '../../../../test/support/test-database-kind.ts';
import { uuidv7 } from '../ids.ts';
import type { Database } from './database.ts';
import { type Placeholders, preparedRead } from './prepared-read.ts';
import { facilities, tenants } from './schema.ts';

// A prepared read must answer exactly as the same query built by the query builder on each call:
// the same rows, decoded the same way (times as Date, nulls as null, nested objects), within the
// transaction's tenant, with the values of each call and not of the first.
describe(`prepared reads on ${testDatabaseKind()}`, () => {
  let test: TestDatabase;
  let db: Database;
  const tenantA = uuidv7();
  const tenantB = uuidv7();

  const facilityColumns = {
    id: facilities.id,
    code: facilities.code,
    createdAt: facilities.createdAt,
    place: { kind: facilities.kind, timeZone: facilities.timeZone },
    tenant: { name: tenants.name, slug: tenants.slug },
  };
  const byKind = preparedRead((builder: QueryBuilder, value: Placeholders<{ kind: string }>) =>
    builder
      .select(facilityColumns)
      .from(facilities)
      .innerJoin(tenants, eq(tenants.id, facilities.tenantId))
      .where(eq(facilities.kind, value('kind')))
      .orderBy(asc(facilities.code)),
  );

  beforeAll(async () => {
    test = await createTestDatabase();
    db = testDatabaseKind() === 'postgres' ? test.openPool(2) : test.db;
    for (const [id, slug] of [
      [tenantA, 'prepared-a'],
      [tenantB, 'prepared-b'],
    ] as const)
      await test.superuser(`insert into tenants (id, slug, name) values ($1, $2, $2)`, [id, slug]);
    for (const [tenant, code, kind] of [
      [tenantA, 'A-2', 'women'],
      [tenantA, 'A-1', 'women'],
      [tenantA, 'A-3', 'men'],
      [tenantB, 'B-1', 'women'],
    ] as const)
      await test.superuser(
        `insert into facilities (id, tenant_id, code, name, kind, time_zone)
         values ($1, $2, $3, $3, $4, 'Africa/Tunis')`,
        [uuidv7(), tenant, code, kind],
      );
  });
  afterAll(() => test?.destroy());

  it('answers as the query builder does, row for row and value for value', async () => {
    const [prepared, built] = await db.withTenant(tenantA, async (tx) => [
      await byKind(tx, { kind: 'women' }),
      await tx
        .select(facilityColumns)
        .from(facilities)
        .innerJoin(tenants, eq(tenants.id, facilities.tenantId))
        .where(eq(facilities.kind, 'women'))
        .orderBy(asc(facilities.code)),
    ]);
    expect(prepared.map((row) => row.code)).toEqual(['A-1', 'A-2']);
    expect(prepared).toEqual(built);
    const [first] = prepared;
    expect(first?.createdAt).toBeInstanceOf(Date);
    expect(first?.place).toEqual({ kind: 'women', timeZone: 'Africa/Tunis' });
    expect(first?.tenant).toEqual({ name: 'prepared-a', slug: 'prepared-a' });
  });

  it('takes each call its own values, and stays within the transaction tenant', async () => {
    const men = await db.withTenant(tenantA, (tx) => byKind(tx, { kind: 'men' }));
    expect(men.map((row) => row.code)).toEqual(['A-3']);
    const inB = await db.withTenant(tenantB, (tx) => byKind(tx, { kind: 'women' }));
    expect(inB.map((row) => row.code)).toEqual(['B-1']);
    const none = await db.withTenant(tenantB, (tx) => byKind(tx, { kind: 'juvenile' }));
    expect(none).toEqual([]);
  });

  it('decodes a null as null', async () => {
    const withNull = preparedRead((builder: QueryBuilder, value: Placeholders<{ code: string }>) =>
      builder
        .select({ code: facilities.code, zone: facilities.timeZone, capacity: facilities.capacity })
        .from(facilities)
        .innerJoin(tenants, eq(tenants.id, facilities.tenantId))
        .where(eq(facilities.code, value('code'))),
    );
    const rows = await db.withTenant(tenantA, (tx) => withNull(tx, { code: 'A-1' }));
    expect(rows).toEqual([{ code: 'A-1', zone: 'Africa/Tunis', capacity: null }]);
  });

  it('refuses, when it is first run, a selection it cannot decode', async () => {
    const counted = preparedRead((builder: QueryBuilder, _value: Placeholders<Record<string, never>>) =>
      builder.select({ count: sql<number>`count(*)` }).from(facilities),
    );
    await expect(db.withTenant(tenantA, (tx) => counted(tx, {}))).rejects.toThrow(
      /selects columns or plain objects of them; "count" is none/,
    );
  });

  it('refuses an outer join, whose missing rows it would not decode as the builder does', async () => {
    const withOuter = preparedRead((builder: QueryBuilder, value: Placeholders<{ code: string }>) =>
      builder
        .select({ code: facilities.code, tenant: { name: tenants.name } })
        .from(facilities)
        .leftJoin(tenants, eq(tenants.id, facilities.tenantId))
        .where(eq(facilities.code, value('code'))),
    );
    const refused = db.withTenant(tenantA, (tx) => withOuter(tx, { code: 'A-1' }));
    await expect(refused).rejects.toThrow(/takes inner joins only, not a left join/);
  });
});
