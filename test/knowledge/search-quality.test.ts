import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_LANGUAGES, type KnowledgeLanguage } from '../../src/contracts/knowledge-taxonomy.ts';
import type { SearchQualityQuery } from '../../src/server/modules/demo/knowledge/demo-entry.ts';
import { DEMO_ENTRIES, SEARCH_QUERIES } from '../../src/server/modules/demo/knowledge/demo-library.ts';
import { demoEntryId, seedDemoKnowledge } from '../../src/server/modules/demo/knowledge/seed-knowledge.ts';
import { ANYONE } from '../../src/server/modules/knowledge/public/library-reader.ts';
import { searchLibrary } from '../../src/server/modules/knowledge/search/search-library.ts';
import { makeMember } from '../access/factories.ts';
import { makeTenant } from '../identity/factories.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';

// Search quality, measured: the demo library seeded into a fresh tenant, every query of the
// search-quality set run through the public search (the service the public route calls, as anyone,
// in a transaction without a tenant), and two figures over the set: recall@5 (the share of a
// query's expected entries in its first five results, averaged over queries) and MRR (the mean of
// 1 / the rank of the first expected entry, 0 when none is found). Target: recall@5 at least 0.9.

const TOP = 5;

interface Measured {
  query: SearchQualityQuery;
  recall: number;
  reciprocalRank: number;
  top: string[];
}

describe(`search quality on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();

  it('finds the expected entries of at least 60 queries over at least 120 entries in six languages', {
    timeout: 180_000,
  }, async () => {
    const test = database();
    const tenant = await makeTenant(test, { isDemo: true });
    const proposer = await makeMember(test, tenant, 'cso_coordinator');
    const editor = await makeMember(test, tenant, 'knowledge_editor');
    await test.db.withTenant(tenant.id, (tx) =>
      seedDemoKnowledge(tx, tenant.id, proposer.id, editor.id, new Date('2026-11-01T09:00:00Z')),
    );

    // Nothing silently missing: entries and queries in each of the six languages.
    const entriesBy = (language: KnowledgeLanguage) =>
      DEMO_ENTRIES.filter((entry) => entry.language === language).length;
    const queriesBy = (language: KnowledgeLanguage) =>
      SEARCH_QUERIES.filter((query) => query.language === language).length;
    const counts = Object.fromEntries(
      KNOWLEDGE_LANGUAGES.map((language) => [
        language,
        { entries: entriesBy(language), queries: queriesBy(language) },
      ]),
    );
    const keys = new Set(DEMO_ENTRIES.map((entry) => entry.key));
    for (const query of SEARCH_QUERIES)
      for (const key of query.expected) expect(keys, `"${query.query}" expects ${key}`).toContain(key);

    const keyOf = new Map(DEMO_ENTRIES.map((entry) => [demoEntryId(entry.key), entry.key]));
    const measured: Measured[] = [];
    for (const query of SEARCH_QUERIES) {
      const { result } = await test.db.withoutTenant((tx) =>
        searchLibrary(tx, ANYONE, { q: query.query, language: query.language, pageSize: TOP }),
      );
      const top = result.hits.map((hit) => keyOf.get(hit.id) ?? hit.id);
      const found = query.expected.filter((key) => top.includes(key)).length;
      const first = top.findIndex((key) => query.expected.includes(key));
      measured.push({
        query,
        recall: found / query.expected.length,
        reciprocalRank: first < 0 ? 0 : 1 / (first + 1),
        top,
      });
    }
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const recall = mean(measured.map((each) => each.recall));
    const mrr = mean(measured.map((each) => each.reciprocalRank));
    const byLanguage = KNOWLEDGE_LANGUAGES.map((language) => {
      const own = measured.filter((each) => each.query.language === language);
      return `${language} ${mean(own.map((each) => each.recall)).toFixed(2)}`;
    }).join(', ');
    for (const miss of measured.filter((each) => each.recall < 1))
      console.log(
        `  missed (${miss.query.language}) "${miss.query.query}": expected ${miss.query.expected.join(', ')}; top ${miss.top.join(', ')}`,
      );
    console.log(
      `search quality: ${measured.length} queries over ${DEMO_ENTRIES.length} entries, recall@5 = ${recall.toFixed(3)}, MRR = ${mrr.toFixed(3)} (recall@5 by language: ${byLanguage})`,
    );
    expect(DEMO_ENTRIES.length).toBeGreaterThanOrEqual(120);
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(60);
    for (const language of KNOWLEDGE_LANGUAGES) {
      expect(counts[language]?.entries, `${language} entries`).toBeGreaterThanOrEqual(15);
      expect(counts[language]?.queries, `${language} queries`).toBeGreaterThanOrEqual(8);
    }
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
