import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../../test/support/test-database.ts';
import { testDatabaseKind } from '../../../../test/support/test-database-kind.ts';
import { entryHash } from './canonical.ts';
import { appendBulkEntries, createTenants, tamper } from './chain-fixtures.ts';
import { readEntries } from './repository.ts';
import { verifyAuditTrail, verifyTenantChain } from './verify.ts';

// What an intruder with the superuser's rights could do once the triggers are off, and what the
// verification then reports. Each case gets a chain of its own; pages of 4 entries make the walk
// cross page boundaries where the damage is.
describe(`verification finds tampering on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const LENGTH = 10;
  let untouched: string;

  beforeAll(async () => {
    [untouched = ''] = await createTenants(database().superuser, 'untouched');
    await appendBulkEntries(database().superuser, untouched, LENGTH);
  });

  /** A fresh tenant with an intact chain of LENGTH entries; returns its id and entry ids by seq. */
  async function chain(slug: string) {
    const [id = ''] = await createTenants(database().superuser, slug);
    await appendBulkEntries(database().superuser, id, LENGTH);
    const rows = await database().superuser<{ id: string; seq: number }>(
      'select id::text, seq::int from audit_events where tenant_id = $1 order by audit_events.seq',
      [id],
    );
    return { tenant: { id, slug }, ids: rows.map((row) => row.id) };
  }
  const verify = (tenant: { id: string; slug: string }) =>
    verifyTenantChain(database().db, tenant, { batchSize: 4 });
  const where = (tenantId: string, seq: number) => `tenant_id = '${tenantId}' and seq = ${seq}`;

  it('finds an intact chain intact', async () => {
    const { tenant } = await chain('intact');
    expect(await verify(tenant)).toEqual({ tenant, events: LENGTH, broken: null });
  });

  it.each([
    ['outcome', `outcome = 'denied'`],
    ['details', `details = details || '{"fields": 99}'`],
    ['time', `occurred_at = occurred_at + interval '1 millisecond'`],
    ['person', 'person_id = gen_random_uuid()'],
    ['link', `previous_hash = repeat('0', 64)`],
    ['impossible', `details = '{"fields": 1e400}'`],
  ])('names the entry whose %s was changed', async (what, change) => {
    const { tenant, ids } = await chain(`changed-${what}`);
    await tamper(
      database().superuser,
      'audit_events',
      `update audit_events set ${change} where ${where(tenant.id, 5)}`,
    );
    const report = await verify(tenant);
    expect(report.broken).toMatchObject({ eventId: ids[4], seq: 5 });
    expect(report.broken?.problem).toMatch(/changed|broken_link/);
    expect(report.events).toBe(4);
  });

  it('names the next entry when a changed entry was given a matching hash', async () => {
    const { tenant, ids } = await chain('rehashed');
    await tamper(
      database().superuser,
      'audit_events',
      `update audit_events set outcome = 'denied' where ${where(tenant.id, 5)}`,
    );
    const [entry] = await database().db.withTenant(tenant.id, (tx) => readEntries(tx, tenant.id, 4, 5, 1));
    if (!entry) throw new Error('entry 5 is missing');
    await tamper(
      database().superuser,
      'audit_events',
      `update audit_events set hash = '${entryHash(entry)}' where ${where(tenant.id, 5)}`,
    );
    expect((await verify(tenant)).broken).toMatchObject({ problem: 'broken_link', eventId: ids[5], seq: 6 });
  });

  it('names the entry after a deleted one', async () => {
    const { tenant, ids } = await chain('deleted');
    await tamper(
      database().superuser,
      'audit_events',
      `delete from audit_events where ${where(tenant.id, 5)}`,
    );
    expect((await verify(tenant)).broken).toMatchObject({ problem: 'gap', eventId: ids[5], seq: 6 });
  });

  it('finds two entries that swapped places', async () => {
    const { tenant, ids } = await chain('swapped');
    await tamper(
      database().superuser,
      'audit_events',
      `update audit_events set seq = 1000 where ${where(tenant.id, 4)}`,
      `update audit_events set seq = 4 where ${where(tenant.id, 7)}`,
      `update audit_events set seq = 7 where ${where(tenant.id, 1000)}`,
    );
    expect((await verify(tenant)).broken).toMatchObject({ problem: 'broken_link', eventId: ids[6], seq: 4 });
  });

  it('finds the last entry deleted, through the chain head', async () => {
    const { tenant } = await chain('tail-deleted');
    await tamper(
      database().superuser,
      'audit_events',
      `delete from audit_events where ${where(tenant.id, LENGTH)}`,
    );
    const report = await verify(tenant);
    expect(report.broken).toMatchObject({ problem: 'head', eventId: null, seq: LENGTH });
    expect(report.events).toBe(LENGTH - 1);
  });

  it("finds a chain head whose hash is not the last entry's", async () => {
    const { tenant, ids } = await chain('head-changed');
    await tamper(
      database().superuser,
      'audit_chain_heads',
      `update audit_chain_heads set last_hash = repeat('f', 64) where tenant_id = '${tenant.id}'`,
    );
    expect((await verify(tenant)).broken).toMatchObject({
      problem: 'head',
      eventId: ids[LENGTH - 1],
      seq: LENGTH,
    });
  });

  it('finds a chain head moved back, and names the first entry beyond it', async () => {
    const { tenant, ids } = await chain('head-rewound');
    await tamper(
      database().superuser,
      'audit_chain_heads',
      `update audit_chain_heads set last_seq = 8, last_hash = (select hash from audit_events where ${where(tenant.id, 8)})
        where tenant_id = '${tenant.id}'`,
    );
    expect((await verify(tenant)).broken).toMatchObject({ problem: 'beyond_head', eventId: ids[8], seq: 9 });
  });

  // The limit of a chain kept inside the database it protects: cut the end off together with the head
  // and what is left is a shorter, valid chain. Publishing the head elsewhere closes this (docs/audit.md).
  it('cannot see the end of a chain cut off together with its head', async () => {
    const { tenant } = await chain('cut-with-head');
    await tamper(
      database().superuser,
      'audit_events',
      `delete from audit_events where ${where(tenant.id, LENGTH)}`,
    );
    await tamper(
      database().superuser,
      'audit_chain_heads',
      `update audit_chain_heads set last_seq = ${LENGTH - 1},
         last_hash = (select hash from audit_events where ${where(tenant.id, LENGTH - 1)})
        where tenant_id = '${tenant.id}'`,
    );
    expect(await verify(tenant)).toMatchObject({ events: LENGTH - 1, broken: null });
  });

  it('reports each tenant on its own: the damage in one does not hide or spread to another', async () => {
    const reports = await verifyAuditTrail(database().db);
    const bySlug = new Map(reports.map((report) => [report.tenant.slug, report]));
    expect(bySlug.get('untouched')).toMatchObject({ events: LENGTH, broken: null });
    expect(bySlug.get('deleted')?.broken?.problem).toBe('gap');
  });

  it('finds an entry moved to another tenant, in both chains', async () => {
    const { tenant, ids } = await chain('moved-from');
    const [other = ''] = await createTenants(database().superuser, 'moved-to');
    await tamper(
      database().superuser,
      'audit_events',
      `update audit_events set tenant_id = '${other}' where ${where(tenant.id, 5)}`,
    );
    expect((await verify(tenant)).broken).toMatchObject({ problem: 'gap', eventId: ids[5], seq: 6 });
    const receiving = await verify({ id: other, slug: 'moved-to' });
    expect(receiving.broken).toMatchObject({ problem: 'beyond_head', eventId: ids[4], seq: 5 });
  });

  // Last in the file: it drops the unique constraint on (tenant_id, seq) for good.
  it.each([
    ['inside a page', 5],
    ['on the edge of a page', 4],
  ])('finds an entry added with a seq already taken, %s', async (_where, seq) => {
    const { tenant } = await chain(`duplicate-${seq}`);
    await database().superuser(
      'alter table audit_events drop constraint if exists audit_events_tenant_id_seq_key',
    );
    await tamper(
      database().superuser,
      'audit_events',
      `insert into audit_events select gen_random_uuid(), tenant_id, seq, occurred_at, actor_user_id,
         actor_organisation_id, action, subject_type, subject_id, person_id, purpose, break_glass, outcome,
         request_id, address, details, previous_hash, hash
       from audit_events where ${where(tenant.id, seq)}`,
    );
    expect((await verify(tenant)).broken?.problem).toBe('duplicate');
  });
});
