import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_PATHS, type SearchQuery, type SearchResult } from '../../src/contracts/knowledge-search.ts';
import { reindexEntry } from '../../src/server/modules/knowledge/search/index-entry.ts';
import { cacheKey, MAX_KEPT_ANSWERS } from '../../src/server/modules/knowledge/search/public-search-cache.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { call, insertEntry, publishThroughApi, setUpKnowledge, textOf } from './knowledge-world.ts';

// The public search's cache (migration 0017): the same request is answered from the database's
// cache until the public library changes; every change a signed-out reader could notice shows in
// the very next search; a signed-in member's answer is never kept; every search is logged, kept
// answer or not.

const WORD = 'albatross';

describe(`the public search's cache on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const knowledge = setUpKnowledge(database);
  let firstEntry = '';

  const publicSearch = async (q = WORD, extra = '') => {
    const response = await call(
      knowledge.app(),
      undefined,
      'GET',
      `${SEARCH_PATHS.publicSearch}?q=${q}&language=en${extra}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    return response.json<SearchResult>();
  };
  const keptAnswers = async (key: string) =>
    database().superuser<{ generation: string; total: number }>(
      'select generation::text, total from knowledge_search_cache where key = $1',
      [key],
    );
  const generation = async () => {
    const [row] = await database().superuser<{ generation: string }>(
      'select generation::text from knowledge_search_generation',
    );
    return BigInt(row?.generation ?? '-1');
  };

  beforeAll(async () => {
    const { tenant, members } = knowledge.world();
    firstEntry = await insertEntry(database(), {
      tenantId: tenant.id,
      proposedBy: members.contributor.id,
      text: textOf(`The ${WORD} workshop for families`),
    });
  });

  it('keeps the answer of a search and answers the same request from it', async () => {
    const first = await publicSearch();
    expect(first.hits.map((hit) => hit.id)).toEqual([firstEntry]);
    const [kept] = await keptAnswers(cacheKey({ q: WORD, language: 'en' }));
    expect(kept?.generation).toBe(String(await generation()));
    // A kept answer changed behind the search's back shows that the second answer is the kept one.
    await database().superuser(
      `update knowledge_search_cache set answer = jsonb_set(answer::jsonb, '{total}', '4242')::text where key = $1`,
      [cacheKey({ q: WORD, language: 'en' })],
    );
    expect((await publicSearch()).total).toBe(4242);
  });

  it('reads a request as the search does: spaces, defaults and the order of filter values do not matter', () => {
    const plain: SearchQuery = { q: WORD, theme: ['family_involvement', 'disengagement'] };
    expect(cacheKey({ ...plain, q: `  ${WORD} ` })).toBe(cacheKey(plain));
    expect(cacheKey({ ...plain, language: 'en', page: 1, pageSize: 20 })).toBe(cacheKey(plain));
    expect(cacheKey({ ...plain, theme: ['disengagement', 'family_involvement'] })).toBe(cacheKey(plain));
    expect(cacheKey({ ...plain, page: 2 })).not.toBe(cacheKey(plain));
    expect(cacheKey({ ...plain, language: 'fr' })).not.toBe(cacheKey(plain));
    expect(cacheKey({ ...plain, theme: ['disengagement'] })).not.toBe(cacheKey(plain));
    expect(cacheKey({ ...plain, q: `${WORD}s` })).not.toBe(cacheKey(plain));
  });

  it('shows a publication in the very next search', async () => {
    const { clients } = knowledge.world();
    const before = await publicSearch();
    const published = await publishThroughApi(knowledge.app(), clients.contributor, clients.editor, {
      proposal: { text: textOf(`An ${WORD} mentoring circle`) },
    });
    const after = await publicSearch();
    expect(after.hits.map((hit) => hit.id)).toContain(published.id);
    expect(after.total).toBeGreaterThan(0);
    expect(after).not.toEqual(before);
    // The answer kept now is the new generation's, and the old one was replaced.
    const kept = await keptAnswers(cacheKey({ q: WORD, language: 'en' }));
    expect(kept).toEqual([{ generation: String(await generation()), total: after.total }]);
  });

  it('shows an entry changed in place (the staleness flag, an archive) in the very next search', async () => {
    expect((await publicSearch()).hits.find((hit) => hit.id === firstEntry)?.staleSince).toBeNull();
    await database().superuser(`update knowledge_entries set stale_since = now() where id = $1`, [
      firstEntry,
    ]);
    const flagged = (await publicSearch()).hits.find((hit) => hit.id === firstEntry);
    expect(flagged?.staleSince).not.toBeNull();
    await database().superuser(`update knowledge_entries set status = 'archived' where id = $1`, [
      firstEntry,
    ]);
    expect((await publicSearch()).hits.map((hit) => hit.id)).not.toContain(firstEntry);
  });

  it('leaves the generation alone when nothing public changed', async () => {
    const { tenant, members } = knowledge.world();
    const before = await generation();
    const draft = await insertEntry(database(), {
      tenantId: tenant.id,
      proposedBy: members.contributor.id,
      status: 'draft',
      text: textOf(`A ${WORD} draft`),
    });
    await database().superuser(`update knowledge_entries set themes = '{disengagement}' where id = $1`, [
      draft,
    ]);
    await database().superuser(
      `update knowledge_translations set title = 'Another draft' where entry_id = $1`,
      [draft],
    );
    expect(await generation()).toBe(before);
  });

  it("never keeps a signed-in member's answer, which may hold restricted entries", async () => {
    const { tenant, members, clients } = knowledge.world();
    const restricted = await insertEntry(database(), {
      tenantId: tenant.id,
      proposedBy: members.contributor.id,
      visibility: 'restricted',
      text: textOf(`A restricted ${WORD} handbook`),
    });
    const q = `restricted ${WORD} handbook`;
    const member = await call(
      knowledge.app(),
      clients.analyst,
      'GET',
      `${SEARCH_PATHS.search}?q=${q}&language=en`,
    );
    expect(member.statusCode).toBe(200);
    expect(member.json<SearchResult>().hits.map((hit) => hit.id)).toContain(restricted);
    const anywhere = await database().superuser<{ count: number }>(
      `select count(*)::int as count from knowledge_search_cache where answer like '%' || $1 || '%'`,
      [restricted],
    );
    expect(anywhere[0]?.count).toBe(0);
    expect((await publicSearch(q)).hits.map((hit) => hit.id)).not.toContain(restricted);
  });

  it('refuses answers written in a transaction with a tenant, and counters moved by the application role', async () => {
    const { tenant } = knowledge.world();
    const key = 'a'.repeat(64);
    await expect(
      database().db.withTenant(tenant.id, (tx) =>
        tx.execute(
          sql.raw(
            `insert into knowledge_search_cache (key, generation, answer, total) values ('${key}', 0, '{}', 0)`,
          ),
        ),
      ),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/row-level security/) } });
    const before = await generation();
    await expect(
      database().db.withoutTenant((tx) =>
        tx.execute(sql.raw('update knowledge_search_generation set generation = generation + 100')),
      ),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/permission denied/) } });
    expect(await generation()).toBe(before);
    expect(await keptAnswers(key)).toEqual([]);
  });

  it('logs every search, answered from the cache or not', async () => {
    const q = `${WORD} workshop`;
    const logged = async () => {
      const [row] = await database().superuser<{ count: number }>(
        `select count(*)::int as count from knowledge_search_log where query = $1 and tenant_id is null`,
        [q],
      );
      return row?.count ?? 0;
    };
    const before = await logged();
    await publicSearch(q);
    await publicSearch(q);
    await publicSearch(q);
    expect(await logged()).toBe(before + 3);
  });

  it('logs no query that looks like personal data: a name with a title, a case number', async () => {
    const logged = async (query: string) =>
      (
        await database().superuser<{ count: number }>(
          'select count(*)::int as count from knowledge_search_log where query = $1',
          [query],
        )
      )[0]?.count;
    await publicSearch('Mr%20Haddad');
    await publicSearch('d%C3%A9tenu%20n%C2%B0%204471-22');
    await publicSearch('mr%20haddad');
    await publicSearch('MME%20BENALI');
    await publicSearch('m.%20dupont');
    expect(await logged('mr haddad')).toBe(0);
    expect(await logged('mme benali')).toBe(0);
    expect(await logged('m. dupont')).toBe(0);
    expect(await logged('détenu n° 4471-22')).toBe(0);
    await publicSearch('haddad');
    expect(await logged('haddad')).toBe(1);
  });

  it('answers concurrent searches, the same and different ones, while the library changes', async () => {
    const { clients } = knowledge.world();
    const queries = ['albatross', 'albatross workshop', 'families', 'mentoring circle', 'handbook'];
    const searches = Array.from({ length: 30 }, (_, index) =>
      call(
        knowledge.app(),
        undefined,
        'GET',
        `${SEARCH_PATHS.publicSearch}?q=${encodeURIComponent(queries[index % queries.length] ?? '')}&language=en`,
      ),
    );
    const publication = publishThroughApi(knowledge.app(), clients.contributor, clients.editor, {
      proposal: { text: textOf(`A concurrent ${WORD} entry`) },
    });
    const answers = await Promise.all(searches);
    const published = await publication;
    expect(answers.map((answer) => answer.statusCode)).toEqual(answers.map(() => 200));
    // One kept answer per request at most, and after the publication the next search sees it.
    const kept = await database().superuser<{ count: number }>(
      `select count(*)::int as count from knowledge_search_cache where key = any($1)`,
      [queries.map((q) => cacheKey({ q, language: 'en' }))],
    );
    expect(kept[0]?.count).toBeLessThanOrEqual(queries.length);
    expect((await publicSearch()).hits.map((hit) => hit.id)).toContain(published.id);
  });

  it('keeps no new answer once the cache holds its most, and still answers', async () => {
    await database().superuser(
      `insert into knowledge_search_cache (key, generation, answer, total)
       select encode(sha256(('filler ' || i)::bytea), 'hex'), g.generation, '{}', 0
         from generate_series(1, $1::int) as i, knowledge_search_generation g`,
      [MAX_KEPT_ANSWERS],
    );
    try {
      const q = `${WORD} circle`;
      expect((await publicSearch(encodeURIComponent(q))).total).toBeGreaterThan(0);
      expect(await keptAnswers(cacheKey({ q, language: 'en' }))).toEqual([]);
    } finally {
      await database().superuser(`delete from knowledge_search_cache where answer = '{}'`);
    }
  });

  it('moves the generation through the real counter even when a temporary table of the same name shadows it', async () => {
    const { tenant, members } = knowledge.world();
    const id = await insertEntry(database(), {
      tenantId: tenant.id,
      proposedBy: members.contributor.id,
      text: textOf(`A shadowed ${WORD}`),
    });
    const before = await generation();
    // As the application role: a temporary table first in its search path, gone at commit.
    const shadow = await database().db.withTenant(tenant.id, async (tx) => {
      await tx.execute(
        sql.raw(
          'create temporary table knowledge_search_generation (only_row boolean, generation bigint) on commit drop',
        ),
      );
      await tx.execute(sql.raw('insert into knowledge_search_generation values (true, 0)'));
      await reindexEntry(tx, id);
      const [row] = (
        (await tx.execute(
          sql.raw('select generation::text as generation from knowledge_search_generation'),
        )) as unknown as {
          rows: { generation: string }[];
        }
      ).rows;
      return row?.generation;
    });
    expect(shadow).toBe('0');
    expect(await generation()).toBeGreaterThan(before);
  });

  it('answers a bad request with a problem and keeps nothing', async () => {
    const before = await database().superuser<{ count: number }>(
      'select count(*)::int as count from knowledge_search_cache',
    );
    const response = await call(
      knowledge.app(),
      undefined,
      'GET',
      `${SEARCH_PATHS.publicSearch}?q=${WORD}&theme=no_such_theme`,
    );
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
    const after = await database().superuser<{ count: number }>(
      'select count(*)::int as count from knowledge_search_cache',
    );
    expect(after).toEqual(before);
  });
});
