import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../src/server/modules/audit/verify.ts';
import type { Database } from '../../src/server/platform/db/database.ts';
import { makeMember } from '../access/factories.ts';
import { makeTenant, type SignedInClient, signIn } from '../identity/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';

// The whole path, as production runs it: 100 requests at once through HTTP, sessions, the access
// core and audited reads, on a connection pool, where transactions really overlap and the chain
// is extended at each commit by the database. PGlite has one connection, so only a server tells.
describe.skipIf(testDatabaseKind() !== 'postgres')('100 concurrent audited requests on postgres', () => {
  let test: TestDatabase;
  let pool: Database;
  let app: FastifyInstance;

  beforeAll(async () => {
    test = await createTestDatabase();
    pool = test.openPool(10);
    app = await buildTestApp({ db: pool });
  });
  afterAll(async () => {
    await app?.close();
    await test?.destroy();
  });

  it('answers every one and leaves one unbroken chain per tenant, one entry per read', async () => {
    const tenants = [await makeTenant(test, { isDemo: true }), await makeTenant(test, { isDemo: true })];
    const readers: { client: SignedInClient; subjectId: string }[] = [];
    for (const tenant of tenants) {
      const admin = await makeMember(test, tenant, 'administrator');
      const subject = await makeMember(test, tenant, 'case_manager');
      readers.push({ client: await signIn(app, admin), subjectId: subject.id });
    }
    const before = await verifyAuditTrail(pool);
    const entriesBefore = new Map(before.map((report) => [report.tenant.id, report.events]));

    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, index) => {
        const reader = readers[index % 2];
        if (!reader) throw new Error('no reader');
        return app.inject({
          url: `/api/v1/admin/users/${reader.subjectId}`,
          headers: reader.client.headers(),
        });
      }),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(Array(100).fill(200));

    const reports = await verifyAuditTrail(pool);
    for (const tenant of tenants) {
      const report = reports.find((candidate) => candidate.tenant.id === tenant.id);
      expect(report?.broken, tenant.slug).toBeNull();
      expect(report?.events).toBe((entriesBefore.get(tenant.id) ?? 0) + 50);
      const reads = await test.superuser<{ seqs: number[] }>(
        `select array_agg(seq::int order by seq) as seqs from audit_events
          where tenant_id = $1 and action = 'record.read'`,
        [tenant.id],
      );
      expect(reads[0]?.seqs).toHaveLength(50);
    }
  });
});
