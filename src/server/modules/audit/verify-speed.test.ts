import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../../test/support/test-database.ts';
import { testDatabaseKind } from '../../../../test/support/test-database-kind.ts';
import { appendBulkEntries, createTenants } from './chain-fixtures.ts';
import { verifyTenantChain } from './verify.ts';

// A measurement, not a timed assertion: it prints how fast verification walks a long chain (the
// figure in docs/audit.md). 20,000 entries keep the suite quick; to measure a longer chain:
//   PATHWAYS_AUDIT_VERIFY_ENTRIES=100000 npx vitest run --project server src/server/modules/audit/verify-speed.test.ts
const ENTRIES = Number(process.env.PATHWAYS_AUDIT_VERIFY_ENTRIES ?? 20_000);

describe(`verification speed on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();

  it(`walks a chain of ${ENTRIES} entries page by page`, { timeout: 600_000 }, async () => {
    const [id = ''] = await createTenants(database().superuser, 'long-chain');
    const loadStart = performance.now();
    await appendBulkEntries(database().superuser, id, ENTRIES);
    const loadSeconds = (performance.now() - loadStart) / 1000;

    let pages = 0;
    const start = performance.now();
    const report = await verifyTenantChain(
      database().db,
      { id, slug: 'long-chain' },
      {
        onProgress: () => {
          pages += 1;
        },
      },
    );
    const seconds = (performance.now() - start) / 1000;
    expect(report).toMatchObject({ events: ENTRIES, broken: null });
    expect(pages).toBe(Math.floor(ENTRIES / 5000) + 1);
    console.log(
      `audit verify on ${testDatabaseKind()}: ${ENTRIES} entries in ${seconds.toFixed(2)} s ` +
        `(${Math.round(ENTRIES / seconds)} entries/s); loading them took ${loadSeconds.toFixed(2)} s`,
    );
  });
});
