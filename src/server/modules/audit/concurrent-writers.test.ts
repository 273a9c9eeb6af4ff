import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.ts';
import { testDatabaseKind } from '../../../../test/support/test-database-kind.ts';
import type { Database } from '../../platform/db/database.ts';
import { createTenants, sampleEvent } from './chain-fixtures.ts';
import { recordAudit } from './service.ts';
import { verifyAuditTrail } from './verify.ts';

// PGlite has one connection, so its transactions never overlap; only a server shows whether
// concurrent writers can fork a chain or leave a hole in it.
describe.skipIf(testDatabaseKind() !== 'postgres')('100 concurrent audit writers on postgres', () => {
  let test: TestDatabase;
  let pool: Database;

  beforeAll(async () => {
    test = await createTestDatabase();
    pool = test.openPool(20);
  });
  afterAll(() => test?.destroy());

  it('keeps each tenant one chain, numbered without holes, even with rolled-back writers among them', async () => {
    const tenants = await createTenants(test.superuser, 'busy-a', 'busy-b');
    const rolledBack = new Error('the audited work failed after its audit entry');
    const writers = Array.from({ length: 100 }, (_, index) => {
      const tenant = tenants[index % 2] ?? '';
      return pool.withTenant(tenant, async (tx) => {
        const entry = await recordAudit(tx, tenant, sampleEvent({ details: { writer: index } }));
        // One writer in ten of each tenant fails after writing: its entry and its place must vanish.
        if (Math.floor(index / 2) % 10 === 4) throw rolledBack;
        return entry;
      });
    });
    const results = await Promise.allSettled(writers);
    const failures = results.filter((result) => result.status === 'rejected');
    expect(failures).toHaveLength(10);
    for (const failure of failures) expect(failure.reason).toBe(rolledBack);

    const rows = await test.superuser<{ tenant_id: string; seqs: number[] }>(
      `select tenant_id::text, array_agg(seq::int order by seq) as seqs from audit_events group by tenant_id`,
    );
    const contiguous = Array.from({ length: 45 }, (_, index) => index + 1);
    expect(rows.map((row) => row.seqs)).toEqual([contiguous, contiguous]);

    const reports = await verifyAuditTrail(pool);
    expect(reports.map((report) => [report.tenant.slug, report.events, report.broken])).toEqual([
      ['busy-a', 45, null],
      ['busy-b', 45, null],
    ]);
  });
});
