import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_REGISTER_PATHS as PATHS, type PublicRegister } from '../../src/contracts/public-register.ts';
import {
  NO_TENANT,
  readPublicRegister,
} from '../../src/server/modules/registry/public-register/read-public-register.ts';
import {
  findPublication,
  publicOrganisations,
} from '../../src/server/modules/registry/public-register/repository.ts';
import { type Database, queryRows, type Tx } from '../../src/server/platform/db/database.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  makePublicRegisterWorld,
  PUBLISHED_SCOPE,
  type PublicRegisterWorld,
  setPublication,
} from './public-register-world.ts';

// The public register, read without a session: 404 (one answer for every reason) until the prison
// service publishes; then only accredited and suspended organisations of that tenant, with exactly
// the published fields and nothing of people, documents, conditions or reasons.

/** What a 404 says, without what differs by request (its id, its address). */
const sameness = (body: Record<string, unknown>) => {
  const { requestId: _requestId, instance: _instance, ...rest } = body;
  return rest;
};

/** One transaction the public read opened: how, for which tenant, and which tables it read. */
interface Transaction {
  scope: 'withoutTenant' | 'withTenant';
  tenantId: string | null;
  tables: string[];
}

/**
 * The database, recording each application transaction and the tables read in it: the scans the
 * database counts (pg_stat_xact_user_tables) that grew during the work. Counted as growth, since the
 * counts a connection has not reported yet may include its earlier transactions'.
 */
function recording(db: Database): { db: Database; transactions: Transaction[] } {
  const transactions: Transaction[] = [];
  const scans = async (tx: Tx) =>
    new Map(
      (
        await queryRows<{ relname: string; scans: string }>(
          tx,
          sql`select relname, (coalesce(seq_scan, 0) + coalesce(idx_scan, 0))::text as scans
                from pg_stat_xact_user_tables`,
        )
      ).map((row) => [row.relname, Number(row.scans)]),
    );
  const observed =
    <T>(scope: Transaction['scope'], tenantId: string | null, work: (tx: Tx) => Promise<T>) =>
    async (tx: Tx) => {
      const before = await scans(tx);
      const value = await work(tx);
      const after = await scans(tx);
      const tables = [...after].filter(([table, count]) => count > (before.get(table) ?? 0));
      transactions.push({ scope, tenantId, tables: tables.map(([table]) => table).sort() });
      return value;
    };
  return {
    transactions,
    db: {
      ...db,
      withTenant: (tenantId, work) => db.withTenant(tenantId, observed('withTenant', tenantId, work)),
      withoutTenant: (work) => db.withoutTenant(observed('withoutTenant', null, work)),
    },
  };
}

