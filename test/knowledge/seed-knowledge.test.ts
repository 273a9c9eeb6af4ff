import { describe, expect, it } from 'vitest';
import { DEMO_ENTRIES } from '../../src/server/modules/demo/knowledge/demo-library.ts';
import { demoEntryId, seedDemoKnowledge } from '../../src/server/modules/demo/knowledge/seed-knowledge.ts';
import { seedDemo } from '../../src/server/modules/demo/seed-demo.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';

// The demo library in the demo tenant: every entry once, marked as demonstration content, with its
// translations, a version, its review events and peer review, published ones in the search index;
// ids derived from the keys; a second seed adds nothing. Quick enough for every first start.

const PUBLISHED = new Set(['inspiring', 'peer_reviewed']);
/** The search rows of the tenant, public and restricted. */
const INDEX_ROWS = `select ((select count(*) from knowledge_search where tenant_id = $1)
                          + (select count(*) from knowledge_search_restricted where tenant_id = $1))::int as count`;

describe(`the demo library seed on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();

  it('derives a version-8 UUID from each key, the same every time', () => {
    const id = demoEntryId('fr-family-visits-mentoring');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(demoEntryId('fr-family-visits-mentoring')).toBe(id);
    expect(demoEntryId('fr-family-visits-mentoring-2')).not.toBe(id);
  });

  it('loads the library into the demo tenant with the demo data, once', { timeout: 120_000 }, async () => {
    const test = database();
    await seedDemo(test.db, 'development');
    const [demo] = await test.superuser<{ id: string }>(`select id from tenants where slug = 'demo'`);
    const count = (sql: string) =>
      test.superuser<{ count: number }>(sql, [demo?.id]).then((rows) => rows[0]?.count ?? -1);
    const published = DEMO_ENTRIES.filter((entry) => PUBLISHED.has(entry.status));
    expect(await count('select count(*)::int as count from knowledge_entries where tenant_id = $1')).toBe(
      DEMO_ENTRIES.length,
    );
    expect(
      await count(
        'select count(*)::int as count from knowledge_entries where tenant_id = $1 and not demonstration',
      ),
    ).toBe(0);
    const translations = DEMO_ENTRIES.reduce((sum, entry) => sum + 1 + (entry.translations?.length ?? 0), 0);
    expect(
      await count('select count(*)::int as count from knowledge_translations where tenant_id = $1'),
    ).toBe(translations);
    expect(
      await count('select count(*)::int as count from knowledge_entry_versions where tenant_id = $1'),
    ).toBe(DEMO_ENTRIES.length);
    expect(
      await count('select count(*)::int as count from knowledge_peer_reviews where tenant_id = $1'),
    ).toBe(DEMO_ENTRIES.filter((entry) => entry.peerReview).length);
    expect(
      await count(
        `select count(*)::int as count from knowledge_review_events where tenant_id = $1 and kind = 'published'`,
      ),
    ).toBe(published.length);
    expect(
      await count(`select count(distinct entry_id)::int as count
                     from (select entry_id from knowledge_search where tenant_id = $1
                           union all select entry_id from knowledge_search_restricted where tenant_id = $1) s`),
    ).toBe(published.length);
    expect(await count(INDEX_ROWS)).toBe(published.length * 6);
    // Public entries' rows in the public index, restricted ones' in their own (migration 0016).
    expect(
      await count('select count(*)::int as count from knowledge_search_restricted where tenant_id = $1'),
    ).toBe(published.filter((entry) => entry.visibility === 'restricted').length * 6);
    // Every peer-reviewed entry has its peer review; originals are marked, each translation too.
    expect(
      await count(`select count(*)::int as count from knowledge_entries e where tenant_id = $1
                     and status = 'peer_reviewed'
                     and not exists (select 1 from knowledge_peer_reviews p where p.entry_id = e.id)`),
    ).toBe(0);
    expect(
      await count(`select count(*)::int as count from knowledge_translations
                    where tenant_id = $1 and origin = 'original'`),
    ).toBe(DEMO_ENTRIES.length);
    const [sample] = DEMO_ENTRIES;
    const [row] = await test.superuser<{
      updated_at: Date;
      published_at: Date | null;
      original_language: string;
    }>('select updated_at, published_at, original_language from knowledge_entries where id = $1', [
      demoEntryId(sample?.key ?? ''),
    ]);
    expect(row?.original_language).toBe(sample?.language);
    const daysAgo = (Date.now() - (row?.updated_at.getTime() ?? 0)) / 86_400_000;
    expect(Math.round(daysAgo)).toBe(sample?.updatedDaysAgo);
    // The second demo tenant has no library.
    expect(
      await count(`select count(*)::int as count from knowledge_entries e join tenants t on t.id = e.tenant_id
                    where t.slug = 'demo-b' and $1::uuid is not null`),
    ).toBe(0);

    await seedDemo(test.db, 'development');
    expect(await count('select count(*)::int as count from knowledge_entries where tenant_id = $1')).toBe(
      DEMO_ENTRIES.length,
    );
    expect(await count(INDEX_ROWS)).toBe(published.length * 6);
  });

  it('seeds the whole library in one quick transaction, and refuses a peer review missing', {
    timeout: 120_000,
  }, async () => {
    const test = database();
    const [users] = await test.superuser<{ tenant_id: string; proposer: string; editor: string }>(
      `select t.id as tenant_id,
              (select id from users where tenant_id = t.id and username = 'coordinator.bridges') as proposer,
              (select id from users where tenant_id = t.id and username = 'editor') as editor
         from tenants t where slug = 'demo'`,
    );
    if (!users) throw new Error('the demo tenant is missing');
    // Seeded by the test above: nothing more to add.
    const again = await test.db.withTenant(users.tenant_id, (tx) =>
      seedDemoKnowledge(tx, users.tenant_id, users.proposer, users.editor, new Date()),
    );
    expect(again).toEqual({ added: 0, published: 0 });
    // The whole library again under other keys, timed.
    const refused = DEMO_ENTRIES.map((entry) => ({ ...entry, key: `${entry.key}-copy` }));
    const broken = [{ ...refused[0], status: 'peer_reviewed' as const, peerReview: undefined }];
    await expect(
      test.db.withTenant(users.tenant_id, (tx) =>
        seedDemoKnowledge(
          tx,
          users.tenant_id,
          users.proposer,
          users.editor,
          new Date(),
          broken as typeof DEMO_ENTRIES,
        ),
      ),
    ).rejects.toThrow(/peer-reviewed but records no peer review/);
    const timedStart = performance.now();
    const fresh = await test.db.withTenant(users.tenant_id, (tx) =>
      seedDemoKnowledge(tx, users.tenant_id, users.proposer, users.editor, new Date(), refused),
    );
    const timed = (performance.now() - timedStart) / 1000;
    console.log(
      `demo library seed: ${fresh.added} entries (${fresh.published} published) in ${timed.toFixed(2)} s`,
    );
    expect(fresh.added).toBe(DEMO_ENTRIES.length);
    expect(timed).toBeLessThan(10);
  });
});
