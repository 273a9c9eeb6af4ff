import { beforeAll, describe, expect, it } from 'vitest';
import type { EntrySummary } from '../../src/contracts/knowledge.ts';
import { SEARCH_PATHS, type SearchStatistics } from '../../src/contracts/knowledge-search.ts';
import { csvField } from '../../src/server/modules/knowledge/search/export-results.ts';
import { entriesOf } from '../access/factories.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { call, insertEntry, setUpKnowledge, textOf } from './knowledge-world.ts';

// Export of a search result (CSV with RFC 4180 quoting and formulas defused, or JSON; audited with
// the count and facets, not the query), and the editors' statistics of what is searched and not
// found (knowledge editors only; the tenant's searches and the public ones, never another tenant's).

/** The rows of a CSV as RFC 4180 reads them (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index];
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && body[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += char;
  }
  return rows;
}

describe(`export and statistics of the search on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const knowledge = setUpKnowledge(database);
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const { tenant, cso, members } = knowledge.world();
    const base = { tenantId: tenant.id, proposedBy: members.contributor.id, language: 'en' as const };
    ids.formula = await insertEntry(database(), {
      ...base,
      text: textOf('=HYPERLINK("http://example.test","harbour")', {
        summary: 'Harbour mentoring, "quoted", with commas, and\na line break.',
      }),
      themes: ['release_reintegration'],
      updatedAt: '2026-02-01T10:00:00Z',
    });
    ids.plain = await insertEntry(database(), {
      ...base,
      text: textOf('+Harbour workshops', { summary: '@mentions and -minus signs in a harbour summary.' }),
      themes: ['staff_training'],
      updatedAt: '2026-01-01T10:00:00Z',
    });
    ids.hidden = await insertEntry(database(), {
      ...base,
      text: textOf('Harbour for one organisation'),
      visibility: 'restricted',
      audienceOrganisationIds: [cso],
    });
  });

  const exportAs = (who: 'contributor' | 'otherCsoUser' | 'analyst' | undefined, query: string) =>
    call(
      knowledge.app(),
      who ? knowledge.world().clients[who] : undefined,
      'GET',
      `${SEARCH_PATHS.export}?${query}`,
    );

  it('exports a result as CSV with a header row, quoted fields and formulas defused, and audits it', async () => {
    const response = await exportAs(
      'otherCsoUser',
      'q=harbour&language=en&theme=release_reintegration&theme=staff_training',
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="knowledge-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const [header, ...rows] = parseCsv(response.body);
    expect(header?.slice(0, 3)).toEqual(['id', 'title', 'summary']);
    expect(rows.map((row) => row[0]).sort()).toEqual([ids.formula, ids.plain].sort());
    const formula = rows.find((row) => row[0] === ids.formula);
    expect(formula?.[1]).toBe(`'=HYPERLINK("http://example.test","harbour")`);
    expect(formula?.[2]).toBe('Harbour mentoring, "quoted", with commas, and\na line break.');
    const plain = rows.find((row) => row[0] === ids.plain);
    expect(plain?.[1]).toBe("'+Harbour workshops");
    expect(plain?.[2]).toBe("'@mentions and -minus signs in a harbour summary.");
    const [audit] = await entriesOf(database(), knowledge.world().tenant.id, ['knowledge.results_exported']);
    expect(audit).toMatchObject({
      outcome: 'allowed',
      actor_user_id: knowledge.world().members.otherCsoUser.id,
      details: { count: 2, format: 'csv', withQuery: true, filters: 'theme' },
    });
    expect(JSON.stringify(audit?.details)).not.toContain('harbour');
  });

  it('exports JSON with what the reader may see, and defuses every formula start', async () => {
    const response = await exportAs('contributor', 'q=harbour&format=json');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('.json"');
    const entries = response.json<EntrySummary[]>();
    expect(entries.map((entry) => entry.id).sort()).toEqual([ids.formula, ids.plain, ids.hidden].sort());
    expect(entries[0]).not.toHaveProperty('highlight');
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvField(`${start}1+1`)).toBe(`"'${start}1+1"`);
    expect(csvField('a "b"')).toBe('"a ""b"""');
  });

  it('refuses an export without a session or with bad input, and audits nothing then', async () => {
    const before = await entriesOf(database(), knowledge.world().tenant.id, ['knowledge.results_exported']);
    expect((await exportAs(undefined, 'q=harbour')).statusCode).toBe(401);
    expect((await exportAs('analyst', 'format=xml')).statusCode).toBe(400);
    expect((await exportAs('analyst', 'theme=nothing')).statusCode).toBe(400);
    const after = await entriesOf(database(), knowledge.world().tenant.id, ['knowledge.results_exported']);
    expect(after).toHaveLength(before.length);
  });

  it('shows knowledge editors what is searched and not found, by language', async () => {
    const { clients, tenant } = knowledge.world();
    const search = (client: (typeof clients)[keyof typeof clients] | undefined, query: string) =>
      call(
        knowledge.app(),
        client,
        'GET',
        `${client ? SEARCH_PATHS.search : SEARCH_PATHS.publicSearch}?${query}`,
      );
    await database().superuser('delete from knowledge_search_log');
    for (let time = 0; time < 3; time += 1) await search(clients.analyst, 'q=qwxzv&language=en');
    // The analyst (of the prison service) does not see the entry restricted to the CSO: 2 results.
    await search(clients.analyst, 'q=harbour&language=en');
    await search(clients.analyst, 'q=Harbour&language=en');
    await search(undefined, 'q=harbour&language=en');
    await search(undefined, 'q=harbour&language=fr');
    // Asked once: counted, never listed (it could be a name someone looked up).
    await search(clients.analyst, 'q=vbnmq&language=en');
    await search(clients.otherTenantUser, 'q=elsewhere&language=es');
    const response = await call(knowledge.app(), clients.editor, 'GET', `${SEARCH_PATHS.statistics}?days=7`);
    expect(response.statusCode).toBe(200);
    const statistics = response.json<SearchStatistics>();
    expect(statistics).toMatchObject({ days: 7, searches: 8, searchesWithoutResults: 4 });
    expect(statistics.topQueries).toEqual([
      { query: 'harbour', language: 'en', searches: 3, lastResultCount: 2 },
      { query: 'qwxzv', language: 'en', searches: 3, lastResultCount: 0 },
    ]);
    expect(statistics.notFound).toEqual([
      { query: 'qwxzv', language: 'en', searches: 3, lastResultCount: 0 },
    ]);
    expect(statistics.byLanguage).toEqual([
      { language: 'en', searches: 7 },
      { language: 'fr', searches: 1 },
    ]);
    expect(JSON.stringify(statistics)).not.toContain('vbnmq');
    expect(JSON.stringify(statistics)).not.toContain('elsewhere');
    const [counts] = await database().superuser<{ published: number }>(
      `select count(*)::int as published from knowledge_entries
        where tenant_id = $1 and status in ('inspiring', 'peer_reviewed')`,
      [tenant.id],
    );
    expect(statistics.entries).toMatchObject({ published: counts?.published, inReview: 0, archived: 0 });
  });

  it('refuses the statistics to everyone but knowledge editors', async () => {
    const { clients } = knowledge.world();
    for (const who of ['contributor', 'analyst', 'caseManager'] as const) {
      const response = await call(knowledge.app(), clients[who], 'GET', SEARCH_PATHS.statistics);
      expect(response.statusCode, who).toBe(403);
    }
    expect((await call(knowledge.app(), undefined, 'GET', SEARCH_PATHS.statistics)).statusCode).toBe(401);
    expect(
      (await call(knowledge.app(), clients.editor, 'GET', `${SEARCH_PATHS.statistics}?days=0`)).statusCode,
    ).toBe(400);
    const other = await call(knowledge.app(), clients.otherEditor, 'GET', SEARCH_PATHS.statistics);
    expect(other.statusCode).toBe(200);
    expect(JSON.stringify(other.json<SearchStatistics>().topQueries)).not.toContain('qwxzv');
  });
});
