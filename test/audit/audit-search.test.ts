import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendEntries, entriesOf } from '../access/factories.ts';
import type { SignedInClient } from '../identity/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { makeTrail, RANGE, type TrailFixture } from './trail-fixture.ts';

// GET /api/v1/audit/events for an oversight monitor: each filter alone and together, newest first,
// stable keyset pages, and bad filters refused with the field named.

interface Item {
  seq: number;
  action: string;
  outcome: string;
  personId: string | null;
  breakGlass: boolean;
  occurredAt: string;
  actor: { userId: string | null; organisationId: string | null; displayName: string | null } | null;
}

describe(`searching the audit trail on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let trail: TrailFixture;
  let monitor: SignedInClient;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    trail = await makeTrail(database(), app);
    monitor = trail.clients.monitor;
  });
  afterAll(() => app?.close());

  const search = (query: string, client = monitor) =>
    app.inject({ url: `/api/v1/audit/events?${query}`, headers: client.headers() });
  const seqsOf = async (query: string) => {
    const response = await search(query);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: Item[] }>().items.map((item) => item.seq);
  };

  it('returns the whole range newest first, ties in the same millisecond by seq', async () => {
    const { e1, e2, e3, e4, e5, e6, e7 } = trail.seq;
    expect(await seqsOf(RANGE)).toEqual([e7, e6, e5, e4, e3, e2, e1]);
  });

  it('answers each filter alone with exactly the entries that match it', async () => {
    const { e1, e2, e3, e4, e5, e6, e7 } = trail.seq;
    const { manager, coordinator } = trail.members;
    const cases: [string, number[]][] = [
      [`personId=${trail.people.p1}`, [e6, e4, e3, e1]],
      [`personId=${trail.people.p2}`, [e5, e2]],
      [`actorUserId=${manager.id}`, [e7, e6, e5, e4, e1]],
      [`actorOrganisationId=${trail.csoId}`, [e3, e2]],
      ['action=access.denied', [e3]],
      ['action=record.read&action=access.denied', [e6, e5, e3, e2, e1]],
      ['outcome=denied', [e3]],
      ['outcome=allowed', [e7, e6, e5, e4, e2, e1]],
      ['breakGlass=true', [e4]],
      ['breakGlass=false', [e7, e6, e5, e3, e2, e1]],
      ['from=2025-03-04T10:00:00.000Z&to=2025-03-05T10:00:00.000Z', [e4]],
      // A zone offset's '+' must be percent-encoded in a query string (a bare '+' is a space).
      ['from=2025-03-05T11:00:00%2B01:00&to=2025-03-05T10:00:00.001Z', [e6, e5]],
    ];
    for (const [filter, expected] of cases) {
      const query = filter.startsWith('from=') ? filter : `${filter}&${RANGE}`;
      expect(await seqsOf(query), filter).toEqual(expected);
    }
    // Without the time range, a filter still holds for every entry, the sign-ins of the test included.
    const everything = (await search(`actorUserId=${coordinator.id}`)).json<{ items: Item[] }>().items;
    expect(everything.length).toBeGreaterThanOrEqual(2);
    expect(everything.every((item) => item.actor?.userId === coordinator.id)).toBe(true);
  });

  it('combines filters (all must hold)', async () => {
    const { e1, e3, e6 } = trail.seq;
    const { p1 } = trail.people;
    const manager = trail.members.manager.id;
    expect(await seqsOf(`personId=${p1}&actorUserId=${manager}&action=record.read&${RANGE}`)).toEqual([
      e6,
      e1,
    ]);
    expect(await seqsOf(`personId=${p1}&outcome=denied&actorOrganisationId=${trail.csoId}&${RANGE}`)).toEqual(
      [e3],
    );
    expect(await seqsOf(`personId=${p1}&breakGlass=true&outcome=denied&${RANGE}`)).toEqual([]);
  });

  it('shows who acted by name and organisation, and each entry’s place in the chain', async () => {
    const [item] = (
      await search(`personId=${trail.people.p2}&outcome=allowed&actorOrganisationId=${trail.csoId}&${RANGE}`)
    ).json().items;
    expect(item).toMatchObject({
      seq: trail.seq.e2,
      occurredAt: '2025-03-02T10:00:00.000Z',
      action: 'record.read',
      actor: {
        userId: trail.members.coordinator.id,
        displayName: trail.members.coordinator.displayName,
        organisationId: trail.csoId,
        organisationName: expect.stringMatching(/^civil_society /),
      },
      actions: ['read'],
    });
    expect(item.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(item).not.toHaveProperty('address');
    expect(item).not.toHaveProperty('previousHash');
  });

  it('pages by cursor without repeating or skipping, even while new entries arrive', async () => {
    const { e1, e2, e3, e4, e5, e6, e7 } = trail.seq;
    const pages: number[][] = [];
    let cursor: string | null = null;
    do {
      const query: string = `${RANGE}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const response = await search(query);
      const body = response.json<{ items: Item[]; nextCursor: string | null; actions: string[] }>();
      expect(body.actions).toEqual(['read', 'export']);
      pages.push(body.items.map((item) => item.seq));
      cursor = body.nextCursor;
      // A newer entry (in range, so the first page would change) must not shift the pages after it.
      if (pages.length === 1) {
        await appendEntries(database(), trail.tenant.id, [{ occurredAt: '2025-03-31T00:00:00.000Z' }]);
      }
    } while (cursor !== null);
    expect(pages).toEqual([[e7, e6], [e5, e4], [e3, e2], [e1]]);
  });

  it('refuses bad filters with 400 problem+json naming the field, and searches nothing', async () => {
    const searchesBefore = (await entriesOf(database(), trail.tenant.id, ['audit.searched'])).length;
    const cases: [string, string, string?][] = [
      ['from=yesterday', '/querystring/from', 'format'],
      ['to=2025-03-01', '/querystring/to', 'format'],
      ['from=2025-03-01T10:00:00', '/querystring/from', 'format'],
      ['limit=1000', '/querystring/limit', 'maximum'],
      ['limit=0', '/querystring/limit', 'minimum'],
      ['limit=ten', '/querystring/limit'],
      ['color=red', '/querystring/color', 'unknown_field'],
      ['action=record.shredded', '/querystring/action/0'],
      ['outcome=maybe', '/querystring/outcome'],
      ['personId=42', '/querystring/personId', 'format'],
      ['cursor=bm90LWEtY3Vyc29y', '/querystring/cursor', 'cursor'],
      ['from=2025-03-05T00:00:00Z&to=2025-03-01T00:00:00Z', '/querystring/to', 'range'],
      [`${'action=auth.sign_in&'.repeat(11)}`, '/querystring/action'],
    ];
    for (const [query, path, code] of cases) {
      const response = await search(query);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = response.json();
      expect(problem.code).toBe('request.validation');
      expect(problem.errors, query).toEqual(
        expect.arrayContaining([expect.objectContaining({ path, ...(code ? { code } : {}) })]),
      );
    }
    expect(await entriesOf(database(), trail.tenant.id, ['audit.searched'])).toHaveLength(searchesBefore);
  });
});