describe(`the public register on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: PublicRegisterWorld;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makePublicRegisterWorld(database(), app);
  });
  afterAll(() => app?.close());

  const open = (slug: string, headers: Record<string, string> = {}) =>
    app.inject({ url: PATHS.register(slug), headers });

  it('answers 404 for a register not published, exactly as for an unknown tenant', async () => {
    const unknown = await open('no-such-prison-service');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    for (const slug of [world.tenant.slug, world.otherTenant.slug]) {
      const hidden = await open(slug);
      expect(hidden.statusCode).toBe(404);
      expect(sameness(hidden.json())).toEqual(sameness(unknown.json()));
      expect(hidden.body).not.toContain('Association');
    }
    await setPublication(database(), world.tenant.id, false);
    expect((await open(world.tenant.slug)).statusCode).toBe(404);
    for (const odd of ['X', 'a', '-lead', 'a'.repeat(80), '%E2%80%94']) {
      const response = await open(odd);
      expect(response.statusCode, odd).toBe(404);
      expect(sameness(response.json())).toEqual(sameness(unknown.json()));
    }
  });

  it('lists, once published, accredited and suspended organisations with exactly the published fields', async () => {
    await setPublication(database(), world.tenant.id, true);
    // The accredited one has a complete profile: only its names, regions and expertise are published.
    await database().superuser(
      `update cso_profiles set other_names = '{"fr": "Passerelles", "ar": "جسور"}', regions_served = '{North coast}',
         expertise = '{mentor,psychologist}', languages = '{ar,fr}', staff_count = 38,
         contacts = '[{"name": "Secret Contact", "role": null, "email": "secret@example.org", "phone": null}]'
       where legal_name = $1`,
      [world.names.accredited],
    );
    const response = await open(world.tenant.slug);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, no-cache');
    expect(response.headers.etag).toMatch(/^W\/"[A-Za-z0-9_-]{43}"$/);
    expect(response.headers['set-cookie']).toBeUndefined();
    const register = response.json<PublicRegister>();
    expect(Object.keys(register).sort()).toEqual(['organisations', 'publisher']);
    expect(register.publisher).toBe(world.tenant.slug);
    expect(register.organisations).toEqual(
      [
        {
          name: world.names.accredited,
          interventionTypes: PUBLISHED_SCOPE,
          status: 'accredited',
          validUntil: '2099-12-31',
          otherNames: { ar: 'جسور', fr: 'Passerelles' },
          regionsServed: ['North coast'],
          expertise: ['mentor', 'psychologist'],
        },
        {
          name: world.names.suspended,
          interventionTypes: PUBLISHED_SCOPE,
          status: 'suspended',
          validUntil: null,
          otherNames: {},
          regionsServed: [],
          expertise: [],
        },
      ].sort((a, b) => (a.name < b.name ? -1 : 1)),
    );
    for (const organisation of register.organisations) {
      expect(Object.keys(organisation).sort()).toEqual([
        'expertise',
        'interventionTypes',
        'name',
        'otherNames',
        'regionsServed',
        'status',
        'validUntil',
      ]);
    }
    for (const unpublished of [
      'Secret Contact',
      'secret@example.org',
      'staffCount',
      'languages',
      'contacts',
    ]) {
      expect(response.body, unpublished).not.toContain(unpublished);
    }
  });

  it('never shows applied, under review, refused, revoked or expired ones, people, documents, conditions or reasons', async () => {
    await setPublication(database(), world.tenant.id, true);
    const body = (await open(world.tenant.slug)).body;
    for (const standing of ['applied', 'under_review', 'refused', 'revoked', 'expired'] as const) {
      expect(body, standing).not.toContain(world.names[standing]);
    }
    for (const secret of [
      'Secret',
      'REG-',
      world.tenant.id,
      world.tenant.facilityId,
      world.members.admin.id,
    ]) {
      expect(body).not.toContain(secret);
    }
  });

  it('shows each tenant its own organisations only', async () => {
    await setPublication(database(), world.tenant.id, true);
    await setPublication(database(), world.otherTenant.id, true);
    const mine = (await open(world.tenant.slug)).body;
    const theirs = await open(world.otherTenant.slug);
    expect(mine).not.toContain(world.otherTenantName);
    expect(theirs.json<PublicRegister>().organisations.map((organisation) => organisation.name)).toEqual([
      world.otherTenantName,
    ]);
    for (const name of Object.values(world.names)) expect(theirs.body).not.toContain(name);
    await setPublication(database(), world.otherTenant.id, false);
    expect((await open(world.otherTenant.slug)).statusCode).toBe(404);
  });

  it('answers the same with or without a session, writes nothing to the audit trail, and reads only', async () => {
    await setPublication(database(), world.tenant.id, true);
    const trail = () =>
      database().superuser<{ count: string }>(
        'select count(*)::text as count from audit_events where tenant_id = $1',
        [world.tenant.id],
      );
    const before = await trail();
    const signedIn = await open(world.tenant.slug, world.clients.caseManager.headers());
    const anonymous = await open(world.tenant.slug);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.body).toBe(anonymous.body);
    expect(await trail()).toEqual(before);
  });

  it('does the same reads for an unknown slug as for an unpublished register, under a tenant that has no rows', async () => {
    await setPublication(database(), world.tenant.id, false);
    const attempt = async (slug: string) => {
      const { db, transactions } = recording(database().db);
      const error = await readPublicRegister(db, slug).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      return { error, transactions };
    };
    const unknown = await attempt('no-such-prison-service');
    const unpublished = await attempt(world.tenant.slug);
    const neverSet = await attempt(world.otherTenant.slug);

    expect(unknown.error).toMatchObject({ status: 404, code: 'not_found' });
    expect(unknown.transactions).toEqual([
      { scope: 'withoutTenant', tenantId: null, tables: ['tenants'] },
      { scope: 'withTenant', tenantId: NO_TENANT, tables: ['registry_publication'] },
    ]);
    const withoutIds = (transactions: Transaction[]) =>
      transactions.map((transaction) => ({ ...transaction, tenantId: null }));
    for (const hidden of [unpublished, neverSet]) {
      expect(hidden.error).toEqual(unknown.error);
      expect(withoutIds(hidden.transactions)).toEqual(withoutIds(unknown.transactions));
    }
    expect(unpublished.transactions[1]?.tenantId).toBe(world.tenant.id);
    // What only a published register does besides: read its organisations.
    await setPublication(database(), world.tenant.id, true);
    const published = await attempt(world.tenant.slug);
    expect(published.error).toBeUndefined();
    expect(published.transactions[1]?.tables).toEqual([
      'accreditation_decisions',
      'cso_profiles',
      'organisations',
      'registry_publication',
    ]);
  });

  it('names the tenant in every read, not relying on row-level security alone', async () => {
    await setPublication(database(), world.tenant.id, true);
    await setPublication(database(), world.otherTenant.id, false);
    // As the owner, which row-level security does not hold back: the conditions alone choose the rows.
    const { mine, theirs, nobody } = await database().db.unsafeAsOwner(async (tx) => ({
      mine: {
        publication: await findPublication(tx, world.tenant.id),
        organisations: await publicOrganisations(tx, world.tenant.id),
      },
      theirs: {
        publication: await findPublication(tx, world.otherTenant.id),
        organisations: await publicOrganisations(tx, world.otherTenant.id),
      },
      nobody: {
        publication: await findPublication(tx, NO_TENANT),
        organisations: await publicOrganisations(tx, NO_TENANT),
      },
    }));
    expect(mine.publication).toMatchObject({ tenantId: world.tenant.id, isPublic: true });
    expect(mine.organisations.map((row) => row.name).sort()).toEqual(
      [world.names.accredited, world.names.suspended].sort(),
    );
    expect(theirs.organisations.map((row) => row.name)).toEqual([world.otherTenantName]);
    expect(theirs.publication).toMatchObject({ tenantId: world.otherTenant.id, isPublic: false });
    expect(nobody).toEqual({ publication: undefined, organisations: [] });
  });

  it('lets any copy be kept but checked each time, and confirms a current one with 304', async () => {
    await setPublication(database(), world.tenant.id, true);
    const first = await open(world.tenant.slug);
    const tag = String(first.headers.etag);
    const again = await open(world.tenant.slug, { 'if-none-match': tag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(tag);
    expect(again.headers['cache-control']).toBe('public, no-cache');
    expect((await open(world.tenant.slug, { 'if-none-match': `"other", ${tag.slice(2)}` })).statusCode).toBe(
      304,
    );
    expect((await open(world.tenant.slug, { 'if-none-match': 'W/"other"' })).statusCode).toBe(200);
    expect((await open(world.otherTenant.slug, { 'if-none-match': tag })).statusCode).not.toBe(304);

    // A withdrawal shows at the next check: a 404 nothing may keep.
    await setPublication(database(), world.tenant.id, false);
    const withdrawn = await open(world.tenant.slug, { 'if-none-match': tag });
    expect(withdrawn.statusCode).toBe(404);
    expect(withdrawn.headers['cache-control']).toBe('no-store');
    expect(withdrawn.headers.etag).toBeUndefined();
  });

  it('refuses to write in the transaction it reads in', async () => {
    const { db } = database();
    const attempt = db.withTenant(world.tenant.id, async (tx) => {
      await tx.execute(sql`set transaction read only`);
      await tx.execute(sql`update registry_publication set is_public = false`);
    });
    // The driver's error is wrapped by the query builder's; the database's words are its cause.
    await expect(attempt).rejects.toMatchObject({ cause: { message: expect.stringMatching(/read-only/) } });
  });
});
